#pragma once

#include "models/changes/ProjectChanges.h"
#include "ui/undo/ChangeCommand.h"

namespace sstc {

// One undoable change to a project: from one state to another, where an empty state means
// "no such project" (so creation and deletion are changes too). Undo writes the old state
// back, with the same ids, and makes the project the current one again.
class ProjectChangeCommand : public ChangeCommand<ProjectChanges>
{
public:
    // Makes the change and puts it on the context's undo stack. Returns the project as stored
    // (empty after a deletion). Throws StoreError, with nothing written or pushed, on failure.
    static std::optional<ProjectRecord> apply(PortfolioContext &context,
                                              const std::optional<ProjectRecord> &before,
                                              const std::optional<ProjectRecord> &after,
                                              const QString &text);

private:
    using ChangeCommand::ChangeCommand;
    void written(bool forward) override;
};

} // namespace sstc
