#include "models/repositories/ProjectRepository.h"

#include "models/domain/BudgetRule.h"
#include "models/domain/FundingLine.h"
#include "models/store/PortfolioStore.h"
#include "models/store/SqlValues.h"
#include "models/store/WriteTransaction.h"

#include <QHash>

namespace sstc {

using namespace sql;

namespace {
QVariantList rowValues(const Project &project)
{
    return {nullableText(project.code),
            project.title.en,
            project.title.zh,
            project.description.en,
            project.description.zh,
            project.status ? QVariant(int(*project.status)) : QVariant(QMetaType::fromType<int>()),
            dateValue(project.plannedStart),
            dateValue(project.plannedEnd),
            dateValue(project.actualStart),
            dateValue(project.actualEnd),
            nullableId(project.agreementId),
            nullableId(project.parentProjectId),
            nullableText(project.iatiIdentifier)};
}

std::optional<ProjectStatus> statusAt(const QSqlQuery &query, int column)
{
    const std::optional<int> code = optionalIntAt(query, column);
    if (!code || *code < 1 || *code > 6)
        return std::nullopt;
    return ProjectStatus(*code);
}
} // namespace

qint64 ProjectRepository::insert(const Project &project)
{
    WriteTransaction transaction(m_store);
    QVariantList values = rowValues(project);
    const QString statement = keepingId(
        QStringLiteral("INSERT INTO projects (code, title_en, title_zh, description_en, "
                       "description_zh, status, planned_start, planned_end, actual_start, "
                       "actual_end, agreement_id, parent_project_id, iati_identifier) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        project.id, values);
    const qint64 id = m_store.insert(statement, values);
    writeLinks(project, id);
    transaction.commit();
    return id;
}

void ProjectRepository::update(const Project &project)
{
    WriteTransaction transaction(m_store);
    m_store.execute(QStringLiteral("UPDATE projects SET code = ?, title_en = ?, title_zh = ?, "
                                   "description_en = ?, description_zh = ?, status = ?, "
                                   "planned_start = ?, planned_end = ?, actual_start = ?, "
                                   "actual_end = ?, agreement_id = ?, parent_project_id = ?, "
                                   "iati_identifier = ? WHERE id = ?"),
                    rowValues(project) << project.id);
    for (const char *table : {"project_organisations", "project_countries", "project_regions",
                              "project_sdgs", "project_themes", "project_document_links",
                              "project_kept_narratives", "project_planned_disbursements"})
        // The table name is one of the fixed names above.
        m_store.execute(
            QStringLiteral("DELETE FROM %1 WHERE project_id = ?").arg(QLatin1String(table)),
            {project.id});
    writeLinks(project, project.id);
    transaction.commit();
}

void ProjectRepository::writeLinks(const Project &project, qint64 id)
{
    int position = 0;
    for (const ParticipatingOrganisation &organisation : project.organisations)
        m_store.execute(QStringLiteral("INSERT INTO project_organisations (project_id, "
                                       "organisation_id, role, position) VALUES (?, ?, ?, ?)"),
                        {id, organisation.organisationId, int(organisation.role), position++});
    position = 0;
    for (const RecipientCountry &country : project.countries)
        m_store.execute(QStringLiteral("INSERT INTO project_countries (project_id, country_code, "
                                       "percentage, position) VALUES (?, ?, ?, ?)"),
                        {id, country.countryCode, optionalValue(country.percentage), position++});
    for (const RecipientRegion &region : project.regions)
        m_store.execute(QStringLiteral("INSERT INTO project_regions (project_id, region_code, "
                                       "percentage) VALUES (?, ?, ?)"),
                        {id, region.regionCode, optionalValue(region.percentage)});
    for (int goal : project.sdgGoals)
        m_store.execute(QStringLiteral("INSERT INTO project_sdgs (project_id, goal) VALUES (?, ?)"),
                        {id, goal});
    for (qint64 themeId : project.themeIds)
        m_store.execute(
            QStringLiteral("INSERT INTO project_themes (project_id, theme_id) VALUES (?, ?)"),
            {id, themeId});
    position = 0;
    for (const DocumentLink &link : project.documentLinks)
        m_store.execute(QStringLiteral("INSERT INTO project_document_links (project_id, position, "
                                       "url, title_en, title_zh, format, category, language, "
                                       "document_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {id, position++, link.url, link.title.en, link.title.zh, link.format,
                         link.categoryCode, link.languageCode, dateValue(link.date)});
    position = 0;
    for (const KeptNarrative &narrative : project.keptNarratives)
        m_store.execute(QStringLiteral("INSERT INTO project_kept_narratives (project_id, position, "
                                       "field, language, content) VALUES (?, ?, ?, ?, ?)"),
                        {id, position++, narrative.field, narrative.language, narrative.text});
    position = 0;
    for (const PlannedDisbursement &planned : project.plannedDisbursements)
        m_store.execute(QStringLiteral("INSERT INTO project_planned_disbursements (project_id, "
                                       "position, revised, period_start, period_end, "
                                       "amount_hundredths, currency, value_date, provider_id) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {id, position++, planned.revised ? 1 : 0, dateValue(planned.periodStart),
                         dateValue(planned.periodEnd), planned.amount.hundredths,
                         planned.amount.currency, dateValue(planned.valueDate),
                         nullableId(planned.providerOrganisationId)});
}

void ProjectRepository::remove(qint64 id)
{
    WriteTransaction transaction(m_store);
    m_store.execute(QStringLiteral("DELETE FROM projects WHERE id = ?"), {id});
    transaction.commit();
}

std::optional<Project> ProjectRepository::find(qint64 id)
{
    const QList<Project> found = load(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Project>(found.first());
}

QList<Project> ProjectRepository::findAll(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    QVariantList values;
    for (qint64 id : ids)
        values << id;
    return load(QStringLiteral("WHERE id IN (%1)").arg(placeholders(ids.size())), values);
}

QList<Project> ProjectRepository::all()
{
    return load(QString(), {});
}

int ProjectRepository::count()
{
    QSqlQuery query = m_store.run(QStringLiteral("SELECT COUNT(*) FROM projects"));
    return query.next() ? query.value(0).toInt() : 0;
}

// `where` is one of the fixed clauses above, never user text. The links are read for all
// projects in one query each and matched by id, rather than one query per project.
QList<Project> ProjectRepository::load(const QString &where, const QVariantList &values)
{
    PreparedQuery query = m_store.query(
        QStringLiteral("SELECT id, code, title_en, title_zh, description_en, description_zh, "
                       "status, planned_start, planned_end, actual_start, actual_end, "
                       "agreement_id, parent_project_id, iati_identifier FROM projects ") +
            where + QStringLiteral(" ORDER BY id"),
        values);
    QList<Project> result;
    QHash<qint64, int> indexById;
    while (query.next()) {
        Project project;
        project.id = query.value(0).toLongLong();
        project.code = query.value(1).toString();
        project.title = textAt(query, 2);
        project.description = textAt(query, 4);
        project.status = statusAt(query, 6);
        project.plannedStart = dateAt(query, 7);
        project.plannedEnd = dateAt(query, 8);
        project.actualStart = dateAt(query, 9);
        project.actualEnd = dateAt(query, 10);
        project.agreementId = query.value(11).toLongLong();
        project.parentProjectId = query.value(12).toLongLong();
        project.iatiIdentifier = query.value(13).toString();
        indexById.insert(project.id, int(result.size()));
        result.append(project);
    }
    if (result.isEmpty())
        return result;
    // Only the links of the projects just read: `find` must not read the whole portfolio.
    const QString ofThese = QStringLiteral(" WHERE project_id IN (SELECT id FROM projects ") +
                            where + QStringLiteral(") ");
    auto projectFor = [&](const QSqlQuery &row) -> Project * {
        const auto index = indexById.constFind(row.value(0).toLongLong());
        return index == indexById.constEnd() ? nullptr : &result[*index];
    };

    PreparedQuery links = m_store.query(
        QStringLiteral("SELECT project_id, organisation_id, role FROM project_organisations") +
            ofThese + QStringLiteral("ORDER BY project_id, position"),
        values);
    while (links.next())
        if (Project *project = projectFor(links))
            project->organisations.append(
                {links.value(1).toLongLong(), OrganisationRole(links.value(2).toInt())});
    links = m_store.query(QStringLiteral("SELECT project_id, country_code, percentage FROM "
                                         "project_countries") +
                              ofThese + QStringLiteral("ORDER BY project_id, position"),
                          values);
    while (links.next())
        if (Project *project = projectFor(links))
            project->countries.append({links.value(1).toString(), optionalDoubleAt(links, 2)});
    links = m_store.query(QStringLiteral("SELECT project_id, region_code, percentage FROM "
                                         "project_regions") +
                              ofThese + QStringLiteral("ORDER BY project_id, region_code"),
                          values);
    while (links.next())
        if (Project *project = projectFor(links))
            project->regions.append({links.value(1).toString(), optionalDoubleAt(links, 2)});
    links = m_store.query(QStringLiteral("SELECT project_id, goal FROM project_sdgs") + ofThese +
                              QStringLiteral("ORDER BY project_id, goal"),
                          values);
    while (links.next())
        if (Project *project = projectFor(links))
            project->sdgGoals.append(links.value(1).toInt());
    links = m_store.query(QStringLiteral("SELECT project_id, theme_id FROM project_themes") +
                              ofThese + QStringLiteral("ORDER BY project_id, theme_id"),
                          values);
    while (links.next())
        if (Project *project = projectFor(links))
            project->themeIds.append(links.value(1).toLongLong());
    links = m_store.query(QStringLiteral("SELECT project_id, url, title_en, title_zh, format, "
                                         "category, language, document_date FROM "
                                         "project_document_links") +
                              ofThese + QStringLiteral("ORDER BY project_id, position"),
                          values);
    while (links.next())
        if (Project *project = projectFor(links))
            project->documentLinks.append({links.value(1).toString(), textAt(links, 2),
                                           links.value(4).toString(), links.value(5).toString(),
                                           links.value(6).toString(), dateAt(links, 7)});
    links = m_store.query(QStringLiteral("SELECT project_id, field, language, content FROM "
                                         "project_kept_narratives") +
                              ofThese + QStringLiteral("ORDER BY project_id, position"),
                          values);
    while (links.next())
        if (Project *project = projectFor(links))
            project->keptNarratives.append({links.value(1).toString(), links.value(2).toString(),
                                            links.value(3).toString()});
    links = m_store.query(QStringLiteral("SELECT project_id, revised, period_start, period_end, "
                                         "amount_hundredths, currency, value_date, provider_id "
                                         "FROM project_planned_disbursements") +
                              ofThese + QStringLiteral("ORDER BY project_id, position"),
                          values);
    while (links.next())
        if (Project *project = projectFor(links))
            project->plannedDisbursements.append(
                {links.value(1).toInt() == 1, dateAt(links, 2), dateAt(links, 3),
                 Money{links.value(4).toLongLong(), links.value(5).toString()}, dateAt(links, 6),
                 links.value(7).toLongLong()});
    return result;
}

QList<ProjectSummary> ProjectRepository::summaries()
{
    return summaries(QStringLiteral("1 = 1"), {});
}

QList<ProjectSummary> ProjectRepository::summariesOf(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    QStringList joined;
    joined.reserve(ids.size());
    for (qint64 id : ids)
        joined << QString::number(id);
    return summaries(m_store.dialect().isAmongIds(QStringLiteral("id")),
                     {joined.join(QLatin1Char(','))});
}

// `condition` is one of the fixed conditions above, with its values bound.
QList<ProjectSummary> ProjectRepository::summaries(const QString &condition,
                                                   const QVariantList &values)
{
    QSqlQuery query = m_store.run(
        QStringLiteral("SELECT id, code, title_en, title_zh, COALESCE(actual_start, "
                       "planned_start), COALESCE(actual_end, planned_end), status FROM projects "
                       "WHERE ") +
            condition + QStringLiteral(" ORDER BY id"),
        values);
    QList<ProjectSummary> result;
    QHash<qint64, int> indexById;
    while (query.next()) {
        ProjectSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.code = query.value(1).toString();
        summary.title = textAt(query, 2);
        summary.start = dateAt(query, 4);
        summary.end = dateAt(query, 5);
        summary.status = statusAt(query, 6);
        indexById.insert(summary.id, int(result.size()));
        result.append(summary);
    }

    QSqlQuery countries = m_store.run(
        QStringLiteral(
            "SELECT pc.project_id, c.code, c.name_en, c.name_zh FROM project_countries pc "
            "JOIN countries c ON c.code = pc.country_code WHERE pc.project_id IN (SELECT id FROM "
            "projects WHERE ") +
            condition + QStringLiteral(") ORDER BY pc.project_id, pc.position"),
        values);
    while (countries.next()) {
        const auto index = indexById.constFind(countries.value(0).toLongLong());
        if (index != indexById.constEnd())
            result[*index].countries.append({countries.value(1).toString(), textAt(countries, 2)});
    }

    // Sums per kind and currency, then the budget by BudgetRule.
    QSqlQuery budgets = m_store.run(
        QStringLiteral("SELECT project_id, kind, currency, SUM(amount_hundredths) "
                       "FROM funding_lines WHERE kind IN (?, ?) AND project_id IN (SELECT id FROM "
                       "projects WHERE ") +
            condition +
            QStringLiteral(
                ") "
                "GROUP BY project_id, kind, currency ORDER BY project_id, kind, currency"),
        QVariantList{codeOf(fundingKindCodes, FundingKind::OriginalBudget),
                     codeOf(fundingKindCodes, FundingKind::RevisedBudget)} +
            values);
    QHash<qint64, QList<Money>> original;
    QHash<qint64, QList<Money>> revised;
    const QString revisedCode = codeOf(fundingKindCodes, FundingKind::RevisedBudget);
    while (budgets.next()) {
        const qint64 projectId = budgets.value(0).toLongLong();
        auto &sums = budgets.value(1).toString() == revisedCode ? revised : original;
        sums[projectId].append({budgets.value(3).toLongLong(), budgets.value(2).toString()});
    }
    for (ProjectSummary &summary : result)
        summary.budget = BudgetRule::budget(original.value(summary.id), revised.value(summary.id));
    return result;
}

} // namespace sstc
