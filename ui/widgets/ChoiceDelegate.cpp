#include "ui/widgets/ChoiceDelegate.h"

#include <QComboBox>

namespace sstc {

ChoiceDelegate::ChoiceDelegate(QList<Choice> choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{}

QString ChoiceDelegate::textOf(const QVariant &value) const
{
    for (const Choice &choice : m_choices)
        if (choice.value == value)
            return choice.text;
    return {};
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("choiceEditor"));
    for (const Choice &choice : m_choices)
        combo->addItem(choice.text, choice.value);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::UserRole))));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    // The value first: the table reacts to the change of the shown text.
    model->setData(index, combo->currentData(), Qt::UserRole);
    model->setData(index, combo->currentText(), Qt::DisplayRole);
}

} // namespace sstc
