#pragma once

#include "models/changes/ExchangeRateChanges.h"
#include "ui/undo/ChangeCommand.h"

namespace sstc {

// An undoable save of the exchange-rate table: undo puts back the rates it
// changed, added or removed, and leaves the others alone.
class ExchangeRatesCommand : public ChangeCommand<ExchangeRateChanges>
{
public:
    // Saves `after` in one transaction and puts the change on the undo stack; throws
    // StoreError, with nothing written or pushed, on failure.
    static void apply(PortfolioContext &context, const QList<ExchangeRate> &before,
                      const QList<ExchangeRate> &after);

private:
    using ChangeCommand::ChangeCommand;
};

} // namespace sstc
