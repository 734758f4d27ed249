#pragma once

#include "models/domain/Organisation.h"
#include "ui/widgets/RecordTable.h"

namespace sstc {

// The organisations that projects and agreements name: acronym, names, type and country.
class OrganisationsListTable : public RecordTable
{
    Q_OBJECT

public:
    explicit OrganisationsListTable(QWidget *parent = nullptr);

    void setOrganisations(const QList<Organisation> &organisations);
    QList<Organisation> organisations() const;

protected:
    void addChild() override;
    void removeChild(int row) override { m_ids.removeAt(row); }

private:
    void appendOrganisation(const Organisation &organisation);

    QList<qint64> m_ids;
};

} // namespace sstc
