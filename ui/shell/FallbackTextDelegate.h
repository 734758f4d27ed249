#pragma once

#include <QStyledItemDelegate>

namespace sstc {

// Draws a cell whose text stands in for a missing translation (FallbackLanguageRole) with
// FallbackTag's marks; other cells as usual.
class FallbackTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace sstc
