#include "models/query/ProjectFilter.h"

#include "models/query/CountrySearch.h"
#include "models/query/LikePattern.h"

#include "models/store/SqlDialect.h"
#include "models/store/SqlValues.h"

#include <QJsonArray>

namespace sstc {

using sql::placeholders;

namespace {

template<typename T, typename ToJson>
QJsonArray jsonArray(const QList<T> &values, ToJson toJson)
{
    QJsonArray array;
    for (const T &value : values)
        array.append(toJson(value));
    return array;
}

QList<qint64> idsFrom(const QJsonValue &value)
{
    QList<qint64> ids;
    for (const QJsonValue &item : value.toArray())
        if (const qint64 id = qint64(item.toDouble()); id > 0)
            ids.append(id);
    return ids;
}

class ConditionBuilder
{
public:
    template<typename T>
    void addIn(const QString &column, const QList<T> &values)
    {
        if (values.isEmpty())
            return;
        m_parts << QStringLiteral("%1 IN (%2)").arg(column, placeholders(values.size()));
        for (const T &value : values)
            m_values << QVariant::fromValue(value);
    }

    // A project linked through one of the link tables to any of the values.
    template<typename T>
    void addLinked(const QString &linkSql, const QList<T> &values, const QVariantList &before = {})
    {
        if (values.isEmpty())
            return;
        m_parts
            << QStringLiteral("projects.id IN (%1 (%2))").arg(linkSql, placeholders(values.size()));
        m_values << before;
        for (const T &value : values)
            m_values << QVariant::fromValue(value);
    }

    void add(const QString &sql, const QVariantList &values)
    {
        m_parts << sql;
        m_values << values;
    }

    ProjectCondition result() const
    {
        if (m_parts.isEmpty())
            return {QStringLiteral("1 = 1"), {}};
        return {m_parts.join(QStringLiteral(" AND ")), m_values};
    }

private:
    QStringList m_parts;
    QVariantList m_values;
};

const QString projectStart =
    QStringLiteral("COALESCE(projects.actual_start, projects.planned_start)");
const QString projectEnd = QStringLiteral("COALESCE(projects.actual_end, projects.planned_end)");

void addTextCondition(ConditionBuilder &builder, const QString &text, const SqlDialect &dialect)
{
    const QString needle = text.simplified();
    if (needle.isEmpty())
        return;
    // The trigram index answers substrings of three characters or more at once; shorter ones
    // (a single Chinese character, say) are matched by scanning.
    QStringList parts;
    QVariantList values;
    // A project is found by its countries' names too.
    if (CountrySearch::applies(needle))
        parts << CountrySearch::condition(needle, values);
    if (dialect.engine() == SqlDialect::Engine::Sqlite && needle.size() >= 3) {
        QString phrase = needle;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        parts << QStringLiteral("projects.id IN (SELECT rowid FROM project_text WHERE "
                                "project_text MATCH ?)");
        values << QLatin1Char('"') + phrase + QLatin1Char('"');
        builder.add(QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')'),
                    values);
        return;
    }
    const QString pattern = likePattern(needle.toLower());
    for (const char *column :
         {"code", "title_en", "title_zh", "description_en", "description_zh"}) {
        parts << QStringLiteral("lower(projects.%1) LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
        values << pattern;
    }
    builder.add(QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')'), values);
}

} // namespace

bool ProjectFilter::isEmpty() const
{
    return *this == ProjectFilter();
}

bool ProjectFilter::operator==(const ProjectFilter &other) const
{
    return statuses == other.statuses && countryCodes == other.countryCodes &&
           donorIds == other.donorIds && implementerIds == other.implementerIds &&
           agreementIds == other.agreementIds && sdgGoals == other.sdgGoals &&
           themeIds == other.themeIds && from == other.from && to == other.to &&
           text.simplified() == other.text.simplified();
}

QJsonObject ProjectFilter::toJson() const
{
    QJsonObject json;
    json[QStringLiteral("statuses")] =
        jsonArray(statuses, [](ProjectStatus status) { return QJsonValue(int(status)); });
    json[QStringLiteral("countries")] = QJsonArray::fromStringList(countryCodes);
    const auto id = [](qint64 value) { return QJsonValue(double(value)); };
    json[QStringLiteral("donors")] = jsonArray(donorIds, id);
    json[QStringLiteral("implementers")] = jsonArray(implementerIds, id);
    json[QStringLiteral("agreements")] = jsonArray(agreementIds, id);
    json[QStringLiteral("sdgs")] = jsonArray(sdgGoals, [](int goal) { return QJsonValue(goal); });
    json[QStringLiteral("themes")] = jsonArray(themeIds, id);
    json[QStringLiteral("from")] = from.toString(Qt::ISODate);
    json[QStringLiteral("to")] = to.toString(Qt::ISODate);
    json[QStringLiteral("text")] = text;
    return json;
}

ProjectFilter ProjectFilter::fromJson(const QJsonObject &json)
{
    ProjectFilter filter;
    for (const QJsonValue &value : json.value(QStringLiteral("statuses")).toArray())
        if (const int code = value.toInt(); code >= 1 && code <= 6)
            filter.statuses.append(ProjectStatus(code));
    for (const QJsonValue &value : json.value(QStringLiteral("countries")).toArray())
        if (const QString code = value.toString(); code.size() == 2)
            filter.countryCodes.append(code);
    filter.donorIds = idsFrom(json.value(QStringLiteral("donors")));
    filter.implementerIds = idsFrom(json.value(QStringLiteral("implementers")));
    filter.agreementIds = idsFrom(json.value(QStringLiteral("agreements")));
    for (const QJsonValue &value : json.value(QStringLiteral("sdgs")).toArray())
        if (const int goal = value.toInt(); goal >= 1 && goal <= 17)
            filter.sdgGoals.append(goal);
    filter.themeIds = idsFrom(json.value(QStringLiteral("themes")));
    filter.from = QDate::fromString(json.value(QStringLiteral("from")).toString(), Qt::ISODate);
    filter.to = QDate::fromString(json.value(QStringLiteral("to")).toString(), Qt::ISODate);
    filter.text = json.value(QStringLiteral("text")).toString();
    return filter;
}

ProjectCondition ProjectCondition::of(const ProjectFilter &filter, const SqlDialect &dialect)
{
    ConditionBuilder builder;
    QList<int> statusCodes;
    for (ProjectStatus status : filter.statuses)
        statusCodes << int(status);
    builder.addIn(QStringLiteral("projects.status"), statusCodes);
    builder.addLinked(QStringLiteral("SELECT project_id FROM project_countries WHERE "
                                     "country_code IN"),
                      filter.countryCodes);
    builder.addLinked(QStringLiteral("SELECT project_id FROM project_organisations WHERE role = "
                                     "? AND organisation_id IN"),
                      filter.donorIds, {int(OrganisationRole::Funding)});
    builder.addLinked(QStringLiteral("SELECT project_id FROM project_organisations WHERE role = "
                                     "? AND organisation_id IN"),
                      filter.implementerIds, {int(OrganisationRole::Implementing)});
    builder.addIn(QStringLiteral("projects.agreement_id"), filter.agreementIds);
    builder.addLinked(QStringLiteral("SELECT project_id FROM project_sdgs WHERE goal IN"),
                      filter.sdgGoals);
    builder.addLinked(QStringLiteral("SELECT project_id FROM project_themes WHERE theme_id IN"),
                      filter.themeIds);
    // Dates are ISO text of year, month or day precision. A start is on or before `to` when
    // its text sorts before `to`'s ("2016" <= "2016-05-01"); an end is on or after `from` when
    // it is not before `from` cut to the same precision. Undated projects do not match a range.
    if (filter.from.isValid() || filter.to.isValid())
        builder.add(
            QStringLiteral("(%1 IS NOT NULL OR %2 IS NOT NULL)").arg(projectStart, projectEnd), {});
    if (filter.to.isValid())
        builder.add(QStringLiteral("(%1 IS NULL OR %1 <= ?)").arg(projectStart),
                    {filter.to.toString(Qt::ISODate)});
    if (filter.from.isValid())
        builder.add(
            QStringLiteral("(%1 IS NULL OR %1 >= substr(?, 1, length(%1)))").arg(projectEnd),
            {filter.from.toString(Qt::ISODate)});
    addTextCondition(builder, filter.text, dialect);
    return builder.result();
}

} // namespace sstc
