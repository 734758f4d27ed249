#include "models/query/ProjectIdQuery.h"

#include "models/domain/BudgetRule.h"
#include "models/domain/FundingLine.h"
#include "models/store/PortfolioStore.h"
#include "models/text/Formats.h"

#include <algorithm>

namespace sstc {

namespace {

// "12,7,300" into ids. One row of text instead of one row per project: reading 100,000
// rows one by one through QSqlQuery costs far more than SQLite's own scan.
QList<qint64> parseIds(const QString &joined)
{
    QList<qint64> ids;
    ids.reserve(joined.size() / 4);
    qint64 current = 0;
    bool inNumber = false;
    for (const QChar c : joined) {
        if (c.isDigit()) {
            current = current * 10 + c.digitValue();
            inNumber = true;
        } else if (inNumber) {
            ids.append(current);
            current = 0;
            inNumber = false;
        }
    }
    if (inNumber)
        ids.append(current);
    return ids;
}

// The budget the table shows.
QString budgetKey()
{
    return QStringLiteral("(SELECT SUM(f.amount_hundredths) FROM funding_lines f WHERE "
                          "f.project_id = projects.id AND f.kind = %1)")
        .arg(BudgetRule::sqlCountedKind(QStringLiteral("projects.id")));
}

} // namespace

QString ProjectIdQuery::textSqlOf(ProjectSortKey key, Language language)
{
    const bool chinese = language == Language::Chinese;
    switch (key) {
    case ProjectSortKey::Code:
        return QStringLiteral("projects.code");
    case ProjectSortKey::Title:
        // The title shown: the UI language's, or the other one when that is empty.
        return chinese ? QStringLiteral("COALESCE(NULLIF(projects.title_zh, ''), "
                                        "projects.title_en)")
                       : QStringLiteral("COALESCE(NULLIF(projects.title_en, ''), "
                                        "projects.title_zh)");
    case ProjectSortKey::Countries:
        return QStringLiteral("(SELECT %1 FROM project_countries pc JOIN countries c ON c.code = "
                              "pc.country_code WHERE pc.project_id = projects.id ORDER BY "
                              "pc.position LIMIT 1)")
            .arg(chinese ? QStringLiteral("COALESCE(NULLIF(c.name_zh, ''), c.name_en)")
                         : QStringLiteral("c.name_en"));
    default:
        return {};
    }
}

QList<qint64> ProjectIdQuery::ordered(ProjectSortKey key, Qt::SortOrder order, Language language)
{
    if (!textSqlOf(key, language).isEmpty())
        return textOrder(key, language)->ids(order);
    switch (key) {
    case ProjectSortKey::Start:
        return orderedInSql(
            QStringLiteral("COALESCE(projects.actual_start, projects.planned_start)"), order);
    case ProjectSortKey::End:
        return orderedInSql(QStringLiteral("COALESCE(projects.actual_end, projects.planned_end)"),
                            order);
    case ProjectSortKey::Budget:
        return orderedInSql(budgetKey(), order);
    case ProjectSortKey::Status:
        return orderedInSql(QStringLiteral("projects.status"), order);
    default:
        return orderedInSql(QStringLiteral("projects.id"), order);
    }
}

std::shared_ptr<const TextSortOrder> ProjectIdQuery::textOrder(ProjectSortKey key,
                                                               Language language,
                                                               const TextSortOrder *previous,
                                                               const std::atomic<bool> *cancelled)
{
    return TextSortOrder::build(TextSortOrder::read(m_store, textSqlOf(key, language), cancelled),
                                language, previous, cancelled);
}

QList<qint64> ProjectIdQuery::matching(const ProjectFilter &filter)
{
    const ProjectCondition condition = ProjectCondition::of(filter, m_store.dialect());
    return idList(QStringLiteral("SELECT id FROM projects WHERE ") + condition.sql,
                  condition.values);
}

// `keySql` is one of the fixed expressions above. The projects with a value come first, ties
// by id, so that in ascending order an index on (key, id) hands them over already sorted
// (see SchemaV5); those without a value follow.
QList<qint64> ProjectIdQuery::orderedInSql(const QString &keySql, Qt::SortOrder order)
{
    const QString direction =
        order == Qt::DescendingOrder ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QList<qint64> ids =
        idList(QStringLiteral("SELECT id FROM projects WHERE (%1) IS NOT NULL ORDER BY (%1) %2, id")
                   .arg(keySql, direction));
    ids += idList(
        QStringLiteral("SELECT id FROM projects WHERE (%1) IS NULL ORDER BY id").arg(keySql));
    return ids;
}

QList<qint64> ProjectIdQuery::idList(const QString &sql, const QVariantList &values)
{
    QSqlQuery query = m_store.run(QStringLiteral("SELECT %1 FROM (%2) AS ids")
                                      .arg(m_store.dialect().joinedIds(QStringLiteral("id")), sql),
                                  values);
    return query.next() ? parseIds(query.value(0).toString()) : QList<qint64>();
}

} // namespace sstc
