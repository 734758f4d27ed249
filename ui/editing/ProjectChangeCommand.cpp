#include "ProjectChangeCommand.h"

#include "editing/AuditLog.h"
#include "editing/ProjectChanges.h"
#include "shell/PortfolioContext.h"
#include "store/StoreError.h"

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
    : QUndoCommand(text)
    , m_context(context)
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

void ProjectChangeCommand::undo()
{
    write(m_after, m_before);
}

void ProjectChangeCommand::redo()
{
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    write(m_before, m_after);
}

// A failed undo or redo (the file locked by a colleague, say) leaves the data as it was and
// says why; the command is dropped, as the stack no longer matches the data.
void ProjectChangeCommand::write(const std::optional<ProjectRecord> &from,
                                 const std::optional<ProjectRecord> &to)
{
    if (!m_context.store())
        return;
    try {
        change(*m_context.store(), from, to);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_context.reportError(error.message());
        return;
    }
    m_context.notifyDataChanged();
    m_context.setCurrentProject(to ? to->project.id : 0);
}

} // namespace sstc
