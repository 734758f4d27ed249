#include "models/changes/OfferCatalogueChanges.h"

#include "models/offers/OfferCatalogue.h"

namespace sstc {

OfferCatalogueChanges::State OfferCatalogueChanges::apply(const State &from, const State &to)
{
    Q_UNUSED(from)
    OfferCatalogue catalogue(m_store);
    return audited([&] { return catalogue.load(); }, [&] { catalogue.save(to); },
                   AuditRows::ofAll<FundingOffer>);
}

} // namespace sstc
