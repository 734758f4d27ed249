#pragma once

#include <QGroupBox>
#include <QList>
#include <QVariant>

class QCheckBox;

namespace sstc {

// A group of check boxes over a list of values (SDG goals, themes), laid out in columns.
class CheckBoxGrid : public QGroupBox
{
    Q_OBJECT

public:
    struct Item
    {
        QVariant value;
        QString text;
        QString objectName;
    };

    CheckBoxGrid(const QString &title, const QList<Item> &items, int columns,
                 QWidget *parent = nullptr);

    QVariantList checkedValues() const;
    void setCheckedValues(const QVariantList &values);

signals:
    void edited();

private:
    QList<QPair<QVariant, QCheckBox *>> m_boxes;
};

} // namespace sstc
