#pragma once

#include "domain/Event.h"
#include "domain/FundingLine.h"
#include "domain/Indicator.h"
#include "domain/Project.h"

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
    // Inserts the record when project.id is 0, else replaces the stored one: children whose
    // id is 0 are inserted, the others updated, and stored children missing from the record
    // removed. Returns the project's id. One transaction; on failure nothing is written.
    qint64 save(const ProjectRecord &record);
    // Writes the record back exactly as it was, ids included (undoing a deletion).
    void restore(const ProjectRecord &record);
    void remove(qint64 projectId);

private:
    void saveChildren(const ProjectRecord &record, qint64 projectId, bool keepIds);

    PortfolioStore &m_store;
};

} // namespace sstc
