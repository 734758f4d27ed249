#include "ui/undo/OfferCatalogueCommand.h"

#include <QCoreApplication>

namespace sstc {

void OfferCatalogueCommand::apply(PortfolioContext &context, const QList<FundingOffer> &before,
                                  const QList<FundingOffer> &after)
{
    push<OfferCatalogueCommand>(
        context, before, after,
        QCoreApplication::translate("sstc::OfferCatalogueCommand", "Edit funding offers"));
}

} // namespace sstc
