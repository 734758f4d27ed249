#include "ui/shell/AuditTableLayout.h"

#include "models/itemmodels/AuditTableModel.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace sstc {

void AuditTableLayout::apply(QTableView *table)
{
    table->setWordWrap(true);
    table->setTextElideMode(Qt::ElideRight);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Fixed heights: measuring each row's text would let one long value take the pane.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(2 * table->fontMetrics().lineSpacing() + 8);
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(AuditTableModel::When, QHeaderView::Fixed);
    header->setSectionResizeMode(AuditTableModel::Who, QHeaderView::ResizeToContents);
    fitColumns(table);
}

void AuditTableLayout::fitColumns(QTableView *table)
{
    // The date on one line, the time under it: "30 Sep 2026 / 18:45", "2026年12月30日 / 18:45".
    const QFontMetrics metrics(table->font());
    const int padding = 2 * metrics.averageCharWidth() + 4;
    const int date = std::max(
        {metrics.horizontalAdvance(QStringLiteral("30 Sep 2026")),
         metrics.horizontalAdvance(QStringLiteral("2026年12月30日")),
         metrics.horizontalAdvance(
             table->model()->headerData(AuditTableModel::When, Qt::Horizontal).toString())});
    table->horizontalHeader()->resizeSection(AuditTableModel::When, date + padding);
}

} // namespace sstc
