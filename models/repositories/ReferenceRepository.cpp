#include "models/repositories/ReferenceRepository.h"

#include "models/store/PortfolioStore.h"
#include "models/store/SqlValues.h"
#include "models/store/WriteTransaction.h"

namespace sstc {

using namespace sql;

void ReferenceRepository::saveCountries(const QList<Country> &countries)
{
    WriteTransaction transaction(m_store);
    for (const Country &country : countries) {
        QSqlQuery updated = m_store.run(
            QStringLiteral("UPDATE countries SET name_en = ?, name_zh = ? WHERE code = ?"),
            {country.name.en, country.name.zh, country.code});
        if (updated.numRowsAffected() == 0)
            m_store.run(
                QStringLiteral("INSERT INTO countries (code, name_en, name_zh) VALUES (?, ?, ?)"),
                {country.code, country.name.en, country.name.zh});
    }
    transaction.commit();
}

QList<Country> ReferenceRepository::countries()
{
    QSqlQuery query =
        m_store.run(QStringLiteral("SELECT code, name_en, name_zh FROM countries ORDER BY code"));
    QList<Country> result;
    while (query.next())
        result.append({query.value(0).toString(), textAt(query, 1)});
    return result;
}

std::optional<Country> ReferenceRepository::country(const QString &code)
{
    QSqlQuery query = m_store.run(
        QStringLiteral("SELECT code, name_en, name_zh FROM countries WHERE code = ?"), {code});
    if (!query.next())
        return std::nullopt;
    return Country{query.value(0).toString(), textAt(query, 1)};
}

void ReferenceRepository::saveRegions(const QList<Region> &regions)
{
    WriteTransaction transaction(m_store);
    // Updated in place: deleting a region that projects refer to would break their links.
    for (const Region &region : regions) {
        QSqlQuery updated = m_store.run(
            QStringLiteral("UPDATE regions SET name_en = ?, name_zh = ? WHERE code = ?"),
            {region.name.en, region.name.zh, region.code});
        if (updated.numRowsAffected() == 0)
            m_store.run(
                QStringLiteral("INSERT INTO regions (code, name_en, name_zh) VALUES (?, ?, ?)"),
                {region.code, region.name.en, region.name.zh});
    }
    transaction.commit();
}

QList<Region> ReferenceRepository::regions()
{
    QSqlQuery query =
        m_store.run(QStringLiteral("SELECT code, name_en, name_zh FROM regions ORDER BY code"));
    QList<Region> result;
    while (query.next())
        result.append({query.value(0).toString(), textAt(query, 1)});
    return result;
}

qint64 ReferenceRepository::insertTheme(const Theme &theme)
{
    WriteTransaction transaction(m_store);
    QVariantList values = {theme.key, theme.name.en, theme.name.zh};
    const QString statement = keepingId(
        QStringLiteral("INSERT INTO themes (key, name_en, name_zh) VALUES (?, ?, ?) RETURNING id"),
        theme.id, values);
    const qint64 id = m_store.insert(statement, values);
    transaction.commit();
    return id;
}

QList<Theme> ReferenceRepository::themes()
{
    QSqlQuery query =
        m_store.run(QStringLiteral("SELECT id, key, name_en, name_zh FROM themes ORDER BY id"));
    QList<Theme> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toString(), textAt(query, 2)});
    return result;
}

qint64 ReferenceRepository::insertMilestone(const Milestone &milestone)
{
    WriteTransaction transaction(m_store);
    const qint64 id =
        m_store.insert(QStringLiteral("INSERT INTO milestones (happened_on, title_en, "
                                      "title_zh) VALUES (?, ?, ?) RETURNING id"),
                       {dateValue(milestone.date), milestone.title.en, milestone.title.zh});
    transaction.commit();
    return id;
}

QList<Milestone> ReferenceRepository::milestones()
{
    QSqlQuery query =
        m_store.run(QStringLiteral("SELECT id, happened_on, title_en, title_zh FROM milestones "
                                   "ORDER BY happened_on IS NULL, happened_on, id"));
    QList<Milestone> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), dateAt(query, 1), textAt(query, 2)});
    return result;
}

} // namespace sstc
