#include "models/changes/OfferCatalogueChanges.h"

#include "models/offers/OfferCatalogue.h"

namespace sstc {

OfferCatalogueChanges::State OfferCatalogueChanges::apply(const State &from, const State &to)
{
    OfferCatalogue catalogue(m_store);
    State stored;
    audited([&] { return catalogue.load(); }, [&] { stored = catalogue.save(from, to); },
            AuditRows::ofAll<FundingOffer>);
    return stored;
}

} // namespace sstc
