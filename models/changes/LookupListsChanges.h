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

    // Makes the stored lists equal to `to` (see LookupListsRepository::save); `from` is not
    // needed, the lists being written whole. Throws StoreError, with nothing changed, when
    // `to` has problems or removes a row still in use.
    State apply(const State &from, const State &to);
};

} // namespace sstc
