#pragma once

#include "models/funding/FundingFigures.h"
#include "models/query/ProjectFilter.h"

#include <QList>
#include <QString>

namespace sstc {

// How the funding dashboard shows one breakdown; FundingBreakdowns says how it is computed,
// FundingBarNames what its bars are called.
struct FundingChart
{
    // Numbered: columns in the order of the keys as numbers (years, goals). Ranked: bars down
    // the side for long names, the largest first, only the first ones drawn.
    enum class Axis
    {
        Numbered,
        Ranked
    };
    FundingBreakdown breakdown;
    QString objectName;
    // The texts are source texts of FundingView's translation context, which translates them.
    // %1 in the title is the measure, for a chart that is not per project.
    const char *title;
    Axis axis;
    bool stacked; // the series (donors) stacked in one bar per category
    // The category axis's title, under which the keys stand as bare numbers; null: none.
    const char *categoryTitle;
    // Narrows a filter to what a bar stands for; false when it stands for nothing to narrow to.
    // Null: the bar stands for a project, which a click makes the current one.
    bool (*narrow)(ProjectFilter &filter, const QString &category, const QString &series);
    // The chart's place in the dashboard's grid.
    int row;
    int column;
    int columnSpan;
};

// The dashboard's charts, one entry each: a new chart is a new entry here and one in
// FundingBreakdowns, in the same order.
class FundingCharts
{
public:
    // In the order of FundingBreakdowns::all().
    static const QList<FundingChart> &all();
    static const FundingChart &of(FundingBreakdown breakdown);
};

} // namespace sstc
