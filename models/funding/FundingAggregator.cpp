#include "models/funding/FundingAggregator.h"

#include "models/domain/BudgetRule.h"
#include "models/domain/FundingLine.h"
#include "models/funding/CurrencyConversion.h"
#include "models/funding/FundingBreakdowns.h"
#include "models/store/PortfolioStore.h"

#include <algorithm>
#include <vector>

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

QString measureCondition(bool perProject, FundingMeasure measure, QVariantList &values)
{
    if (perProject) {
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

// The lines of the filtered projects with their value day and their conversion factor to the
// reporting currency, NULL when none is known.
QString convertedLines(const QString &measure, const ProjectCondition &projects,
                       const QString &currency, QVariantList &values)
{
    // The measure's values are already in `values`: they come first in the text too.
    values << projects.values;
    return QStringLiteral("lines AS (SELECT f.project_id, f.provider_id, f.kind, "
                          "f.amount_hundredths AS amount, f.currency, %1 AS on_date "
                          "FROM funding_lines f JOIN projects ON projects.id = f.project_id "
                          "WHERE %2 AND (%3)), "
                          "converted AS (SELECT lines.*, %4 AS factor FROM lines)")
        .arg(CurrencyConversion::sqlValueDay(QStringLiteral("f")), measure, projects.sql,
             CurrencyConversion::sqlFactor(QStringLiteral("lines.currency"),
                                           QStringLiteral("lines.on_date"), currency, values));
}

// The currency of unconverted amounts (NULL for converted ones), 1 for those unconverted for
// want of any date (0 otherwise), the converted sum, the sum in the original currency and the
// number of lines (the sum of their shares).
QString sums(const QString &weight)
{
    return QStringLiteral("CASE WHEN c.factor IS NULL THEN c.currency END, "
                          "CASE WHEN c.factor IS NULL AND c.on_date IS NULL THEN 1 ELSE 0 END, "
                          "SUM(c.amount * c.factor * %1), SUM(c.amount * %1), SUM(%1)")
        .arg(weight);
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
    const FundingBreakdownQuery &chart = FundingBreakdowns::of(breakdown);
    QVariantList values;
    const QString measureSql = measureCondition(chart.perProject, measure, values);
    const QString lines = convertedLines(
        measureSql, ProjectCondition::of(filter, m_store.dialect()), reportingCurrency, values);
    values << chart.selectValues;
    const QString shares = chart.shares.isEmpty() ? QString() : chart.shares + QStringLiteral(", ");
    return {QStringLiteral("WITH ") + shares + lines + QLatin1Char(' ') +
                chart.select.arg(sums(chart.weight)),
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
    // By the lines' date, then currency: the dated ones (wanting a rate) first.
    QMap<QPair<bool, QString>, UnconvertedAmount> unconverted;
    QMap<QPair<bool, QString>, double> unconvertedLines;
    const bool perProject = FundingBreakdowns::of(breakdown).perProject;
    LargestBudgets largest(m_deliveryLimit);
    while (rows.next()) {
        if (!rows.isNull(6)) {
            const QString currency = rows.value(6).toString();
            const bool undated = rows.value(7).toInt() == 1;
            UnconvertedAmount &amount = unconverted[{undated, currency}];
            amount.currency = currency;
            amount.undated = undated;
            amount.hundredths += rows.value(9).toDouble();
            unconvertedLines[{undated, currency}] += rows.value(10).toDouble();
            continue;
        }
        FundingBar bar;
        bar.key = rows.value(0).toString();
        bar.label = {rows.value(1).toString(), rows.value(2).toString()};
        bar.seriesKey = rows.value(3).toString();
        bar.seriesLabel = {rows.value(4).toString(), rows.value(5).toString()};
        bar.hundredths = rows.value(8).toDouble();
        if (perProject)
            largest.add(std::move(bar));
        else
            figures.bars.append(bar);
    }
    if (perProject)
        figures.bars = largest.take(&figures.projectsLeftOut);
    // The shares of one line add up to 1, so their sum counts lines however they were split.
    for (auto it = unconverted.begin(); it != unconverted.end(); ++it) {
        it->lines = qRound(unconvertedLines.value(it.key()));
        figures.unconverted.append(*it);
    }
    return figures;
}

} // namespace sstc
