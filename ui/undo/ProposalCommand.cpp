#include "ui/undo/ProposalCommand.h"

#include "models/repositories/ProposalRepository.h"

#include <QCoreApplication>

namespace sstc {

qint64 ProposalCommand::save(PortfolioContext &context, const Proposal &proposal)
{
    if (!context.store())
        return 0;
    const std::optional<Proposal> before =
        proposal.id != 0 ? ProposalRepository(*context.store()).find(proposal.id) : std::nullopt;
    const QString text = before
                             ? QCoreApplication::translate("sstc::ProposalCommand", "Edit proposal")
                             : QCoreApplication::translate("sstc::ProposalCommand", "Add proposal");
    const std::optional<Proposal> stored = push<ProposalCommand>(context, before, proposal, text);
    return stored ? stored->id : 0;
}

void ProposalCommand::remove(PortfolioContext &context, qint64 id)
{
    if (!context.store())
        return;
    const std::optional<Proposal> before = ProposalRepository(*context.store()).find(id);
    if (!before)
        return;
    push<ProposalCommand>(context, before, std::nullopt,
                          QCoreApplication::translate("sstc::ProposalCommand", "Remove proposal"));
}

} // namespace sstc
