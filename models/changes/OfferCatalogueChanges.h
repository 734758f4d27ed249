#pragma once

#include "models/changes/AuditedChanges.h"
#include "models/domain/FundingOffer.h"

#include <QList>

namespace sstc {

// Saving the catalogue of funding offers: each offer added, removed or changed is recorded.
class OfferCatalogueChanges : public AuditedChanges
{
public:
    using State = QList<FundingOffer>;
    using AuditedChanges::AuditedChanges;

    // Makes the stored catalogue equal to `to` (see OfferCatalogue::save); `from` is not
    // needed, the catalogue being written whole. Throws StoreError, with nothing changed,
    // when `to` has problems.
    State apply(const State &from, const State &to);
};

} // namespace sstc
