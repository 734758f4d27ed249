#pragma once

#include "models/domain/PartialDate.h"
#include "models/domain/ValidationProblem.h"
#include "ui/widgets/ChoiceDelegate.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace sstc {

class ProblemLabel;

// An editable table of a record's children (funding lines, events…) with buttons to add and
// remove rows, and its problems: each problem whose key is "<prefix>/<row>/<field>" marks its
// cell red with the message as tooltip and gets a line in the label under the table. Cells
// hold text, or for chosen values the value in Qt::UserRole. Subclasses keep one row per child
// and read the cells back into children.
class RecordTable : public QWidget
{
    Q_OBJECT

public:
    struct Column
    {
        QString field;
        QString header;
        int width = 0; // 0: the header's width
    };

    QTableWidget *table() const { return m_table; }
    QString keyPrefix() const { return m_prefix; }
    void setKeyPrefix(const QString &prefix) { m_prefix = prefix; }
    // Shows the problems under this table's prefix and returns how many there were.
    int showProblems(const ValidationProblems &problems);

signals:
    void edited();

protected:
    // name: the base of the objectNames ("fundingLines" gives fundingLinesTable,
    // fundingLinesAddButton, fundingLinesRemoveButton, fundingLinesProblem).
    RecordTable(const QString &name, const QString &keyPrefix, const QString &addText,
                const QString &removeText, QWidget *parent);

    void setColumns(const QList<Column> &columns);
    void setChoices(const QString &field, const QList<ChoiceDelegate::Choice> &choices);
    // Problems about a field the table does not show go to the cell of another one.
    void setFieldAlias(const QString &field, const QString &shownField);
    QVBoxLayout *mainLayout() const { return m_layout; }

    // Adds an empty row and returns its index; filling it does not count as an edit.
    int appendRow();
    void setText(int row, const QString &field, const QString &text);
    void setChoice(int row, const QString &field, const QVariant &value);
    void setNumber(int row, const QString &field, const std::optional<double> &value);
    QString text(int row, const QString &field) const;
    QVariant choice(int row, const QString &field) const;
    // Reading a cell that is not a number or a date adds an input problem for it.
    std::optional<double> number(int row, const QString &field,
                                 ValidationProblems &inputProblems) const;
    std::optional<int> count(int row, const QString &field,
                             ValidationProblems &inputProblems) const;
    PartialDate date(int row, const QString &field, ValidationProblems &inputProblems) const;
    QString keyOf(int row, const QString &field) const;

    // The user pressed Add: append a row for a new child.
    virtual void addChild() = 0;
    // The user removed a row: forget the child kept for it.
    virtual void removeChild(int row) = 0;

private:
    int columnOf(const QString &field) const;
    void cellChanged(int row, int column);
    void removeCurrent();
    void updateButtons();

    QString m_prefix;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    ProblemLabel *m_problems;
    QVBoxLayout *m_layout;
    QList<Column> m_columns;
    QHash<QString, QString> m_aliases;
    QHash<int, ChoiceDelegate *> m_delegates;
    bool m_filling = false;
};

} // namespace sstc
