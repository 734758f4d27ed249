#pragma once

#include <QUndoCommand>

namespace sstc {

class PortfolioContext;

// An undoable change to the open portfolio, pushed after it has been written: the first
// redo does nothing, later ones write the new state again and undo writes the old one. A
// failed write (the file locked by a colleague, say) leaves the data as it was, says why,
// and drops the command, as the stack no longer matches the data.
class StoreCommand : public QUndoCommand
{
public:
    void undo() final;
    void redo() final;

protected:
    StoreCommand(PortfolioContext &context, const QString &text);
    // Writes the state after the change (forward) or before it; throws StoreError.
    virtual void write(bool forward) = 0;
    // Called after a successful write and the views' refresh.
    virtual void written(bool forward) { Q_UNUSED(forward) }
    PortfolioContext &context() const { return m_context; }

private:
    void attempt(bool forward);

    PortfolioContext &m_context;
    bool m_skipFirstRedo = true;
};

} // namespace sstc
