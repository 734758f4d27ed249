#pragma once

#include "models/changes/ProposalChanges.h"
#include "ui/undo/ChangeCommand.h"

namespace sstc {

// An undoable save or removal of one proposal. Each side is the proposal as it was or as it
// becomes, or nothing (before it was created, after it was removed).
class ProposalCommand : public ChangeCommand<ProposalChanges>
{
public:
    // Saves the proposal (new when its id is 0) and pushes the change; returns its id.
    // Throws StoreError, with nothing written or pushed, on failure.
    static qint64 save(PortfolioContext &context, const Proposal &proposal);
    static void remove(PortfolioContext &context, qint64 id);

private:
    using ChangeCommand::ChangeCommand;
};

} // namespace sstc
