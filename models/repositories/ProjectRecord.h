#pragma once

#include "models/domain/Event.h"
#include "models/domain/FundingLine.h"
#include "models/domain/Indicator.h"
#include "models/domain/Project.h"

#include <QList>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace sstc {

class PortfolioStore;

// A project with everything the project editor edits: its own fields and links, and its
// What a deleted project takes with it that its editor does not edit: its documents (with
// their content), and which projects had it as their parent. Copied whole so that undoing the deletion puts back
// exactly what was there.
struct ProjectKeptRows
{
    struct Row
    {
        QString table;
        QStringList columns;
        QVariantList values;
    };
    QList<Row> rows;
    QList<qint64> childProjectIds;
};

// A project with everything the project editor edits: its own fields and links, and its
// funding lines, events and indicators. Saved as a whole, in one transaction. `keptRows` is
// there only in a record loaded for a deletion (loadWhole), so that its undo restores them.
struct ProjectRecord
{
    Project project;
    QList<FundingLine> fundingLines;
    QList<Event> events;
    QList<Indicator> indicators;
    std::optional<ProjectKeptRows> keptRows;
};

class ProjectRecordRepository
{
public:
    explicit ProjectRecordRepository(PortfolioStore &store)
        : m_store(store)
    {}

    std::optional<ProjectRecord> load(qint64 projectId);
    // The record with its kept rows, before a deletion.
    std::optional<ProjectRecord> loadWhole(qint64 projectId);
    // Writes the record: a project or child with id 0 gets a new id, one with an id that is
    // not stored is inserted with that id (undo putting back a deleted one), the others are
    // updated, and stored children missing from the record are removed. Returns the
    // project's id. One transaction; on failure nothing is written.
    qint64 save(const ProjectRecord &record);
    void remove(qint64 projectId);

private:
    void saveChildren(const ProjectRecord &record, qint64 projectId);
    ProjectKeptRows keptRowsOf(qint64 projectId);
    void restore(const ProjectKeptRows &kept, qint64 projectId);
    bool exists(const QString &table, qint64 id);

    PortfolioStore &m_store;
};

} // namespace sstc
