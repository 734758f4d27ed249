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

    // Makes the stored table equal to `to`; `from` is not needed, the table being written
    // whole.
    State apply(const State &from, const State &to);
};

} // namespace sstc
