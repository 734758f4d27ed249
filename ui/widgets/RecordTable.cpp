#include "ui/widgets/RecordTable.h"

#include "models/text/TextInput.h"
#include "ui/widgets/PartialDateEdit.h"
#include "ui/widgets/ProblemLabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

#include <algorithm>
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
    , m_buttons(new QHBoxLayout)
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

    m_buttons->addWidget(m_add);
    m_buttons->addWidget(m_remove);
    m_buttons->addStretch();
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_table, 1);
    m_layout->addLayout(m_buttons);
    m_layout->addWidget(m_problems);

    connect(m_table, &QTableWidget::cellChanged, this, &RecordTable::cellChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this, &RecordTable::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &RecordTable::addNew);
    connect(m_remove, &QPushButton::clicked, this, &RecordTable::removeSelected);
    updateButtons();
}

void RecordTable::addButtonToRow(QWidget *widget)
{
    m_buttons->insertWidget(m_buttons->indexOf(m_remove) + 1, widget);
}

void RecordTable::setButtonNames(const QString &addName, const QString &removeName)
{
    m_add->setObjectName(addName);
    m_remove->setObjectName(removeName);
}

void RecordTable::showAsList()
{
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(true);
}

void RecordTable::addNew()
{
    addChild();
    const int row = m_table->rowCount() - 1;
    const int column = columnOf(m_editedOnAdd);
    m_table->setCurrentCell(row, std::max(0, column));
    m_table->setFocus();
    if (column >= 0)
        m_table->editItem(m_table->item(row, column));
    emit edited();
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

void RecordTable::setChoices(const QString &field, const QList<ChoiceDelegate::Choice> &choices,
                             ChoiceEditor editor)
{
    const int column = columnOf(field);
    if (editor == ChoiceEditor::ComboBox) {
        m_comboChoices.insert(column, choices);
        return;
    }
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
    for (int column = 0; column < m_columns.size(); ++column) {
        auto *item = new QTableWidgetItem;
        if (m_columns.at(column).alignment)
            item->setTextAlignment(m_columns.at(column).alignment);
        m_table->setItem(row, column, item);
        if (m_comboChoices.contains(column))
            addComboBox(row, column);
    }
    updateButtons();
    return row;
}

void RecordTable::addComboBox(int row, int column)
{
    auto *combo = new QComboBox(m_table);
    combo->setObjectName(m_columns.at(column).field + QLatin1String("Combo") +
                         QString::number(row));
    for (const ChoiceDelegate::Choice &choice : m_comboChoices.value(column))
        combo->addItem(choice.text, choice.value);
    m_table->setCellWidget(row, column, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &RecordTable::edited);
}

QComboBox *RecordTable::comboAt(int row, int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, column));
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
    if (QComboBox *combo = comboAt(row, column)) {
        const QSignalBlocker comboBlocker(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
        return;
    }
    QTableWidgetItem *item = m_table->item(row, column);
    item->setData(Qt::UserRole, value);
    item->setText(m_delegates.value(column)->textOf(value));
}

void RecordTable::setNumber(int row, const QString &field, const std::optional<double> &value)
{
    // Plain digits without grouping, so that what is shown parses back in any language.
    setText(row, field, value ? QLocale::c().toString(*value, 'g', 15) : QString());
}

void RecordTable::setDate(int row, const QString &field, const QDate &date)
{
    setText(row, field, date.toString(Qt::ISODate));
}

QString RecordTable::text(int row, const QString &field) const
{
    // Typing cannot leave control characters in a cell (see cellChanged), filling can.
    const QString written =
        TextInput::withoutControlCharacters(m_table->item(row, columnOf(field))->text()).trimmed();
    return m_longestText > 0 ? written.left(m_longestText) : written;
}

QVariant RecordTable::choice(int row, const QString &field) const
{
    const int column = columnOf(field);
    if (const QComboBox *combo = comboAt(row, column))
        return combo->currentData();
    return m_table->item(row, column)->data(Qt::UserRole);
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
    // Read as it was checked: "1 Jun 2022" in a cell is a date, not an empty one.
    return Formats::readDate(written);
}

QDate RecordTable::fullDate(int row, const QString &field) const
{
    return QDate::fromString(text(row, field), Qt::ISODate);
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

void RecordTable::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    if (rows.isEmpty())
        return;
    // From the last, so that the rows still to remove keep their numbers.
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (const int row : std::as_const(rows)) {
        {
            const QSignalBlocker blocker(m_table);
            m_table->removeRow(row);
        }
        removeChild(row);
    }
    updateButtons();
    emit edited();
}

void RecordTable::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

} // namespace sstc
