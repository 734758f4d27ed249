#pragma once

#include "models/domain/Money.h"
#include "models/domain/PartialDate.h"

namespace sstc {

// A cash transfer a project expects on a date or in a period (IATI planned-disbursement):
// unlike a budget line it is a forecast of one payment, so it is kept beside the funding
// lines rather than among them, and counts in no total.
struct PlannedDisbursement
{
    bool revised = false; // IATI BudgetType 2 (revised) rather than 1 (original)
    PartialDate periodStart;
    PartialDate periodEnd; // empty for a transfer planned on one day
    Money amount;
    PartialDate valueDate; // empty: as of the period's start
    qint64 providerOrganisationId = 0; // 0 for none named

    bool operator==(const PlannedDisbursement &other) const
    {
        return revised == other.revised && periodStart == other.periodStart &&
               periodEnd == other.periodEnd && amount == other.amount &&
               valueDate == other.valueDate &&
               providerOrganisationId == other.providerOrganisationId;
    }
};

} // namespace sstc
