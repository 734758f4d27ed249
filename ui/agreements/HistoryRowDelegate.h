#pragma once

#include <QStyledItemDelegate>

namespace sstc {

// Draws the agreement history's rows: milestones (context, not agreements) in grey italics,
// agreements whose validity ends soon on an amber background.
class HistoryRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor expiringBackground();

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace sstc
