#pragma once

#include "models/changes/LookupListsChanges.h"
#include "ui/undo/ChangeCommand.h"

namespace sstc {

// An undoable save of the lookup lists: undo puts back the rows it
// changed, added or removed, and leaves the others alone.
class LookupListsCommand : public ChangeCommand<LookupListsChanges>
{
public:
    // Saves `after` and puts the change on the undo stack; throws StoreError, with nothing
    // written or pushed, on failure.
    static void apply(PortfolioContext &context, const LookupLists &before,
                      const LookupLists &after);

private:
    using ChangeCommand::ChangeCommand;
};

} // namespace sstc
