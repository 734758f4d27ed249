#pragma once

#include "models/changes/AuditedChanges.h"
#include "models/repositories/ProjectRecord.h"

#include <optional>

namespace sstc {

// Every change to a project, with its funding lines, events and indicators. An empty state
// is "no such project": from nothing is a creation, to nothing a deletion.
class ProjectChanges : public AuditedChanges
{
public:
    using State = std::optional<ProjectRecord>;
    using AuditedChanges::AuditedChanges;

    // Saves `to` (a new project when its id is 0 or not stored; a stored one keeps its ids,
    // so undo of a deletion brings back the same rows), or deletes `from` when `to` is empty:
    // throws StoreError when that project does not exist.
    State apply(const State &from, const State &to);
};

} // namespace sstc
