#pragma once

#include "models/domain/Project.h"

#include <QColor>

#include <optional>

namespace sstc {

// The timeline's colours, in one place so that the legend, the bars and the tests agree.
class TimelineColors
{
public:
    static QColor status(std::optional<ProjectStatus> status);
    static QColor event() { return QColor(0xd8, 0x5a, 0x00); }
    static QColor agreement() { return QColor(0x6a, 0x1b, 0x9a); }
    static QColor today() { return QColor(0xd8, 0x1b, 0x60); }
    static QColor warning() { return QColor(0xc6, 0x28, 0x28); }
    static QColor currentRow() { return QColor(0xdc, 0xe8, 0xf7); }
};

} // namespace sstc
