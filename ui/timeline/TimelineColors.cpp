#include "ui/timeline/TimelineColors.h"

namespace sstc {

QColor TimelineColors::status(std::optional<ProjectStatus> status)
{
    if (!status)
        return QColor(0xa0, 0xa0, 0xa0);
    switch (*status) {
    case ProjectStatus::Pipeline:
        return QColor(0x7b, 0x61, 0xb5);
    case ProjectStatus::Implementation:
        return QColor(0x2a, 0x8a, 0x4a);
    case ProjectStatus::Finalisation:
        return QColor(0xe0, 0x9a, 0x1b);
    case ProjectStatus::Closed:
        return QColor(0x3f, 0x6f, 0xa6);
    case ProjectStatus::Cancelled:
        return QColor(0x75, 0x75, 0x75);
    case ProjectStatus::Suspended:
        return QColor(0xb8, 0x4a, 0x3c);
    }
    return QColor(0xa0, 0xa0, 0xa0);
}

} // namespace sstc
