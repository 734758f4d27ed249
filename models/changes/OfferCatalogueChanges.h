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

    // Writes what changed from `from` (the catalogue as the dialog loaded it) to `to`, and
    // nothing else (see OfferCatalogue::save): offers others saved meanwhile stay. Throws
    // StoreError, with nothing changed, when `to` has problems or changes an offer someone
    // else changed since (ChangedMeanwhile).
    State apply(const State &from, const State &to);
};

} // namespace sstc
