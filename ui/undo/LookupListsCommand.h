#pragma once

#include "models/repositories/LookupListsRepository.h"
#include "ui/undo/StoreCommand.h"

namespace sstc {

// An undoable save of the lookup lists: undo writes the lists back as they were.
class LookupListsCommand : public StoreCommand
{
public:
    // Saves `after` and puts the change on the undo stack; throws StoreError, with nothing
    // written or pushed, on failure.
    static void apply(PortfolioContext &context, const LookupLists &before,
                      const LookupLists &after);

private:
    LookupListsCommand(PortfolioContext &context, LookupLists before, LookupLists after);
    void write(bool forward) override;

    LookupLists m_before;
    LookupLists m_after;
};

} // namespace sstc
