#include "models/changes/AgreementChanges.h"

#include "models/repositories/AgreementRepository.h"

namespace sstc {

AgreementChanges::State AgreementChanges::apply(const State &from, const State &to)
{
    AgreementRepository repository(m_store);
    qint64 id = to ? to->id : (from ? from->id : 0);
    return audited([&] { return id != 0 ? repository.find(id) : std::nullopt; },
                   [&] {
                       if (!to)
                           repository.remove(id);
                       else if (id != 0 && repository.find(id))
                           repository.update(*to);
                       else
                           id = repository.insert(*to);
                   },
                   [this](const State &agreement) { return rowsNamingOrganisations(agreement); });
}

} // namespace sstc
