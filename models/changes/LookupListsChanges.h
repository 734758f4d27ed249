#pragma once

#include "models/changes/AuditedChanges.h"
#include "models/repositories/LookupListsRepository.h"

namespace sstc {

// Saving the lookup lists (organisations, countries, themes): each row added, removed or
// changed is recorded.
class LookupListsChanges : public AuditedChanges
{
public:
    using State = LookupLists;
    using AuditedChanges::AuditedChanges;

    // Writes what changed from `from` (the lists as the dialog loaded them) to `to`, and
    // nothing else (see LookupListsRepository::save): rows others saved meanwhile stay.
    // Throws StoreError, with nothing changed, when `to` has problems, removes a row still in
    // use, or changes a row someone else changed since (ChangedMeanwhile).
    State apply(const State &from, const State &to);
};

} // namespace sstc
