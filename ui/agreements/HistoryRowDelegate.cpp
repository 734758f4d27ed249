#include "ui/agreements/HistoryRowDelegate.h"

#include "models/itemmodels/ItemRoles.h"

namespace sstc {

QColor HistoryRowDelegate::expiringBackground()
{
    return QColor(0xff, 0xe0, 0xa6);
}

void HistoryRowDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    FallbackTextDelegate::initStyleOption(option, index);
    if (index.data(ContextRowRole).toBool()) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, QColor(0x60, 0x60, 0x60));
    } else if (index.data(ExpiringRole).toBool()) {
        option->backgroundBrush = expiringBackground();
    }
}

} // namespace sstc
