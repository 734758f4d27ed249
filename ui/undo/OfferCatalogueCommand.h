#pragma once

#include "models/changes/OfferCatalogueChanges.h"
#include "ui/undo/ChangeCommand.h"

namespace sstc {

// An undoable save of the catalogue of funding offers: undo puts
// back the offers it changed, added or removed, and leaves the others alone.
class OfferCatalogueCommand : public ChangeCommand<OfferCatalogueChanges>
{
public:
    // Saves `after` and puts the change on the undo stack; throws StoreError, with nothing
    // written or pushed, on failure.
    static void apply(PortfolioContext &context, const QList<FundingOffer> &before,
                      const QList<FundingOffer> &after);

private:
    using ChangeCommand::ChangeCommand;
};

} // namespace sstc
