#include "ui/undo/ProjectChangeCommand.h"

namespace sstc {

std::optional<ProjectRecord> ProjectChangeCommand::apply(PortfolioContext &context,
                                                         const std::optional<ProjectRecord> &before,
                                                         const std::optional<ProjectRecord> &after,
                                                         const QString &text)
{
    const std::optional<ProjectRecord> stored =
        push<ProjectChangeCommand>(context, before, after, text);
    if (stored)
        context.setCurrentProject(stored->project.id);
    return stored;
}

void ProjectChangeCommand::written(bool forward)
{
    const std::optional<ProjectRecord> &now = state(forward);
    context().setCurrentProject(now ? now->project.id : 0);
}

} // namespace sstc
