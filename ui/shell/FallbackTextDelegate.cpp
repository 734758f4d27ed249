#include "ui/shell/FallbackTextDelegate.h"

#include "models/itemmodels/ItemRoles.h"
#include "ui/shell/FallbackTag.h"

#include <QPainter>
#include <QtMath>

namespace sstc {

void FallbackTextDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(FallbackLanguageRole).isNull())
        return;
    option->font.setItalic(true);
    option->palette.setColor(QPalette::Text, FallbackTag::textColour());
}

void FallbackTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const QString code = index.data(FallbackLanguageRole).toString();
    if (code.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The text gets the cell less the tag; the tag sits at the right end, always visible.
    QStyleOptionViewItem textOption = option;
    textOption.rect.setRight(option.rect.right() - qCeil(FallbackTag::width(option.font, code)));
    QStyledItemDelegate::paint(painter, textOption, index);
    FallbackTag::paint(*painter, option.rect, option.font, code);
}

QSize FallbackTextDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString code = index.data(FallbackLanguageRole).toString();
    if (!code.isEmpty())
        size.rwidth() += qCeil(FallbackTag::width(option.font, code));
    return size;
}

} // namespace sstc
