#include "ui/undo/ProjectChangeCommand.h"

#include "models/audit/AuditLog.h"
#include "models/changes/ProjectChanges.h"
#include "ui/shell/PortfolioContext.h"

#include <QUndoStack>

namespace sstc {

namespace {

// Writes `to` over `from`; returns the state as stored.
std::optional<ProjectRecord> change(PortfolioStore &store, const std::optional<ProjectRecord> &from,
                                    const std::optional<ProjectRecord> &to)
{
    ProjectChanges changes(store, AuditLog::userName());
    if (to)
        return changes.save(*to);
    if (from)
        changes.remove(from->project.id);
    return std::nullopt;
}

} // namespace

ProjectChangeCommand::ProjectChangeCommand(PortfolioContext &context,
                                           std::optional<ProjectRecord> before,
                                           std::optional<ProjectRecord> after, const QString &text)
    : StoreCommand(context, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

std::optional<ProjectRecord> ProjectChangeCommand::apply(PortfolioContext &context,
                                                         const std::optional<ProjectRecord> &before,
                                                         const std::optional<ProjectRecord> &after,
                                                         const QString &text)
{
    if (!context.store())
        return std::nullopt;
    const std::optional<ProjectRecord> stored = change(*context.store(), before, after);
    context.undoStack()->push(new ProjectChangeCommand(context, before, stored, text));
    context.notifyDataChanged();
    if (stored)
        context.setCurrentProject(stored->project.id);
    return stored;
}

void ProjectChangeCommand::write(bool forward)
{
    change(*context().store(), forward ? m_before : m_after, forward ? m_after : m_before);
}

void ProjectChangeCommand::written(bool forward)
{
    const std::optional<ProjectRecord> &now = forward ? m_after : m_before;
    context().setCurrentProject(now ? now->project.id : 0);
}

} // namespace sstc
