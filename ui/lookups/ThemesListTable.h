#pragma once

#include "models/domain/Theme.h"
#include "ui/widgets/RecordTable.h"

namespace sstc {

// The themes that projects are tagged with, by name in both languages. A theme keeps its key
// when renamed; a new one gets its key from its English name.
class ThemesListTable : public RecordTable
{
    Q_OBJECT

public:
    explicit ThemesListTable(QWidget *parent = nullptr);

    void setThemes(const QList<Theme> &themes);
    QList<Theme> themes() const;

protected:
    void addChild() override;
    void removeChild(int row) override { m_stored.removeAt(row); }

private:
    void appendTheme(const Theme &theme);

    QList<Theme> m_stored; // ids and keys, which the table does not show
};

} // namespace sstc
