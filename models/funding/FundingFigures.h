#pragma once

#include "models/domain/FundingLine.h"
#include "models/domain/LocalizedText.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace sstc {

// Which funding lines a chart adds up. Budget is the revised budget of a project when it
// has one, else its original budget, so that a revision never counts twice.
enum class FundingMeasure
{
    Budget,
    Commitment,
    IncomingFunds,
    Disbursement,
    Expenditure,
    Pledge
};

// Every measure, in the order a user is offered them.
inline constexpr FundingMeasure fundingMeasures[] = {
    FundingMeasure::Budget,       FundingMeasure::Commitment,  FundingMeasure::IncomingFunds,
    FundingMeasure::Disbursement, FundingMeasure::Expenditure, FundingMeasure::Pledge};

// The measures' codes on the command line and in files, after the funding line kinds'.
inline constexpr CodeEntry<FundingMeasure> fundingMeasureCodes[] = {
    {FundingMeasure::Budget, "budget"},
    {FundingMeasure::Commitment, "commitment"},
    {FundingMeasure::IncomingFunds, "incoming_funds"},
    {FundingMeasure::Disbursement, "disbursement"},
    {FundingMeasure::Expenditure, "expenditure"},
    {FundingMeasure::Pledge, "pledge"},
};

// The one kind of funding line a measure adds up; empty for Budget, which is a rule over two.
inline std::optional<FundingKind> fundingKindOf(FundingMeasure measure)
{
    switch (measure) {
    case FundingMeasure::Budget:
        return std::nullopt;
    case FundingMeasure::Commitment:
        return FundingKind::Commitment;
    case FundingMeasure::IncomingFunds:
        return FundingKind::IncomingFunds;
    case FundingMeasure::Disbursement:
        return FundingKind::Disbursement;
    case FundingMeasure::Expenditure:
        return FundingKind::Expenditure;
    case FundingMeasure::Pledge:
        return FundingKind::Pledge;
    }
    return std::nullopt;
}

// The charts of the funding dashboard, one aggregation each.
enum class FundingBreakdown
{
    YearByDonor,       // key: year ("" when undated), series: providing organisation id
    Country,           // key: ISO country code ("" when the project names none)
    SdgGoal,           // key: goal number ("" when none)
    Theme,             // key: theme id ("" when none)
    DeliveryByProject, // key: project id, series: budget / incoming / expenditure
};

// One SQL statement with its bound values: what the aggregator runs, and what the
// benchmark runs in the sqlite3 shell to compare.
struct FundingQuery
{
    QString sql;
    QVariantList values;
};

// One bar (or one segment of a stacked bar): an amount converted to the reporting
// currency, in hundredths. A line split across countries, goals or themes contributes
// its share to each, so the bars of a chart add up to the lines' total.
struct FundingBar
{
    QString key;
    LocalizedText label;
    QString seriesKey;
    LocalizedText seriesLabel;
    double hundredths = 0;
};

// Amounts of one currency that could not be converted: no rate in force on their value
// date (or no value date at all). They are left out of the bars and listed instead.
struct UnconvertedAmount
{
    QString currency;
    double hundredths = 0;
    int lines = 0;
    // The lines have neither a value date nor a period: no rate can apply, whatever rates
    // are entered. Otherwise no rate was in force on their value date.
    bool undated = false;
};

struct FundingFigures
{
    QString reportingCurrency;
    QList<FundingBar> bars;
    QList<UnconvertedAmount> unconverted;
    // Delivery per project keeps the projects with the largest budgets; how many it left out.
    int projectsLeftOut = 0;

    double totalHundredths() const
    {
        double total = 0;
        for (const FundingBar &bar : bars)
            total += bar.hundredths;
        return total;
    }
};

} // namespace sstc
