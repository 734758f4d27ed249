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
    LookupListsRepository repository(m_store);
    State stored;
    audited([&] { return repository.load(); }, [&] { stored = repository.save(from, to); }, rowsOf);
    return stored;
}

} // namespace sstc
