#include "ui/widgets/RecordTable.h"

#include "models/text/TextInput.h"
#include "ui/widgets/PartialDateEdit.h"
#include "ui/widgets/ProblemLabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

#include <cmath>

namespace sstc {

namespace {
const QColor problemBackground(255, 218, 218);
} // namespace

RecordTable::RecordTable(const QString &name, const QString &keyPrefix, const QString &addText,
                         const QString &removeText, QWidget *parent)
    : QWidget(parent)
    , m_prefix(keyPrefix)
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(addText, this))
    , m_remove(new QPushButton(removeText, this))
    , m_problems(new ProblemLabel(name + QLatin1String("Problem"), this))
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(name + QLatin1String("Editor"));
    m_table->setObjectName(name + QLatin1String("Table"));
    m_add->setObjectName(name + QLatin1String("AddButton"));
    m_remove->setObjectName(name + QLatin1String("RemoveButton"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false); // one line per row: long titles end in an ellipsis
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Tab moves between the form's widgets; the arrows move between cells.
    m_table->setTabKeyNavigation(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_table, 1);
    m_layout->addLayout(buttons);
    m_layout->addWidget(m_problems);

    connect(m_table, &QTableWidget::cellChanged, this, &RecordTable::cellChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this, &RecordTable::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addChild();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->setFocus();
        emit edited();
    });
    connect(m_remove, &QPushButton::clicked, this, &RecordTable::removeCurrent);
    updateButtons();
}

void RecordTable::setColumns(const QList<Column> &columns)
{
    m_columns = columns;
    m_table->setColumnCount(columns.size());
    QStringList headers;
    for (const Column &column : columns)
        headers << column.header;
    m_table->setHorizontalHeaderLabels(headers);
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).width > 0)
            m_table->setColumnWidth(i, columns.at(i).width);
        else
            m_table->resizeColumnToContents(i);
}

void RecordTable::setChoices(const QString &field, const QList<ChoiceDelegate::Choice> &choices)
{
    const int column = columnOf(field);
    auto *delegate = new ChoiceDelegate(choices, this);
    m_delegates.insert(column, delegate);
    m_table->setItemDelegateForColumn(column, delegate);
}

void RecordTable::setFieldAlias(const QString &field, const QString &shownField)
{
    m_aliases.insert(field, shownField);
}

int RecordTable::appendRow()
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < m_columns.size(); ++column)
        m_table->setItem(row, column, new QTableWidgetItem);
    updateButtons();
    return row;
}

void RecordTable::setText(int row, const QString &field, const QString &text)
{
    const QSignalBlocker blocker(m_table);
    m_table->item(row, columnOf(field))->setText(text);
}

void RecordTable::setChoice(int row, const QString &field, const QVariant &value)
{
    const QSignalBlocker blocker(m_table);
    const int column = columnOf(field);
    QTableWidgetItem *item = m_table->item(row, column);
    item->setData(Qt::UserRole, value);
    item->setText(m_delegates.value(column)->textOf(value));
}

void RecordTable::setNumber(int row, const QString &field, const std::optional<double> &value)
{
    // Plain digits without grouping, so that what is shown parses back in any language.
    setText(row, field, value ? QLocale::c().toString(*value, 'g', 15) : QString());
}

QString RecordTable::text(int row, const QString &field) const
{
    return m_table->item(row, columnOf(field))->text().trimmed();
}

QVariant RecordTable::choice(int row, const QString &field) const
{
    return m_table->item(row, columnOf(field))->data(Qt::UserRole);
}

std::optional<double> RecordTable::number(int row, const QString &field,
                                          ValidationProblems &inputProblems) const
{
    QString written = text(row, field);
    if (written.isEmpty())
        return std::nullopt;
    written.remove(u',').remove(u' ');
    bool ok = false;
    const double value = QLocale::c().toDouble(written, &ok);
    if (!ok || !std::isfinite(value)) {
        inputProblems.append({keyOf(row, field), tr("Not a number.")});
        return std::nullopt;
    }
    return value;
}

std::optional<int> RecordTable::count(int row, const QString &field,
                                      ValidationProblems &inputProblems) const
{
    const QString written = text(row, field);
    if (written.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int value = QString(written).remove(u',').remove(u' ').toInt(&ok);
    if (!ok) {
        inputProblems.append({keyOf(row, field), tr("Not a whole number.")});
        return std::nullopt;
    }
    return value;
}

PartialDate RecordTable::date(int row, const QString &field,
                              ValidationProblems &inputProblems) const
{
    const QString written = text(row, field);
    const QString problem = PartialDateEdit::problemWith(written);
    if (!problem.isEmpty())
        inputProblems.append({keyOf(row, field), problem});
    return PartialDate::fromIso(written);
}

QString RecordTable::keyOf(int row, const QString &field) const
{
    return QStringLiteral("%1/%2/%3").arg(m_prefix).arg(row).arg(field);
}

int RecordTable::showProblems(const ValidationProblems &problems)
{
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row)
        for (int column = 0; column < m_table->columnCount(); ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            item->setBackground(QBrush());
            item->setToolTip(QString());
        }

    QStringList lines;
    const QString rowPrefix = m_prefix + QLatin1Char('/');
    for (const ValidationProblem &problem : problems) {
        if (problem.field == m_prefix) {
            lines << problem.message;
            continue;
        }
        if (!problem.field.startsWith(rowPrefix))
            continue;
        const QString rest = problem.field.mid(rowPrefix.size());
        const int slash = rest.indexOf(u'/');
        const int row = rest.left(slash).toInt();
        const QString field = slash < 0 ? QString() : rest.mid(slash + 1);
        const int column = columnOf(m_aliases.value(field, field));
        if (row < 0 || row >= m_table->rowCount())
            continue;
        if (column >= 0) {
            QTableWidgetItem *item = m_table->item(row, column);
            item->setBackground(problemBackground);
            item->setToolTip(item->toolTip().isEmpty()
                                 ? problem.message
                                 : item->toolTip() + QLatin1Char('\n') + problem.message);
            lines << tr("Row %1, %2: %3")
                         .arg(row + 1)
                         .arg(m_columns.at(column).header, problem.message);
        } else {
            lines << tr("Row %1: %2").arg(row + 1).arg(problem.message);
        }
    }
    m_problems->setProblems(lines);
    return lines.size();
}

int RecordTable::columnOf(const QString &field) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).field == field)
            return i;
    return -1;
}

void RecordTable::cellChanged(int row, int column)
{
    QTableWidgetItem *item = m_table->item(row, column);
    if (TextInput::hasControlCharacters(item->text())) {
        const QSignalBlocker blocker(m_table);
        item->setText(TextInput::withoutControlCharacters(item->text()));
    }
    emit edited();
}

void RecordTable::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    {
        const QSignalBlocker blocker(m_table);
        m_table->removeRow(row);
    }
    removeChild(row);
    updateButtons();
    emit edited();
}

void RecordTable::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

} // namespace sstc
