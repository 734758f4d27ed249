#include "models/repositories/OrganisationRepository.h"

#include "models/store/PortfolioStore.h"
#include "models/store/SqlValues.h"
#include "models/store/WriteTransaction.h"

namespace sstc {

using namespace sql;

namespace {
const QString selectOrganisations = QStringLiteral(
    "SELECT id, acronym, name_en, name_zh, org_type, country_code FROM organisations");

Organisation organisationAt(const QSqlQuery &query)
{
    Organisation organisation;
    organisation.id = query.value(0).toLongLong();
    organisation.acronym = query.value(1).toString();
    organisation.name = textAt(query, 2);
    organisation.type = valueOfCode(organisationTypeCodes, query.value(4).toString())
                            .value_or(OrganisationType::Government);
    organisation.countryCode = query.value(5).toString();
    return organisation;
}
} // namespace

qint64 OrganisationRepository::insert(const Organisation &organisation)
{
    WriteTransaction transaction(m_store);
    QVariantList values = {organisation.acronym, organisation.name.en, organisation.name.zh,
                           codeOf(organisationTypeCodes, organisation.type),
                           nullableText(organisation.countryCode)};
    const QString statement =
        keepingId(QStringLiteral("INSERT INTO organisations (acronym, name_en, name_zh, org_type, "
                                 "country_code) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                  organisation.id, values);
    const qint64 id = m_store.insert(statement, values);
    transaction.commit();
    return id;
}

void OrganisationRepository::update(const Organisation &organisation)
{
    WriteTransaction transaction(m_store);
    m_store.run(QStringLiteral("UPDATE organisations SET acronym = ?, name_en = ?, name_zh = ?, "
                               "org_type = ?, country_code = ? WHERE id = ?"),
                {organisation.acronym, organisation.name.en, organisation.name.zh,
                 codeOf(organisationTypeCodes, organisation.type),
                 nullableText(organisation.countryCode), organisation.id});
    transaction.commit();
}

void OrganisationRepository::remove(qint64 id)
{
    WriteTransaction transaction(m_store);
    m_store.run(QStringLiteral("DELETE FROM organisations WHERE id = ?"), {id});
    transaction.commit();
}

std::optional<Organisation> OrganisationRepository::find(qint64 id)
{
    QSqlQuery query = m_store.run(selectOrganisations + QStringLiteral(" WHERE id = ?"), {id});
    if (!query.next())
        return std::nullopt;
    return organisationAt(query);
}

QList<Organisation> OrganisationRepository::all()
{
    QSqlQuery query = m_store.run(selectOrganisations + QStringLiteral(" ORDER BY id"));
    QList<Organisation> result;
    while (query.next())
        result.append(organisationAt(query));
    return result;
}

} // namespace sstc
