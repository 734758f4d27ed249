#include "models/funding/FundingBreakdowns.h"

#include <algorithm>

namespace sstc {

namespace {

QList<FundingBreakdownQuery> breakdownQueries()
{
    // The share of a project's money each of its countries receives: by percentage when
    // every country has one and they add up to more than zero, else equally.
    const QString countryShares = QStringLiteral(
        "shares AS (SELECT project_id, country_code, "
        "CASE WHEN COUNT(percentage) OVER w = COUNT(*) OVER w AND SUM(percentage) OVER w > 0 "
        "THEN percentage / SUM(percentage) OVER w ELSE 1.0 / COUNT(*) OVER w END AS share "
        "FROM project_countries WINDOW w AS (PARTITION BY project_id))");
    const QString sdgShares =
        QStringLiteral("shares AS (SELECT project_id, goal, 1.0 / COUNT(*) OVER (PARTITION BY "
                       "project_id) AS share FROM project_sdgs)");
    const QString themeShares =
        QStringLiteral("shares AS (SELECT project_id, theme_id, 1.0 / COUNT(*) OVER (PARTITION "
                       "BY project_id) AS share FROM project_themes)");
    const QString whole = QStringLiteral("1.0");
    const QString share = QStringLiteral("COALESCE(s.share, 1.0)");
    return {
        {FundingBreakdown::YearByDonor,
         {},
         QStringLiteral("SELECT COALESCE(substr(c.on_date, 1, 4), ''), '', '', "
                        "COALESCE(CAST(c.provider_id AS TEXT), ''), "
                        "COALESCE(NULLIF(o.acronym, ''), o.name_en, ''), "
                        "COALESCE(NULLIF(o.name_zh, ''), NULLIF(o.acronym, ''), o.name_en, ''), "
                        "%1 FROM converted c LEFT JOIN organisations o ON o.id = c.provider_id "
                        "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 4"),
         {},
         whole},
        {FundingBreakdown::Country,
         countryShares,
         QStringLiteral("SELECT COALESCE(s.country_code, ''), COALESCE(n.name_en, ''), "
                        "COALESCE(n.name_zh, ''), '', '', '', %1 "
                        "FROM converted c LEFT JOIN shares s ON s.project_id = c.project_id "
                        "LEFT JOIN countries n ON n.code = s.country_code "
                        "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1"),
         {},
         share},
        {FundingBreakdown::SdgGoal,
         sdgShares,
         QStringLiteral("SELECT COALESCE(CAST(s.goal AS TEXT), ''), '', '', '', '', '', %1 "
                        "FROM converted c LEFT JOIN shares s ON s.project_id = c.project_id "
                        "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1"),
         {},
         share},
        {FundingBreakdown::Theme,
         themeShares,
         QStringLiteral("SELECT COALESCE(CAST(s.theme_id AS TEXT), ''), "
                        "COALESCE(t.name_en, ''), COALESCE(t.name_zh, ''), '', '', '', %1 "
                        "FROM converted c LEFT JOIN shares s ON s.project_id = c.project_id "
                        "LEFT JOIN themes t ON t.id = s.theme_id "
                        "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1"),
         {},
         share},
        {FundingBreakdown::DeliveryByProject,
         {},
         QStringLiteral("SELECT CAST(c.project_id AS TEXT), p.title_en, p.title_zh, "
                        "CASE WHEN c.kind IN (?, ?) THEN 'budget' ELSE c.kind END, '', '', "
                        "%1 FROM converted c JOIN projects p ON p.id = c.project_id "
                        "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 4"),
         {codeOf(fundingKindCodes, FundingKind::OriginalBudget),
          codeOf(fundingKindCodes, FundingKind::RevisedBudget)},
         whole,
         true},
    };
}

} // namespace

const QList<FundingBreakdownQuery> &FundingBreakdowns::all()
{
    static const QList<FundingBreakdownQuery> queries = breakdownQueries();
    return queries;
}

int FundingBreakdowns::indexOf(FundingBreakdown breakdown)
{
    const QList<FundingBreakdownQuery> &queries = all();
    const auto found =
        std::find_if(queries.cbegin(), queries.cend(),
                     [breakdown](const auto &query) { return query.breakdown == breakdown; });
    Q_ASSERT(found != queries.cend());
    return int(found - queries.cbegin());
}

const FundingBreakdownQuery &FundingBreakdowns::of(FundingBreakdown breakdown)
{
    return all().at(indexOf(breakdown));
}

} // namespace sstc
