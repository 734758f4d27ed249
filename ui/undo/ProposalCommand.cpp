#include "ui/undo/ProposalCommand.h"

#include "models/repositories/ProposalRepository.h"
#include "ui/shell/PortfolioContext.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace sstc {

ProposalCommand::ProposalCommand(PortfolioContext &context, const QString &text,
                                 std::optional<Proposal> before, std::optional<Proposal> after)
    : StoreCommand(context, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

qint64 ProposalCommand::save(PortfolioContext &context, const Proposal &proposal)
{
    if (!context.store())
        return 0;
    ProposalRepository repository(*context.store());
    const std::optional<Proposal> before =
        proposal.id != 0 ? repository.find(proposal.id) : std::nullopt;
    const qint64 id = repository.save(proposal);
    const QString text = before
                             ? QCoreApplication::translate("sstc::ProposalCommand", "Edit proposal")
                             : QCoreApplication::translate("sstc::ProposalCommand", "Add proposal");
    context.undoStack()->push(new ProposalCommand(context, text, before, repository.find(id)));
    context.notifyDataChanged();
    return id;
}

void ProposalCommand::remove(PortfolioContext &context, qint64 id)
{
    if (!context.store())
        return;
    ProposalRepository repository(*context.store());
    const std::optional<Proposal> before = repository.find(id);
    if (!before)
        return;
    repository.remove(id);
    context.undoStack()->push(new ProposalCommand(
        context, QCoreApplication::translate("sstc::ProposalCommand", "Remove proposal"), before,
        std::nullopt));
    context.notifyDataChanged();
}

void ProposalCommand::write(bool forward)
{
    const std::optional<Proposal> &target = forward ? m_after : m_before;
    const std::optional<Proposal> &other = forward ? m_before : m_after;
    ProposalRepository repository(*context().store());
    if (target)
        repository.save(*target); // keeps its id, so a removed proposal comes back as itself
    else if (other)
        repository.remove(other->id);
}

} // namespace sstc
