#pragma once

#include "models/funding/FundingBreakdowns.h"
#include "models/funding/FundingFigures.h"
#include "models/query/ProjectFilter.h"

#include <QList>
#include <QString>

namespace sstc {

// What the funding dashboard asks for: the projects, the kind of amounts and the currency.
struct FundingRequest
{
    ProjectFilter filter;
    FundingMeasure measure = FundingMeasure::Budget;
    QString reportingCurrency;
};

// The figures of every chart of the dashboard for one request, in FundingBreakdowns order.
// A plain value: computed on one thread, shown on another.
struct FundingDashboardFigures
{
    QList<FundingFigures> charts;

    // Empty figures in the reporting currency when the chart was not computed.
    FundingFigures of(FundingBreakdown breakdown, const QString &reportingCurrency = {}) const
    {
        if (const int index = FundingBreakdowns::indexOf(breakdown); index < charts.size())
            return charts.at(index);
        FundingFigures none;
        none.reportingCurrency = reportingCurrency;
        return none;
    }
};

} // namespace sstc
