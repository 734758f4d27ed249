#include "models/repositories/TimelineRepository.h"

#include "models/domain/BudgetRule.h"
#include "models/domain/FundingLine.h"
#include "models/store/PortfolioStore.h"
#include "models/store/SqlValues.h"

#include <QHash>

namespace sstc {

using namespace sql;

namespace {
struct FundingSums
{
    QList<Money> original;
    QList<Money> revised;
    QList<Money> expenditure;
};

std::optional<double> progressOf(const QList<Money> &budget, const QList<Money> &spent)
{
    if (budget.isEmpty() || budget.first().hundredths <= 0)
        return std::nullopt;
    for (const Money &amount : spent)
        if (amount.currency == budget.first().currency)
            return qBound(0.0, double(amount.hundredths) / double(budget.first().hundredths), 1.0);
    return std::nullopt;
}
} // namespace

TimelineData TimelineRepository::load(const ProjectFilter &filter)
{
    const ProjectCondition condition = ProjectCondition::of(filter, m_store.dialect());
    // The linked rows of the selected projects only: the condition again, as a subquery.
    const QString selected =
        QStringLiteral("(SELECT projects.id FROM projects WHERE ") + condition.sql + u')';

    TimelineData data;
    QHash<qint64, int> indexById;
    QSqlQuery projects = m_store.run(
        QStringLiteral("SELECT projects.id, projects.code, projects.title_en, projects.title_zh, "
                       "projects.status, projects.planned_start, projects.planned_end, "
                       "projects.actual_start, projects.actual_end FROM projects WHERE ") +
            condition.sql + QStringLiteral(" ORDER BY projects.id"),
        condition.values);
    while (projects.next()) {
        TimelineProject project;
        project.id = projects.value(0).toLongLong();
        project.code = projects.value(1).toString();
        project.title = textAt(projects, 2);
        const std::optional<int> status = optionalIntAt(projects, 4);
        if (status && *status >= 1 && *status <= 6)
            project.status = ProjectStatus(*status);
        project.plannedStart = dateAt(projects, 5);
        project.plannedEnd = dateAt(projects, 6);
        project.actualStart = dateAt(projects, 7);
        project.actualEnd = dateAt(projects, 8);
        indexById.insert(project.id, int(data.projects.size()));
        data.projects.append(project);
    }
    auto projectFor = [&](const QSqlQuery &row) -> TimelineProject * {
        const auto index = indexById.constFind(row.value(0).toLongLong());
        return index == indexById.constEnd() ? nullptr : &data.projects[*index];
    };

    if (!data.projects.isEmpty()) {
        QSqlQuery countries = m_store.run(
            QStringLiteral("SELECT pc.project_id, c.code, c.name_en, c.name_zh "
                           "FROM project_countries pc JOIN countries c ON c.code = pc.country_code "
                           "WHERE pc.project_id IN ") +
                selected + QStringLiteral(" ORDER BY pc.project_id, pc.position"),
            condition.values);
        while (countries.next())
            if (TimelineProject *project = projectFor(countries))
                project->countries.append({countries.value(1).toString(), textAt(countries, 2)});

        const QString original = codeOf(fundingKindCodes, FundingKind::OriginalBudget);
        const QString revised = codeOf(fundingKindCodes, FundingKind::RevisedBudget);
        const QString expenditure = codeOf(fundingKindCodes, FundingKind::Expenditure);
        QSqlQuery funding = m_store.run(
            QStringLiteral("SELECT project_id, kind, currency, SUM(amount_hundredths) "
                           "FROM funding_lines WHERE kind IN (?, ?, ?) AND project_id IN ") +
                selected +
                QStringLiteral(" GROUP BY project_id, kind, currency "
                               "ORDER BY project_id, kind, currency"),
            QVariantList{original, revised, expenditure} + condition.values);
        QHash<qint64, FundingSums> sums;
        while (funding.next()) {
            FundingSums &project = sums[funding.value(0).toLongLong()];
            const QString kind = funding.value(1).toString();
            QList<Money> &list = kind == revised    ? project.revised
                                 : kind == original ? project.original
                                                    : project.expenditure;
            list.append({funding.value(3).toLongLong(), funding.value(2).toString()});
        }
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
            const auto index = indexById.constFind(it.key());
            if (index == indexById.constEnd())
                continue;
            TimelineProject &project = data.projects[*index];
            project.budget = BudgetRule::budget(it->original, it->revised);
            project.progress = progressOf(project.budget, it->expenditure);
        }

        QSqlQuery events = m_store.run(
            QStringLiteral("SELECT project_id, id, kind, title_en, title_zh, start_on, end_on "
                           "FROM events WHERE project_id IN ") +
                selected + QStringLiteral(" ORDER BY project_id, start_on IS NULL, start_on, id"),
            condition.values);
        while (events.next())
            if (TimelineProject *project = projectFor(events)) {
                TimelineEvent event;
                event.id = events.value(1).toLongLong();
                event.kind = valueOfCode(eventKindCodes, events.value(2).toString())
                                 .value_or(EventKind::Seminar);
                event.title = textAt(events, 3);
                event.start = dateAt(events, 5);
                event.end = dateAt(events, 6);
                project->events.append(event);
            }
    }

    // Filtering by agreement narrows the markers too; otherwise every signing is history
    // worth seeing beside the projects.
    QString agreementSql = QStringLiteral("SELECT id, kind, title_en, title_zh, signed_on "
                                          "FROM agreements WHERE signed_on IS NOT NULL");
    QVariantList agreementValues;
    if (!filter.agreementIds.isEmpty()) {
        for (qint64 id : filter.agreementIds)
            agreementValues << id;
        agreementSql +=
            QStringLiteral(" AND id IN (") + placeholders(agreementValues.size()) + u')';
    }
    QSqlQuery agreements =
        m_store.run(agreementSql + QStringLiteral(" ORDER BY signed_on, id"), agreementValues);
    while (agreements.next()) {
        TimelineAgreement agreement;
        agreement.id = agreements.value(0).toLongLong();
        agreement.kind = valueOfCode(agreementKindCodes, agreements.value(1).toString())
                             .value_or(AgreementKind::Mou);
        agreement.title = textAt(agreements, 2);
        agreement.signedOn = dateAt(agreements, 4);
        if (!agreement.signedOn.isNull())
            data.agreements.append(agreement);
    }
    return data;
}

} // namespace sstc
