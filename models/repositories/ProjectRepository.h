#pragma once

#include "models/domain/Project.h"
#include "models/repositories/ProjectSummary.h"

#include <QList>

#include <optional>

namespace sstc {

class PortfolioStore;

class ProjectRepository
{
public:
    explicit ProjectRepository(PortfolioStore &store)
        : m_store(store)
    {}

    // Insert and update write the project with its organisations, countries, regions, SDG
    // goals and themes, all in one transaction.
    qint64 insert(const Project &project);
    void update(const Project &project);
    void remove(qint64 id); // its funding lines, events, indicators and documents go with it
    std::optional<Project> find(qint64 id);
    // The stored ones of these projects, by id, read together (a few hundred at a time: one
    // query per table rather than per project and table).
    QList<Project> findAll(const QList<qint64> &ids);
    QList<Project> all();
    QList<ProjectSummary> summaries();                           // every project, by id
    QList<ProjectSummary> summariesOf(const QList<qint64> &ids); // by id
    int count();

private:
    void writeLinks(const Project &project, qint64 id);
    QList<Project> load(const QString &where, const QVariantList &values);
    QList<ProjectSummary> summaries(const QString &condition, const QVariantList &values);

    PortfolioStore &m_store;
};

} // namespace sstc
