#pragma once

#include "models/changes/AuditedChanges.h"
#include "models/domain/Proposal.h"

#include <optional>

namespace sstc {

// Every change to a proposal and its lines. An empty state is "no such proposal".
class ProposalChanges : public AuditedChanges
{
public:
    using State = std::optional<Proposal>;
    using AuditedChanges::AuditedChanges;

    // Saves `to` (see ProposalRepository::save: a set id is kept, so a removed proposal
    // comes back as itself), or removes `from` when `to` is empty. Throws StoreError, with
    // nothing changed, when `to` has problems.
    State apply(const State &from, const State &to);
};

} // namespace sstc
