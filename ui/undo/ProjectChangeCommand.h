#pragma once

#include "models/repositories/ProjectRecord.h"

#include "ui/undo/StoreCommand.h"

#include <optional>

namespace sstc {

// One undoable change to a project: from one state to another, where an empty state means
// "no such project" (so creation and deletion are changes too). Undo writes the old state
// back, with the same ids; each write goes through ProjectChanges, audit rows included.
class ProjectChangeCommand : public StoreCommand
{
public:
    // Makes the change and puts it on the context's undo stack. Returns the project as stored
    // (empty after a deletion). Throws StoreError, with nothing written or pushed, on failure.
    static std::optional<ProjectRecord> apply(PortfolioContext &context,
                                              const std::optional<ProjectRecord> &before,
                                              const std::optional<ProjectRecord> &after,
                                              const QString &text);

private:
    ProjectChangeCommand(PortfolioContext &context, std::optional<ProjectRecord> before,
                         std::optional<ProjectRecord> after, const QString &text);
    void write(bool forward) override;
    void written(bool forward) override;

    std::optional<ProjectRecord> m_before;
    std::optional<ProjectRecord> m_after;
};

} // namespace sstc
