#include "ui/funding/FundingCharts.h"

#include "models/funding/FundingBreakdowns.h"

#include <QCoreApplication>

namespace sstc {

namespace {

bool narrowToYearAndDonor(ProjectFilter &filter, const QString &year, const QString &donor)
{
    if (!donor.isEmpty())
        filter.donorIds = {donor.toLongLong()};
    if (!year.isEmpty()) {
        filter.from = QDate(year.toInt(), 1, 1);
        filter.to = QDate(year.toInt(), 12, 31);
    }
    return true;
}

bool narrowToCountry(ProjectFilter &filter, const QString &country, const QString &)
{
    if (country.isEmpty())
        return false;
    filter.countryCodes = {country};
    return true;
}

bool narrowToSdgGoal(ProjectFilter &filter, const QString &goal, const QString &)
{
    if (goal.isEmpty())
        return false;
    filter.sdgGoals = {goal.toInt()};
    return true;
}

bool narrowToTheme(ProjectFilter &filter, const QString &theme, const QString &)
{
    if (theme.isEmpty())
        return false;
    filter.themeIds = {theme.toLongLong()};
    return true;
}

QList<FundingChart> charts()
{
    using Axis = FundingChart::Axis;
    return {
        {FundingBreakdown::YearByDonor, QStringLiteral("yearDonorChart"),
         QT_TRANSLATE_NOOP("sstc::FundingView", "%1 by year and donor"), Axis::Numbered, true,
         nullptr, narrowToYearAndDonor, 0, 0, 1},
        {FundingBreakdown::Country, QStringLiteral("countryChart"),
         QT_TRANSLATE_NOOP("sstc::FundingView", "%1 by recipient country"), Axis::Ranked, false,
         nullptr, narrowToCountry, 1, 0, 1},
        {FundingBreakdown::SdgGoal, QStringLiteral("sdgChart"),
         QT_TRANSLATE_NOOP("sstc::FundingView", "%1 by SDG goal"), Axis::Numbered, false,
         QT_TRANSLATE_NOOP("sstc::FundingView", "Sustainable Development Goal"), narrowToSdgGoal, 0,
         1, 1},
        {FundingBreakdown::Theme, QStringLiteral("themeChart"),
         QT_TRANSLATE_NOOP("sstc::FundingView", "%1 by theme"), Axis::Ranked, false, nullptr,
         narrowToTheme, 1, 1, 1},
        // Wide: the projects' long titles.
        {FundingBreakdown::DeliveryByProject, QStringLiteral("deliveryChart"),
         QT_TRANSLATE_NOOP("sstc::FundingView",
                           "Delivery per project: budget, funds received and expenditure"),
         Axis::Ranked, false, nullptr, nullptr, 2, 0, 2},
    };
}

} // namespace

const QList<FundingChart> &FundingCharts::all()
{
    static const QList<FundingChart> table = charts();
    return table;
}

const FundingChart &FundingCharts::of(FundingBreakdown breakdown)
{
    const FundingChart &chart = all().at(FundingBreakdowns::indexOf(breakdown));
    Q_ASSERT(chart.breakdown == breakdown);
    return chart;
}

} // namespace sstc
