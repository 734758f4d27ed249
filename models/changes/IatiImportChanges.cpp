#include "models/changes/IatiImportChanges.h"

#include "models/changes/LookupListsChanges.h"
#include "models/changes/ProjectChanges.h"
#include "models/iati/IatiOrganisationMatcher.h"
#include "models/repositories/ReferenceRepository.h"
#include "models/store/PortfolioStore.h"
#include "models/store/WriteTransaction.h"

#include <QSet>

namespace sstc {

namespace {

// The lists with the organisations of both: what `to` adds, nothing it removes yet.
LookupLists unionOf(const LookupLists &from, const LookupLists &to)
{
    LookupLists both = from;
    QSet<qint64> known;
    for (const Organisation &organisation : from.organisations)
        known.insert(organisation.id);
    for (const Organisation &organisation : to.organisations)
        if (!known.contains(organisation.id))
            both.organisations.append(organisation);
    return both;
}

} // namespace

IatiImportState IatiImportChanges::load(PortfolioStore &store, const QList<qint64> &projectIds)
{
    State state;
    ProjectRecordRepository records(store);
    for (qint64 id : projectIds)
        state.projects.insert(id, records.load(id));
    state.lists = LookupListsRepository(store).load();
    state.refs = IatiOrganisationMatcher::refs(store);
    state.regions = ReferenceRepository(store).regions();
    return state;
}

IatiImportState IatiImportChanges::apply(const State &from, const State &to)
{
    WriteTransaction transaction(m_store);
    // Organisations first added, then the projects that name them, then removed: neither
    // step meets a project naming an organisation that is not there.
    const LookupLists both = unionOf(from.lists, to.lists);
    LookupListsChanges lists(m_store, m_actor);
    lists.apply(from.lists, both);
    writeRefs(from.refs, to.refs);
    addRegions(from.regions, to.regions);
    ProjectChanges projects(m_store, m_actor);
    // A new project is written without its parent first, as the parent may be new too.
    for (auto it = to.projects.cbegin(); it != to.projects.cend(); ++it) {
        const std::optional<ProjectRecord> &was = from.projects.value(it.key());
        if (!it.value() || was)
            continue;
        ProjectRecord withoutParent = *it.value();
        withoutParent.project.parentProjectId = 0;
        projects.apply(std::nullopt, withoutParent);
    }
    for (auto it = to.projects.cbegin(); it != to.projects.cend(); ++it) {
        const std::optional<ProjectRecord> was = ProjectRecordRepository(m_store).load(it.key());
        if (was || it.value())
            projects.apply(was, it.value());
    }
    lists.apply(both, to.lists);
    removeRegions(from.regions, to.regions);
    transaction.commit();
    return to;
}

void IatiImportChanges::addRegions(const QList<Region> &from, const QList<Region> &to)
{
    QSet<QString> known;
    for (const Region &region : from)
        known.insert(region.code);
    QList<Region> added;
    for (const Region &region : to)
        if (!known.contains(region.code))
            added << region;
    if (!added.isEmpty())
        ReferenceRepository(m_store).saveRegions(added);
}

// Only those `to` does not have, once no project of the import names them any more.
void IatiImportChanges::removeRegions(const QList<Region> &from, const QList<Region> &to)
{
    QSet<QString> kept;
    for (const Region &region : to)
        kept.insert(region.code);
    for (const Region &region : from)
        if (!kept.contains(region.code))
            m_store.run(QStringLiteral("DELETE FROM regions WHERE code = ?"), {region.code});
}

void IatiImportChanges::writeRefs(const QHash<qint64, QString> &from,
                                  const QHash<qint64, QString> &to)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        if (to.value(it.key()) != it.value())
            m_store.run(
                QStringLiteral("DELETE FROM organisation_iati_refs WHERE organisation_id = ?"),
                {it.key()});
    for (auto it = to.cbegin(); it != to.cend(); ++it)
        if (from.value(it.key()) != it.value())
            m_store.run(QStringLiteral("INSERT INTO organisation_iati_refs (organisation_id, ref) "
                                       "VALUES (?, ?)"),
                        {it.key(), it.value()});
}

} // namespace sstc
