#include "ui/widgets/CheckBoxGrid.h"

#include <QCheckBox>
#include <QGridLayout>

namespace sstc {

CheckBoxGrid::CheckBoxGrid(const QString &title, const QList<Item> &items, int columns,
                           QWidget *parent)
    : QGroupBox(title, parent)
{
    auto *layout = new QGridLayout(this);
    // Filled column by column, so that numbered goals read downwards.
    const int rows = (int(items.size()) + columns - 1) / qMax(1, columns);
    for (int i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        auto *box = new QCheckBox(item.text, this);
        box->setObjectName(item.objectName);
        connect(box, &QCheckBox::toggled, this, &CheckBoxGrid::edited);
        layout->addWidget(box, i % qMax(1, rows), i / qMax(1, rows));
        m_boxes.append({item.value, box});
    }
    layout->setRowStretch(rows, 1);
}

QVariantList CheckBoxGrid::checkedValues() const
{
    QVariantList values;
    for (const auto &[value, box] : m_boxes)
        if (box->isChecked())
            values.append(value);
    return values;
}

void CheckBoxGrid::setCheckedValues(const QVariantList &values)
{
    for (const auto &[value, box] : m_boxes)
        box->setChecked(values.contains(value));
}

} // namespace sstc
