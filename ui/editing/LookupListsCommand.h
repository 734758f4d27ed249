#pragma once

#include "editing/LookupLists.h"

#include <QUndoCommand>

namespace sstc {

class PortfolioContext;

// An undoable save of the lookup lists: undo writes the lists back as they were.
class LookupListsCommand : public QUndoCommand
{
public:
    // Saves `after` and puts the change on the undo stack; throws StoreError, with nothing
    // written or pushed, on failure.
    static void apply(PortfolioContext &context, const LookupLists &before,
                      const LookupLists &after);

    void undo() override;
    void redo() override;

private:
    LookupListsCommand(PortfolioContext &context, LookupLists before, LookupLists after);
    void write(const LookupLists &lists);

    PortfolioContext &m_context;
    LookupLists m_before;
    LookupLists m_after;
    bool m_skipFirstRedo = true;
};

} // namespace sstc
