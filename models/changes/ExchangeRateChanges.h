#pragma once

#include "models/changes/AuditedChanges.h"
#include "models/domain/FundingLine.h"

#include <QList>

namespace sstc {

// Saving the exchange-rate table (edited or imported): a rate added, removed, or changed in
// value or source.
class ExchangeRateChanges : public AuditedChanges
{
public:
    using State = QList<ExchangeRate>;
    using AuditedChanges::AuditedChanges;

    // Writes what changed from `from` (the table as the editor loaded it) to `to`, and
    // nothing else (see FundingRepository::saveRates): rates others saved meanwhile stay, and
    // a rate changed by someone else since is refused (StoreError ChangedMeanwhile), with
    // nothing written.
    State apply(const State &from, const State &to);
};

} // namespace sstc
