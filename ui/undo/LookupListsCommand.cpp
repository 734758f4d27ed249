#include "ui/undo/LookupListsCommand.h"

#include "models/audit/AuditLog.h"
#include "ui/shell/PortfolioContext.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace sstc {

LookupListsCommand::LookupListsCommand(PortfolioContext &context, LookupLists before,
                                       LookupLists after)
    : StoreCommand(context, QCoreApplication::translate("sstc::LookupListsCommand",
                                                        "Edit organisations, countries and themes"))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void LookupListsCommand::apply(PortfolioContext &context, const LookupLists &before,
                               const LookupLists &after)
{
    if (!context.store())
        return;
    LookupListsRepository(*context.store()).save(after, AuditLog::userName());
    // Read back, so that undo and redo put back the ids the new rows were given.
    const LookupLists stored = LookupListsRepository(*context.store()).load();
    context.undoStack()->push(new LookupListsCommand(context, before, stored));
    context.notifyDataChanged();
}

void LookupListsCommand::write(bool forward)
{
    LookupListsRepository(*context().store())
        .save(forward ? m_after : m_before, AuditLog::userName());
}

} // namespace sstc
