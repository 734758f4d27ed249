#pragma once

#include "models/funding/FundingFigures.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace sstc {

// How FundingAggregator computes one breakdown. Every breakdown selects the same columns from
// the converted lines ("converted c"): key, label (en, zh), series key, series label (en, zh),
// then the sums that `select`'s %1 stands for.
struct FundingBreakdownQuery
{
    FundingBreakdown breakdown;
    // A "shares" table splitting each project's money across its keys; empty when not split.
    QString shares;
    // The final SELECT, with %1 for the sums and `selectValues` bound to its placeholders.
    QString select;
    QVariantList selectValues;
    // The share of a line each row of the select counts.
    QString weight;
    // Per project: budget, funds received and expenditure whatever the measure, kept to the
    // projects with the largest budgets.
    bool perProject = false;
};

// The dashboard's breakdowns, one entry each: a new chart is a new entry here (and one in the
// dashboard's FundingCharts).
class FundingBreakdowns
{
public:
    // In the order the dashboard computes them; the slowest (delivery) last, so that a
    // cancelled request gives up before it.
    static const QList<FundingBreakdownQuery> &all();
    static const FundingBreakdownQuery &of(FundingBreakdown breakdown);
    // Where the breakdown stands in all().
    static int indexOf(FundingBreakdown breakdown);
};

} // namespace sstc
