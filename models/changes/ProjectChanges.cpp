#include "models/changes/ProjectChanges.h"

#include "models/audit/AuditLog.h"
#include "models/store/PortfolioStore.h"
#include "models/store/StoreError.h"
#include "models/store/WriteTransaction.h"

namespace sstc {

ProjectRecord ProjectChanges::save(const ProjectRecord &record)
{
    WriteTransaction transaction(m_store);
    ProjectRecordRepository records(m_store);
    const std::optional<ProjectRecord> before =
        record.project.id ? records.load(record.project.id) : std::nullopt;
    const qint64 id = records.save(record);
    const std::optional<ProjectRecord> after = records.load(id);
    AuditLog(m_store).recordProject(before, after, m_userName);
    transaction.commit();
    return *after;
}

ProjectRecord ProjectChanges::remove(qint64 projectId)
{
    WriteTransaction transaction(m_store);
    ProjectRecordRepository records(m_store);
    const std::optional<ProjectRecord> before = records.load(projectId);
    if (!before)
        throw StoreError(StoreError::Kind::InvalidData, m_store.path(),
                         QStringLiteral("project %1 does not exist").arg(projectId));
    records.remove(projectId);
    AuditLog(m_store).recordProject(before, std::nullopt, m_userName);
    transaction.commit();
    return *before;
}

} // namespace sstc
