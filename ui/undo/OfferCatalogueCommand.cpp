#include "ui/undo/OfferCatalogueCommand.h"

#include "models/audit/AuditLog.h"
#include "models/offers/OfferCatalogue.h"
#include "ui/shell/PortfolioContext.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace sstc {

OfferCatalogueCommand::OfferCatalogueCommand(PortfolioContext &context, QList<FundingOffer> before,
                                             QList<FundingOffer> after)
    : StoreCommand(context, QCoreApplication::translate("sstc::OfferCatalogueCommand",
                                                        "Edit funding offers"))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void OfferCatalogueCommand::apply(PortfolioContext &context, const QList<FundingOffer> &before,
                                  const QList<FundingOffer> &after)
{
    if (!context.store())
        return;
    OfferCatalogue(*context.store()).save(after, AuditLog::userName());
    // Read back, so that undo and redo put back the ids the new offers were given.
    const QList<FundingOffer> stored = OfferCatalogue(*context.store()).load();
    context.undoStack()->push(new OfferCatalogueCommand(context, before, stored));
    context.notifyDataChanged();
}

void OfferCatalogueCommand::write(bool forward)
{
    OfferCatalogue(*context().store()).save(forward ? m_after : m_before, AuditLog::userName());
}

} // namespace sstc
