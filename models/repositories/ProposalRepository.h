#pragma once

#include "models/domain/Proposal.h"
#include "models/domain/ValidationProblem.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace sstc {

class PortfolioStore;

// The proposals put to donors, each with its lines.
class ProposalRepository
{
    Q_DECLARE_TR_FUNCTIONS(sstc::ProposalRepository)

public:
    explicit ProposalRepository(PortfolioStore &store)
        : m_store(store)
    {}

    // At least one line; quantities above zero; costs of zero or more in an ISO 4217
    // currency; a title in at least one language on every line. Field keys: "lines",
    // "lines/1/quantity", "lines/0/unitCost", "lines/2/currency", "lines/0/title".
    static ValidationProblems problems(const Proposal &proposal);

    // Writes the proposal and its lines in one transaction: updated when its id is stored,
    // inserted otherwise (keeping a set id, for undo). Returns the id. Throws StoreError,
    // with nothing changed, when the proposal has problems or the write fails. Not audited
    // (nor remove()): ProposalChanges records the change with it.
    qint64 save(const Proposal &proposal);
    void remove(qint64 id);
    std::optional<Proposal> find(qint64 id);
    // Newest first: by date (undated last), then by id.
    QList<Proposal> all();

private:
    QList<ProposalLine> linesOf(qint64 proposalId);

    PortfolioStore &m_store;
};

} // namespace sstc
