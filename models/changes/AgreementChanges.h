#pragma once

#include "models/changes/AuditedChanges.h"
#include "models/domain/Agreement.h"

#include <optional>

namespace sstc {

// Every change to an agreement and its parties. An empty state is "no such agreement".
class AgreementChanges : public AuditedChanges
{
public:
    using State = std::optional<Agreement>;
    using AuditedChanges::AuditedChanges;

    // Updates `to` when its id is stored, else inserts it (keeping a non-zero id, as undo of
    // a removal needs); removes `from` when `to` is empty.
    State apply(const State &from, const State &to);
};

} // namespace sstc
