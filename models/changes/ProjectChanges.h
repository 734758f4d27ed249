#pragma once

#include "models/repositories/ProjectRecord.h"

#include <optional>

namespace sstc {

class PortfolioStore;

// Every change to a project goes through here: the write and its audit rows in one
// transaction, so that the trail never misses a change nor records one that failed.
class ProjectChanges
{
public:
    ProjectChanges(PortfolioStore &store, QString userName)
        : m_store(store)
        , m_userName(std::move(userName))
    {}

    // Saves a new or changed project; returns it as stored, with the ids given to new rows.
    ProjectRecord save(const ProjectRecord &record);
    // Deletes the project; returns it as it was, for undo (save() puts it back, same ids).
    ProjectRecord remove(qint64 projectId);

private:
    PortfolioStore &m_store;
    QString m_userName;
};

} // namespace sstc
