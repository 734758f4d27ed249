#pragma once

#include "models/domain/PartialDate.h"
#include "models/domain/ValidationProblem.h"
#include "ui/widgets/ChoiceDelegate.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QComboBox;
class QHBoxLayout;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace sstc {

class ProblemLabel;

// An editable table of a record's children (funding lines, events…) with buttons to add and
// remove rows, and its problems: each problem whose key is "<prefix>/<row>/<field>" marks its
// cell red with the message as tooltip and gets a line in the label under the table. Cells
// hold text, or for chosen values the value in Qt::UserRole (or a combo box that is always
// shown). Subclasses keep one row per child and read the cells back into children.
class RecordTable : public QWidget
{
    Q_OBJECT

public:
    struct Column
    {
        QString field;
        QString header;
        int width = 0; // 0: the header's width
        Qt::Alignment alignment = {};
    };
    // What a list keeps of a name or title: enough for any, while a pasted page is cut.
    static constexpr int longestListText = 500;
    enum class ChoiceEditor
    {
        OnEdit,  // the cell shows the chosen name; a list opens when it is edited
        ComboBox // the cell is a combo box, always shown, named "<field>Combo<row>"
    };

    QTableWidget *table() const { return m_table; }
    QString keyPrefix() const { return m_prefix; }
    void setKeyPrefix(const QString &prefix) { m_prefix = prefix; }
    // Shows the problems under this table's prefix and returns how many there were.
    int showProblems(const ValidationProblems &problems);

    // What the Add button does: a row for a new child, made current.
    void addNew();
    // What the Remove button does: removes the selected rows, or else the current one.
    void removeSelected();
    // Puts another button after Add and Remove.
    void addButtonToRow(QWidget *widget);

signals:
    void edited();

protected:
    // name: the base of the objectNames ("fundingLines" gives fundingLinesTable,
    // fundingLinesAddButton, fundingLinesRemoveButton, fundingLinesProblem).
    RecordTable(const QString &name, const QString &keyPrefix, const QString &addText,
                const QString &removeText, QWidget *parent);

    void setColumns(const QList<Column> &columns);
    void setChoices(const QString &field, const QList<ChoiceDelegate::Choice> &choices,
                    ChoiceEditor editor = ChoiceEditor::OnEdit);
    // Problems about a field the table does not show go to the cell of another one.
    void setFieldAlias(const QString &field, const QString &shownField);
    QVBoxLayout *mainLayout() const { return m_layout; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    // For buttons whose objectNames predate the "<name>AddButton" pattern.
    void setButtonNames(const QString &addName, const QString &removeName);
    // For a table that is a dialog's content rather than one field of a form: no row numbers,
    // and Tab goes from cell to cell as in a spreadsheet.
    void showAsList();
    // Add starts editing this field of the new row, so that the user can type at once.
    void setEditedOnAdd(const QString &field) { m_editedOnAdd = field; }
    // Text cells are read cut to this many characters (0: any length).
    void setLongestText(int characters) { m_longestText = characters; }

    // Adds an empty row and returns its index; filling it does not count as an edit.
    int appendRow();
    void setText(int row, const QString &field, const QString &text);
    void setChoice(int row, const QString &field, const QVariant &value);
    void setNumber(int row, const QString &field, const std::optional<double> &value);
    void setDate(int row, const QString &field, const QDate &date);
    QString text(int row, const QString &field) const;
    QVariant choice(int row, const QString &field) const;
    // Reading a cell that is not a number or a date adds an input problem for it.
    std::optional<double> number(int row, const QString &field,
                                 ValidationProblems &inputProblems) const;
    std::optional<int> count(int row, const QString &field,
                             ValidationProblems &inputProblems) const;
    PartialDate date(int row, const QString &field, ValidationProblems &inputProblems) const;
    // A day written YYYY-MM-DD; invalid when the cell holds anything else.
    QDate fullDate(int row, const QString &field) const;
    QString keyOf(int row, const QString &field) const;

    // The user pressed Add: append a row for a new child.
    virtual void addChild() = 0;
    // The user removed a row: forget the child kept for it.
    virtual void removeChild(int row) = 0;

private:
    int columnOf(const QString &field) const;
    QComboBox *comboAt(int row, int column) const;
    void addComboBox(int row, int column);
    void cellChanged(int row, int column);
    void updateButtons();

    QString m_prefix;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    ProblemLabel *m_problems;
    QVBoxLayout *m_layout;
    QHBoxLayout *m_buttons;
    QList<Column> m_columns;
    QHash<QString, QString> m_aliases;
    QHash<int, ChoiceDelegate *> m_delegates;
    QHash<int, QList<ChoiceDelegate::Choice>> m_comboChoices;
    QString m_editedOnAdd;
    int m_longestText = 0;
};

} // namespace sstc
