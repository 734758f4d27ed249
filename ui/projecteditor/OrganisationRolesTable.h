#pragma once

#include "models/domain/Project.h"
#include "ui/widgets/RecordTable.h"

namespace sstc {

// The organisations taking part in a project, each in a role (funding, implementing…).
class OrganisationRolesTable : public RecordTable
{
    Q_OBJECT

public:
    OrganisationRolesTable(const QList<ChoiceDelegate::Choice> &organisations,
                           QWidget *parent = nullptr);

    void setOrganisations(const QList<ParticipatingOrganisation> &organisations);
    QList<ParticipatingOrganisation> organisations() const;

protected:
    void addChild() override;
    void removeChild(int) override {}
};

} // namespace sstc
