#pragma once

#include "models/audit/AuditActor.h"
#include "models/repositories/ProjectRecord.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace sstc {

class PortfolioStore;

// One changed field: who changed what, when, from which value to which.
struct AuditEntry
{
    QDateTime changedAt; // UTC
    QString userName;
    // "project", "funding_line", "event", "indicator", "agreement", "document",
    // "organisation", "country", "theme", "exchange_rate", "offer", "proposal"
    QString entity;
    qint64 entityId = 0;
    QString entityKey;      // for a row known by its code rather than a number: a country
    LocalizedText label;    // the row's name when it was changed ("MOHRSS"); may be empty
    qint64 projectId = 0;   // the project whose history shows the row, 0 for none
    qint64 agreementId = 0; // the agreement whose history shows the row, 0 for none
    QString action;         // "create", "update", "delete"
    QString field;          // the column name, e.g. "title_zh"
    QString oldValue;
    QString newValue;
};

// One stored row as the audit trail sees it: which row it is (entity, id or key, and the
// project or agreement it belongs to) and its fields as text, by column name.
struct AuditedRow
{
    QString entity;
    qint64 id = 0;
    QString key;
    qint64 projectId = 0;
    qint64 agreementId = 0;
    QMap<QString, QString> fields;
    LocalizedText label; // how the history names the row; empty: by its id or key
};

// The audit trail: every change to projects, agreements, documents, the lookup lists,
// exchange rates, funding offers and proposals, field by field. Written inside the caller's
// transaction, so a change and its record are kept or lost together.
class AuditLog
{
public:
    explicit AuditLog(PortfolioStore &store)
        : m_store(store)
    {}

    // The one place that compares: rows are matched by entity, id and key; a row only in
    // `after` is recorded as created (its non-empty fields), one only in `before` as deleted,
    // one in both as updated, one entry per field that differs.
    void record(const QList<AuditedRow> &before, const QList<AuditedRow> &after,
                const AuditActor &actor);

    // Records what differs between two states of a project; `before` is empty for a new
    // project and `after` for a deleted one. Children are matched by id.
    void recordProject(const std::optional<ProjectRecord> &before,
                       const std::optional<ProjectRecord> &after, const AuditActor &actor);
    QList<AuditEntry> ofProject(qint64 projectId); // newest first
    // The agreement's own changes and those of its documents, newest first.
    QList<AuditEntry> ofAgreement(qint64 agreementId);
    // Changes to organisations, countries, themes, exchange rates, offers and proposals,
    // newest first.
    QList<AuditEntry> ofReferenceLists(int limit = 5000);

private:
    void write(const AuditEntry &entry, const QString &changedAt);
    void writeAll(QList<AuditEntry> entries, const AuditActor &actor);
    QList<AuditEntry> read(const QString &where, const QVariantList &values);

    PortfolioStore &m_store;
};

} // namespace sstc
