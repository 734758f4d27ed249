#include "ui/iati/TabSeparatedCopy.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

namespace sstc {

namespace {

QString cell(const QVariant &value)
{
    // A tab or line break inside a value would split it into two cells or rows.
    QString text = value.toString();
    text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

QString TabSeparatedCopy::text(const QTableView &table)
{
    const QAbstractItemModel *model = table.model();
    if (!model)
        return {};
    QStringList lines;
    QStringList header;
    for (int column = 0; column < model->columnCount(); ++column)
        header << cell(model->headerData(column, Qt::Horizontal));
    lines << header.join(QLatin1Char('\t'));
    const QItemSelectionModel *selection = table.selectionModel();
    const bool onlySelected = selection && selection->hasSelection();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (onlySelected && !selection->isRowSelected(row, QModelIndex()))
            continue;
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << cell(model->index(row, column).data());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TabSeparatedCopy::toClipboard(const QTableView &table)
{
    QGuiApplication::clipboard()->setText(text(table));
}

void TabSeparatedCopy::addShortcut(QTableView &table)
{
    auto *copy = new QAction(&table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, &table, [&table] { toClipboard(table); });
    table.addAction(copy);
}

} // namespace sstc
