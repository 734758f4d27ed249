#pragma once

#include "models/funding/FundingFigures.h"
#include "models/query/ProjectFilter.h"

namespace sstc {

class PortfolioStore;

// The funding dashboard's figures, each computed by one grouped SQL query over the
// funding lines of the projects the filter selects, converted to a reporting currency.
//
// Conversion: by CurrencyConversion's rule, in SQL. A line that cannot be converted is
// reported in FundingFigures::unconverted, never counted as zero.
//
// Splits: a line of a project with several recipient countries is split by their
// percentages (normalised to add up to 100; equally when any is missing); across SDG
// goals and themes equally. A project without countries, goals or themes goes to an
// "unspecified" bar (empty key). So every chart adds up to the same total.
class FundingAggregator
{
public:
    explicit FundingAggregator(PortfolioStore &store)
        : m_store(store)
    {}

    // The exact statement figures() runs, for the benchmark and for tests.
    FundingQuery query(FundingBreakdown breakdown, FundingMeasure measure,
                       const ProjectFilter &filter, const QString &reportingCurrency) const;
    FundingFigures figures(FundingBreakdown breakdown, FundingMeasure measure,
                           const ProjectFilter &filter, const QString &reportingCurrency);

    // Shorthands, one per chart.
    FundingFigures byYearAndDonor(FundingMeasure measure, const ProjectFilter &filter,
                                  const QString &currency)
    {
        return figures(FundingBreakdown::YearByDonor, measure, filter, currency);
    }
    FundingFigures byCountry(FundingMeasure measure, const ProjectFilter &filter,
                             const QString &currency)
    {
        return figures(FundingBreakdown::Country, measure, filter, currency);
    }
    FundingFigures bySdgGoal(FundingMeasure measure, const ProjectFilter &filter,
                             const QString &currency)
    {
        return figures(FundingBreakdown::SdgGoal, measure, filter, currency);
    }
    FundingFigures byTheme(FundingMeasure measure, const ProjectFilter &filter,
                           const QString &currency)
    {
        return figures(FundingBreakdown::Theme, measure, filter, currency);
    }
    // Per project: series "budget", "incoming_funds" and "expenditure" (the measure is
    // ignored); the delivery rate is DeliveryRate's.
    FundingFigures deliveryByProject(const ProjectFilter &filter, const QString &currency)
    {
        return figures(FundingBreakdown::DeliveryByProject, FundingMeasure::Budget, filter,
                       currency);
    }

    // Delivery per project keeps this many projects, those with the largest budgets: a large
    // portfolio would otherwise hold a figure per project and series (300,000 at 100,000
    // projects) for a chart that draws twenty.
    static constexpr int defaultDeliveryLimit = 500;
    void setDeliveryLimit(int projects) { m_deliveryLimit = projects; }

private:
    PortfolioStore &m_store;
    int m_deliveryLimit = defaultDeliveryLimit;
};

} // namespace sstc
