#include "ui/projecteditor/OrganisationRolesTable.h"

#include "models/text/DomainNames.h"

#include <QTableWidget>

namespace sstc {

namespace {
const QString organisationField = QStringLiteral("organisation");
const QString roleField = QStringLiteral("role");
} // namespace

OrganisationRolesTable::OrganisationRolesTable(const QList<ChoiceDelegate::Choice> &organisations,
                                               QWidget *parent)
    : RecordTable(QStringLiteral("organisations"), QStringLiteral("organisations"),
                  tr("A&dd organisation"), tr("Remo&ve organisation"), parent)
{
    setColumns({{organisationField, tr("Organisation"), 380}, {roleField, tr("Role"), 160}});
    QList<ChoiceDelegate::Choice> roles;
    for (const auto &entry : organisationRoleCodes)
        roles.append({DomainNames::role(entry.value), int(entry.value)});
    setChoices(organisationField, organisations);
    setChoices(roleField, roles);
}

void OrganisationRolesTable::setOrganisations(const QList<ParticipatingOrganisation> &organisations)
{
    table()->setRowCount(0);
    for (const ParticipatingOrganisation &organisation : organisations) {
        const int row = appendRow();
        setChoice(row, organisationField, organisation.organisationId);
        setChoice(row, roleField, int(organisation.role));
    }
}

QList<ParticipatingOrganisation> OrganisationRolesTable::organisations() const
{
    QList<ParticipatingOrganisation> organisations;
    for (int row = 0; row < table()->rowCount(); ++row)
        organisations.append({choice(row, organisationField).toLongLong(),
                              OrganisationRole(choice(row, roleField).toInt())});
    return organisations;
}

void OrganisationRolesTable::addChild()
{
    const int row = appendRow();
    setChoice(row, organisationField, qint64(0));
    setChoice(row, roleField, int(OrganisationRole::Implementing));
}

} // namespace sstc
