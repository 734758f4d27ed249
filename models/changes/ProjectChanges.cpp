#include "models/changes/ProjectChanges.h"

#include "models/store/PortfolioStore.h"
#include "models/store/StoreError.h"
#include "models/store/WriteTransaction.h"

namespace sstc {

ProjectChanges::State ProjectChanges::apply(const State &from, const State &to)
{
    if (!from && !to)
        return std::nullopt;
    WriteTransaction transaction(m_store);
    ProjectRecordRepository records(m_store);
    const qint64 storedId = to ? to->project.id : from->project.id;
    const State before = storedId ? records.load(storedId) : std::nullopt;
    State after;
    if (to) {
        after = records.load(records.save(*to));
    } else {
        if (!before)
            throw StoreError(StoreError::Kind::InvalidData, m_store.path(),
                             QStringLiteral("project %1 does not exist").arg(storedId));
        records.remove(storedId);
    }
    AuditLog(m_store).recordProject(before, after, m_actor);
    transaction.commit();
    return after;
}

} // namespace sstc
