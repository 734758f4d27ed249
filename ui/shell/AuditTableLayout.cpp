#include "ui/shell/AuditTableLayout.h"

#include "models/itemmodels/AuditTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace sstc {

namespace {
// The interface font changes with the language (InterfaceFont): rows and columns are measured
// again in the new one.
class RemeasureOnFontChange : public QObject
{
public:
    explicit RemeasureOnFontChange(QTableView *table) : QObject(table), m_table(table) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_table && event->type() == QEvent::FontChange)
            AuditTableLayout::measure(m_table);
        return false;
    }

private:
    QTableView *m_table;
};
} // namespace

void AuditTableLayout::apply(QTableView *table)
{
    table->setWordWrap(true);
    table->setTextElideMode(Qt::ElideRight);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Fixed heights: measuring each row's text would let one long value take the pane.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(AuditTableModel::When, QHeaderView::Fixed);
    header->setSectionResizeMode(AuditTableModel::Who, QHeaderView::ResizeToContents);
    measure(table);
    table->installEventFilter(new RemeasureOnFontChange(table));
}

void AuditTableLayout::measure(QTableView *table)
{
    table->verticalHeader()->setDefaultSectionSize(2 * table->fontMetrics().lineSpacing() + 8);
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
