#pragma once

#include "models/domain/Proposal.h"
#include "ui/undo/StoreCommand.h"

#include <optional>

namespace sstc {

// An undoable save or removal of one proposal. Each side is the proposal as it was or as it
// becomes, or nothing (before it was created, after it was removed).
class ProposalCommand : public StoreCommand
{
public:
    // Saves the proposal (new when its id is 0) and pushes the change; returns its id.
    // Throws StoreError, with nothing written or pushed, on failure.
    static qint64 save(PortfolioContext &context, const Proposal &proposal);
    static void remove(PortfolioContext &context, qint64 id);

private:
    ProposalCommand(PortfolioContext &context, const QString &text, std::optional<Proposal> before,
                    std::optional<Proposal> after);
    void write(bool forward) override;

    std::optional<Proposal> m_before;
    std::optional<Proposal> m_after;
};

} // namespace sstc
