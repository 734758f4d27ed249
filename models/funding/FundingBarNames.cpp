#include "models/funding/FundingBarNames.h"

namespace sstc {

QString FundingBarNames::category(FundingBreakdown breakdown, const FundingBar &bar,
                                  Language language)
{
    switch (breakdown) {
    case FundingBreakdown::YearByDonor:
        return bar.key.isEmpty() ? tr("Undated") : bar.key;
    case FundingBreakdown::Country:
        return bar.key.isEmpty() ? tr("No recipient country") : bar.label.preferring(language);
    case FundingBreakdown::SdgGoal:
        return bar.key.isEmpty() ? tr("No SDG goal") : tr("SDG %1").arg(bar.key);
    case FundingBreakdown::Theme:
        return bar.key.isEmpty() ? tr("No theme") : bar.label.preferring(language);
    case FundingBreakdown::DeliveryByProject:
        return bar.label.preferring(language);
    }
    return bar.key;
}

QString FundingBarNames::donor(const FundingBar &bar, Language language)
{
    return bar.seriesKey.isEmpty() ? tr("Donor not recorded")
                                   : bar.seriesLabel.preferring(language);
}

} // namespace sstc
