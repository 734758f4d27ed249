#pragma once

#include "models/domain/FundingOffer.h"
#include "ui/undo/StoreCommand.h"

#include <QList>

namespace sstc {

// An undoable save of the catalogue of funding offers: undo writes it back as it was.
class OfferCatalogueCommand : public StoreCommand
{
public:
    // Saves `after` and puts the change on the undo stack; throws StoreError, with nothing
    // written or pushed, on failure.
    static void apply(PortfolioContext &context, const QList<FundingOffer> &before,
                      const QList<FundingOffer> &after);

private:
    OfferCatalogueCommand(PortfolioContext &context, QList<FundingOffer> before,
                          QList<FundingOffer> after);
    void write(bool forward) override;

    QList<FundingOffer> m_before;
    QList<FundingOffer> m_after;
};

} // namespace sstc
