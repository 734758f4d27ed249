#include "models/query/FilterChoices.h"

#include "models/domain/Project.h"
#include "models/store/PortfolioStore.h"

#include <QSqlRecord>

namespace sstc {

QList<FilterChoice> FilterChoices::countries()
{
    return choices(QStringLiteral("SELECT code, name_en, name_zh FROM countries WHERE code IN "
                                  "(SELECT country_code FROM project_countries) ORDER BY name_en"));
}

QList<FilterChoice> FilterChoices::donors()
{
    return organisationsInRole(int(OrganisationRole::Funding));
}

QList<FilterChoice> FilterChoices::implementers()
{
    return organisationsInRole(int(OrganisationRole::Implementing));
}

QList<FilterChoice> FilterChoices::agreements()
{
    // The year first, so that agreements with similar titles can be told apart.
    return choices(
        QStringLiteral("SELECT id, title_en, title_zh, substr(signed_on, 1, 4) FROM agreements "
                       "WHERE id IN (SELECT agreement_id FROM projects) ORDER BY signed_on, id"));
}

QList<FilterChoice> FilterChoices::themes()
{
    return choices(QStringLiteral("SELECT id, name_en, name_zh FROM themes WHERE id IN (SELECT "
                                  "theme_id FROM project_themes) ORDER BY name_en"));
}

QList<int> FilterChoices::sdgGoals()
{
    QSqlQuery query =
        m_store.run(QStringLiteral("SELECT DISTINCT goal FROM project_sdgs ORDER BY goal"));
    QList<int> goals;
    while (query.next())
        goals << query.value(0).toInt();
    return goals;
}

QList<FilterChoice> FilterChoices::organisationsInRole(int role)
{
    // Acronym and name, as officers know organisations by either.
    return choices(
        QStringLiteral("SELECT id, CASE WHEN acronym = '' THEN name_en ELSE acronym || ' – ' || "
                       "name_en END, CASE WHEN acronym = '' THEN name_zh ELSE acronym || ' – ' "
                       "|| name_zh END FROM organisations WHERE id IN (SELECT organisation_id "
                       "FROM project_organisations WHERE role = ?) ORDER BY name_en"),
        {role});
}

// Rows of (value, English label, Chinese label[, prefix]); a prefix goes before both labels.
QList<FilterChoice> FilterChoices::choices(const QString &sql, const QVariantList &values)
{
    QSqlQuery query = m_store.run(sql, values);
    QList<FilterChoice> result;
    while (query.next()) {
        LocalizedText label{query.value(1).toString(), query.value(2).toString()};
        if (query.record().count() > 3 && !query.value(3).toString().isEmpty()) {
            const QString prefix = query.value(3).toString() + QLatin1Char(' ');
            label = {label.en.isEmpty() ? QString() : prefix + label.en,
                     label.zh.isEmpty() ? QString() : prefix + label.zh};
        }
        result.append({query.value(0), label});
    }
    return result;
}

} // namespace sstc
