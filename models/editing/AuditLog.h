#pragma once

#include "repositories/ProjectRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sstc {

class PortfolioStore;

// One changed field: who changed what, when, from which value to which.
struct AuditEntry
{
    QDateTime changedAt; // UTC
    QString userName;
    QString entity; // "project", "funding_line", "event", "indicator"
    qint64 entityId = 0;
    qint64 projectId = 0;
    QString action; // "create", "update", "delete"
    QString field;  // the column name, e.g. "title_zh"
    QString oldValue;
    QString newValue;
};

// The audit trail: every change to a project and its funding lines, events and indicators,
// field by field. Written inside the caller's transaction, so a change and its record are
// kept or lost together.
class AuditLog
{
public:
    explicit AuditLog(PortfolioStore &store)
        : m_store(store)
    {}

    // Records what differs between two states of a project; `before` is empty for a new
    // project and `after` for a deleted one. Children are matched by id.
    void recordProject(const std::optional<ProjectRecord> &before,
                       const std::optional<ProjectRecord> &after, const QString &userName);
    QList<AuditEntry> ofProject(qint64 projectId); // newest first

    // The name changes are recorded under: the one set in the settings, else the account's.
    static QString userName();
    static void setUserName(const QString &name);

private:
    void write(const AuditEntry &entry);

    PortfolioStore &m_store;
};

} // namespace sstc
