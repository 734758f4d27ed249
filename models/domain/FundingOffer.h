#pragma once

#include "models/domain/LocalizedText.h"
#include "models/domain/Money.h"

namespace sstc {

// Something a donor can sponsor, with its unit cost ("US$100,000 per event").
struct FundingOffer
{
    qint64 id = 0;
    LocalizedText title;
    LocalizedText description;
    LocalizedText unit;
    Money unitCost;
};

} // namespace sstc
