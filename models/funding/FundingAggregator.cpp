#include "models/funding/FundingAggregator.h"

#include "models/domain/BudgetRule.h"

#include <algorithm>
#include <vector>

#include "models/domain/FundingLine.h"
#include "models/store/PortfolioStore.h"

#include <QMap>

namespace sstc {

namespace {

QString kindCode(FundingKind kind)
{
    return codeOf(fundingKindCodes, kind);
}

QString budgetCondition()
{
    return BudgetRule::sqlCountsTowardsBudget(QStringLiteral("f"));
}

QString measureCondition(FundingBreakdown breakdown, FundingMeasure measure, QVariantList &values)
{
    if (breakdown == FundingBreakdown::DeliveryByProject) {
        const QString budget = budgetCondition();
        values << kindCode(FundingKind::IncomingFunds) << kindCode(FundingKind::Expenditure);
        return QStringLiteral("(%1 OR f.kind IN (?, ?))").arg(budget);
    }
    const std::optional<FundingKind> kind = fundingKindOf(measure);
    if (!kind)
        return budgetCondition();
    values << kindCode(*kind);
    return QStringLiteral("f.kind = ?");
}

// The lines of the filtered projects with their conversion factor to the reporting currency,
// NULL when none is known. Dates are ISO text of year, month or day precision; padding them
// to a day ("2019" -> "2019-01-01") makes a rate dated on the first day of the period count.
QString convertedLines(const QString &measure, const ProjectCondition &projects,
                       const QString &currency, QVariantList &values)
{
    // The measure's values are already in `values`: they come first in the text too.
    values << projects.values << currency << currency << currency;
    return QStringLiteral(
               "lines AS (SELECT f.project_id, f.provider_id, f.kind, "
               "f.amount_hundredths AS amount, f.currency, "
               "substr(COALESCE(f.value_date, f.period_start) || '-01-01', 1, 10) AS on_date "
               "FROM funding_lines f JOIN projects ON projects.id = f.project_id "
               "WHERE %1 AND (%2)), "
               "converted AS (SELECT lines.*, CASE WHEN lines.currency = ? THEN 1.0 ELSE "
               "COALESCE((SELECT r.rate FROM exchange_rates r WHERE r.currency = lines.currency "
               "AND r.to_currency = ? AND r.rate_date <= lines.on_date "
               "ORDER BY r.rate_date DESC LIMIT 1), "
               "1.0 / (SELECT r.rate FROM exchange_rates r WHERE r.currency = ? "
               "AND r.to_currency = lines.currency AND r.rate_date <= lines.on_date "
               "ORDER BY r.rate_date DESC LIMIT 1)) END AS factor FROM lines)")
        .arg(measure, projects.sql);
}

// The share of a project's money each of its countries receives: by percentage when every
// country has one and they add up to more than zero, else equally.
const QString countryShares = QStringLiteral(
    "shares AS (SELECT project_id, country_code, "
    "CASE WHEN COUNT(percentage) OVER w = COUNT(*) OVER w AND SUM(percentage) OVER w > 0 "
    "THEN percentage / SUM(percentage) OVER w ELSE 1.0 / COUNT(*) OVER w END AS share "
    "FROM project_countries WINDOW w AS (PARTITION BY project_id))");
const QString sdgShares =
    QStringLiteral("shares AS (SELECT project_id, goal, 1.0 / COUNT(*) OVER (PARTITION BY "
                   "project_id) AS share FROM project_sdgs)");
const QString themeShares =
    QStringLiteral("shares AS (SELECT project_id, theme_id, 1.0 / COUNT(*) OVER (PARTITION BY "
                   "project_id) AS share FROM project_themes)");

// Every breakdown selects the same columns: key, label (en, zh), series key, series label
// (en, zh), the currency of unconverted amounts (NULL for converted ones), the converted sum,
// the sum in the original currency and the number of lines (the sum of their shares).
QString sums(const QString &weight)
{
    return QStringLiteral("CASE WHEN c.factor IS NULL THEN c.currency END, "
                          "SUM(c.amount * c.factor * %1), SUM(c.amount * %1), SUM(%1)")
        .arg(weight);
}

QString finalSelect(FundingBreakdown breakdown, QVariantList &values)
{
    switch (breakdown) {
    case FundingBreakdown::YearByDonor:
        return QStringLiteral(
                   "SELECT COALESCE(substr(c.on_date, 1, 4), ''), '', '', "
                   "COALESCE(CAST(c.provider_id AS TEXT), ''), "
                   "COALESCE(NULLIF(o.acronym, ''), o.name_en, ''), "
                   "COALESCE(NULLIF(o.name_zh, ''), NULLIF(o.acronym, ''), o.name_en, ''), %1 "
                   "FROM converted c LEFT JOIN organisations o ON o.id = c.provider_id "
                   "GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 4")
            .arg(sums(QStringLiteral("1.0")));
    case FundingBreakdown::Country:
        return QStringLiteral("SELECT COALESCE(s.country_code, ''), COALESCE(n.name_en, ''), "
                              "COALESCE(n.name_zh, ''), '', '', '', %1 "
                              "FROM converted c LEFT JOIN shares s ON s.project_id = c.project_id "
                              "LEFT JOIN countries n ON n.code = s.country_code "
                              "GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1")
            .arg(sums(QStringLiteral("COALESCE(s.share, 1.0)")));
    case FundingBreakdown::SdgGoal:
        return QStringLiteral("SELECT COALESCE(CAST(s.goal AS TEXT), ''), '', '', '', '', '', %1 "
                              "FROM converted c LEFT JOIN shares s ON s.project_id = c.project_id "
                              "GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1")
            .arg(sums(QStringLiteral("COALESCE(s.share, 1.0)")));
    case FundingBreakdown::Theme:
        return QStringLiteral("SELECT COALESCE(CAST(s.theme_id AS TEXT), ''), "
                              "COALESCE(t.name_en, ''), COALESCE(t.name_zh, ''), '', '', '', %1 "
                              "FROM converted c LEFT JOIN shares s ON s.project_id = c.project_id "
                              "LEFT JOIN themes t ON t.id = s.theme_id "
                              "GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1")
            .arg(sums(QStringLiteral("COALESCE(s.share, 1.0)")));
    case FundingBreakdown::DeliveryByProject:
        values << kindCode(FundingKind::OriginalBudget) << kindCode(FundingKind::RevisedBudget);
        return QStringLiteral("SELECT CAST(c.project_id AS TEXT), p.title_en, p.title_zh, "
                              "CASE WHEN c.kind IN (?, ?) THEN 'budget' ELSE c.kind END, '', '', "
                              "%1 FROM converted c JOIN projects p ON p.id = c.project_id "
                              "GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 4")
            .arg(sums(QStringLiteral("1.0")));
    }
    return {};
}

QString sharesFor(FundingBreakdown breakdown)
{
    switch (breakdown) {
    case FundingBreakdown::Country:
        return countryShares + QStringLiteral(", ");
    case FundingBreakdown::SdgGoal:
        return sdgShares + QStringLiteral(", ");
    case FundingBreakdown::Theme:
        return themeShares + QStringLiteral(", ");
    default:
        return {};
    }
}

// The delivery bars of the projects with the largest budgets, read from rows that come
// project by project; the others are dropped as they pass, so that memory follows the limit,
// not the portfolio.
class LargestBudgets
{
public:
    explicit LargestBudgets(int limit)
        : m_limit(limit)
    {}

    void add(FundingBar bar)
    {
        if (!m_current.isEmpty() && m_current.constFirst().key != bar.key)
            closeProject();
        if (bar.seriesKey == QLatin1String("budget"))
            m_currentBudget += bar.hundredths;
        m_current.append(std::move(bar));
    }

    QList<FundingBar> take(int *leftOut)
    {
        closeProject();
        *leftOut = m_projects - int(m_kept.size());
        QList<FundingBar> bars;
        for (Project &project : m_kept)
            bars += std::move(project.bars);
        // In the order the statement gives: by project key, then series.
        std::sort(bars.begin(), bars.end(), [](const FundingBar &a, const FundingBar &b) {
            return a.key != b.key ? a.key < b.key : a.seriesKey < b.seriesKey;
        });
        return bars;
    }

private:
    struct Project
    {
        double budget;
        QList<FundingBar> bars;
    };
    static bool smallerBudget(const Project &a, const Project &b) { return a.budget > b.budget; }

    void closeProject()
    {
        if (m_current.isEmpty())
            return;
        ++m_projects;
        m_kept.push_back({m_currentBudget, std::move(m_current)});
        std::push_heap(m_kept.begin(), m_kept.end(), smallerBudget);
        if (int(m_kept.size()) > m_limit) {
            std::pop_heap(m_kept.begin(), m_kept.end(), smallerBudget);
            m_kept.pop_back();
        }
        m_current = {};
        m_currentBudget = 0;
    }

    int m_limit;
    int m_projects = 0;
    QList<FundingBar> m_current;
    double m_currentBudget = 0;
    std::vector<Project> m_kept; // a heap with the smallest budget on top
};

} // namespace

FundingQuery FundingAggregator::query(FundingBreakdown breakdown, FundingMeasure measure,
                                      const ProjectFilter &filter,
                                      const QString &reportingCurrency) const
{
    QVariantList values;
    const QString measureSql = measureCondition(breakdown, measure, values);
    const QString lines = convertedLines(
        measureSql, ProjectCondition::of(filter, m_store.dialect()), reportingCurrency, values);
    const QString select = finalSelect(breakdown, values);
    return {QStringLiteral("WITH ") + sharesFor(breakdown) + lines + QLatin1Char(' ') + select,
            values};
}

FundingFigures FundingAggregator::figures(FundingBreakdown breakdown, FundingMeasure measure,
                                          const ProjectFilter &filter,
                                          const QString &reportingCurrency)
{
    const FundingQuery statement = query(breakdown, measure, filter, reportingCurrency);
    QSqlQuery rows = m_store.run(statement.sql, statement.values);
    FundingFigures figures;
    figures.reportingCurrency = reportingCurrency;
    QMap<QString, UnconvertedAmount> unconverted;
    QMap<QString, double> unconvertedLines;
    LargestBudgets largest(m_deliveryLimit);
    while (rows.next()) {
        if (!rows.isNull(6)) {
            const QString currency = rows.value(6).toString();
            UnconvertedAmount &amount = unconverted[currency];
            amount.currency = currency;
            amount.hundredths += rows.value(8).toDouble();
            unconvertedLines[currency] += rows.value(9).toDouble();
            continue;
        }
        FundingBar bar;
        bar.key = rows.value(0).toString();
        bar.label = {rows.value(1).toString(), rows.value(2).toString()};
        bar.seriesKey = rows.value(3).toString();
        bar.seriesLabel = {rows.value(4).toString(), rows.value(5).toString()};
        bar.hundredths = rows.value(7).toDouble();
        if (breakdown == FundingBreakdown::DeliveryByProject)
            largest.add(std::move(bar));
        else
            figures.bars.append(bar);
    }
    if (breakdown == FundingBreakdown::DeliveryByProject)
        figures.bars = largest.take(&figures.projectsLeftOut);
    // The shares of one line add up to 1, so their sum counts lines however they were split.
    for (auto it = unconverted.begin(); it != unconverted.end(); ++it) {
        it->lines = qRound(unconvertedLines.value(it.key()));
        figures.unconverted.append(*it);
    }
    return figures;
}

} // namespace sstc
