#include "models/changes/ProposalChanges.h"

#include "models/repositories/ProposalRepository.h"

namespace sstc {

ProposalChanges::State ProposalChanges::apply(const State &from, const State &to)
{
    ProposalRepository repository(m_store);
    qint64 id = to ? to->id : (from ? from->id : 0);
    return audited([&] { return id != 0 ? repository.find(id) : std::nullopt; },
                   [&] {
                       if (to)
                           id = repository.save(*to);
                       else
                           repository.remove(id);
                   },
                   [this](const State &proposal) { return rowsNamingOrganisations(proposal); });
}

} // namespace sstc
