#include "LookupListsCommand.h"

#include "shell/PortfolioContext.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace sstc {

LookupListsCommand::LookupListsCommand(PortfolioContext &context, LookupLists before,
                                       LookupLists after)
    : QUndoCommand(QCoreApplication::translate("sstc::LookupListsCommand",
                                               "Edit organisations, countries and themes"))
    , m_context(context)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void LookupListsCommand::apply(PortfolioContext &context, const LookupLists &before,
                               const LookupLists &after)
{
    if (!context.store())
        return;
    LookupListsRepository(*context.store()).save(after);
    // Read back, so that undo and redo put back the ids the new rows were given.
    const LookupLists stored = LookupListsRepository(*context.store()).load();
    context.undoStack()->push(new LookupListsCommand(context, before, stored));
    context.notifyDataChanged();
}

void LookupListsCommand::undo()
{
    write(m_before);
}

void LookupListsCommand::redo()
{
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    write(m_after);
}

void LookupListsCommand::write(const LookupLists &lists)
{
    if (!m_context.store())
        return;
    try {
        LookupListsRepository(*m_context.store()).save(lists);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_context.reportError(error.message());
        return;
    }
    m_context.notifyDataChanged();
}

} // namespace sstc
