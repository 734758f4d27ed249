#pragma once

#include <QList>
#include <QStyledItemDelegate>
#include <QVariant>

namespace sstc {

// Edits a table cell by choosing from a list: the cell keeps the chosen value in
// Qt::UserRole and shows its name.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    struct Choice
    {
        QString text;
        QVariant value;
    };

    explicit ChoiceDelegate(QList<Choice> choices, QObject *parent = nullptr);

    QString textOf(const QVariant &value) const;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QList<Choice> m_choices;
};

} // namespace sstc
