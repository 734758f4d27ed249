#include "ui/undo/StoreCommand.h"

#include "models/store/StoreError.h"
#include "ui/shell/PortfolioContext.h"

namespace sstc {

StoreCommand::StoreCommand(PortfolioContext &context, const QString &text)
    : QUndoCommand(text)
    , m_context(context)
{}

void StoreCommand::undo()
{
    attempt(false);
}

void StoreCommand::redo()
{
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    attempt(true);
}

void StoreCommand::attempt(bool forward)
{
    if (!m_context.store())
        return;
    try {
        write(forward);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_context.reportError(error.message());
        return;
    }
    m_context.notifyDataChanged();
    written(forward);
}

} // namespace sstc
