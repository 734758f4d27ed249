#include "FallbackTextDelegate.h"

#include "itemmodels/ItemRoles.h"

#include <QPainter>

namespace sstc {

namespace {
const int tagPadding = 3;
}

QString FallbackTextDelegate::tagFor(const QString &languageCode)
{
    // Each language tagged in its own script, like the language menu.
    return languageCode == QLatin1String("zh") ? QStringLiteral("中") : QStringLiteral("EN");
}

int FallbackTextDelegate::tagWidth(const QStyleOptionViewItem &option, const QString &tag)
{
    QFont small = option.font;
    small.setItalic(false);
    small.setPointSizeF(small.pointSizeF() * 0.8);
    return QFontMetrics(small).horizontalAdvance(tag) + 3 * tagPadding;
}

void FallbackTextDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(FallbackLanguageRole).isNull())
        return;
    option->font.setItalic(true);
    option->palette.setColor(QPalette::Text, QColor(0x60, 0x60, 0x60));
}

void FallbackTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const QString code = index.data(FallbackLanguageRole).toString();
    if (code.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString tag = tagFor(code);
    const int width = tagWidth(option, tag);
    // The text gets the cell less the tag; the tag sits at the right end, always visible.
    QStyleOptionViewItem textOption = option;
    textOption.rect.setRight(option.rect.right() - width);
    QStyledItemDelegate::paint(painter, textOption, index);

    painter->save();
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.8);
    painter->setFont(small);
    const int height = QFontMetrics(small).height() + 2;
    QRect box(option.rect.right() - width + tagPadding, 0, width - 2 * tagPadding, height);
    box.moveCenter(QPoint(box.center().x(), option.rect.center().y()));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QColor(0x8a, 0x6d, 0x00));
    painter->setBrush(QColor(0xff, 0xf4, 0xc2));
    painter->drawRoundedRect(box, 3, 3);
    painter->drawText(box, Qt::AlignCenter, tag);
    painter->restore();
}

QSize FallbackTextDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString code = index.data(FallbackLanguageRole).toString();
    if (!code.isEmpty())
        size.rwidth() += tagWidth(option, tagFor(code));
    return size;
}

} // namespace sstc
