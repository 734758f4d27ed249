#include "models/changes/LookupListsChanges.h"

namespace sstc {

namespace {
QList<AuditedRow> rowsOf(const LookupLists &lists)
{
    return AuditRows::ofAll(lists.organisations) + AuditRows::ofAll(lists.countries) +
           AuditRows::ofAll(lists.themes);
}
} // namespace

LookupListsChanges::State LookupListsChanges::apply(const State &from, const State &to)
{
    Q_UNUSED(from)
    LookupListsRepository repository(m_store);
    return audited([&] { return repository.load(); }, [&] { repository.save(to); }, rowsOf);
}

} // namespace sstc
