#pragma once

#include "models/domain/Event.h"
#include "models/domain/FundingLine.h"
#include "models/domain/Indicator.h"
#include "models/domain/Project.h"

#include <QList>

#include <optional>

namespace sstc {

class PortfolioStore;

// A project with everything the project editor edits: its own fields and links, and its
// funding lines, events and indicators. Saved as a whole, in one transaction.
struct ProjectRecord
{
    Project project;
    QList<FundingLine> fundingLines;
    QList<Event> events;
    QList<Indicator> indicators;
};

class ProjectRecordRepository
{
public:
    explicit ProjectRecordRepository(PortfolioStore &store)
        : m_store(store)
    {}

    std::optional<ProjectRecord> load(qint64 projectId);
    // Writes the record: a project or child with id 0 gets a new id, one with an id that is
    // not stored is inserted with that id (undo putting back a deleted one), the others are
    // updated, and stored children missing from the record are removed. Returns the
    // project's id. One transaction; on failure nothing is written.
    qint64 save(const ProjectRecord &record);
    void remove(qint64 projectId);

private:
    void saveChildren(const ProjectRecord &record, qint64 projectId);
    bool exists(const QString &table, qint64 id);

    PortfolioStore &m_store;
};

} // namespace sstc
