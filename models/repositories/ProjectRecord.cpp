#include "models/repositories/ProjectRecord.h"

#include "models/repositories/EventRepository.h"
#include "models/repositories/FundingRepository.h"
#include "models/repositories/IndicatorRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "models/store/PortfolioStore.h"
#include "models/store/WriteTransaction.h"

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace sstc {

namespace {

// The tables of a project's rows that no editor writes, copied whole for an undone deletion.
// A table added with a project_id that the project editor does not save belongs here.
// (The IATI document links and kept narratives are the Project's own, saved with it.)
const QStringList keptTables = {QStringLiteral("documents")};

// Removes the stored children that the record no longer has.
template<typename Child, typename Remove>
void removeMissing(const QList<Child> &stored, const QList<Child> &kept, Remove remove)
{
    QSet<qint64> keptIds;
    for (const Child &child : kept)
        keptIds.insert(child.id);
    for (const Child &child : stored)
        if (!keptIds.contains(child.id))
            remove(child.id);
}

bool allChildrenNew(const ProjectRecord &record)
{
    const auto isNew = [](const auto &child) { return child.id == 0; };
    return std::all_of(record.fundingLines.cbegin(), record.fundingLines.cend(), isNew) &&
           std::all_of(record.events.cbegin(), record.events.cend(), isNew) &&
           std::all_of(record.indicators.cbegin(), record.indicators.cend(), isNew);
}

// The children of a project just inserted, all new: nothing is stored yet to compare with
// or remove (an import inserts many projects; reading their children first cost three
// queries each).
void insertNewChildren(PortfolioStore &store, const ProjectRecord &record, qint64 projectId)
{
    FundingRepository funding(store);
    for (FundingLine line : record.fundingLines) {
        line.projectId = projectId;
        funding.insertLine(line);
    }
    EventRepository events(store);
    for (Event event : record.events) {
        event.projectId = projectId;
        events.insert(event);
    }
    IndicatorRepository indicators(store);
    for (Indicator indicator : record.indicators) {
        indicator.projectId = projectId;
        indicators.insert(indicator);
    }
}

} // namespace

std::optional<ProjectRecord> ProjectRecordRepository::load(qint64 projectId)
{
    const std::optional<Project> project = ProjectRepository(m_store).find(projectId);
    if (!project)
        return std::nullopt;
    ProjectRecord record;
    record.project = *project;
    record.fundingLines = FundingRepository(m_store).linesOfProject(projectId);
    record.events = EventRepository(m_store).ofProject(projectId);
    record.indicators = IndicatorRepository(m_store).ofProject(projectId);
    return record;
}

std::optional<ProjectRecord> ProjectRecordRepository::loadWhole(qint64 projectId)
{
    std::optional<ProjectRecord> record = load(projectId);
    if (record)
        record->keptRows = keptRowsOf(projectId);
    return record;
}

qint64 ProjectRecordRepository::save(const ProjectRecord &record)
{
    WriteTransaction transaction(m_store);
    ProjectRepository projects(m_store);
    qint64 projectId = record.project.id;
    const bool inserted = projectId == 0 || !exists(QStringLiteral("projects"), projectId);
    if (inserted)
        projectId = projects.insert(record.project);
    else
        projects.update(record.project);
    if (inserted && allChildrenNew(record))
        insertNewChildren(m_store, record, projectId);
    else
        saveChildren(record, projectId);
    // Only a project put back (an undone deletion) gets its kept rows: a stored one has them.
    if (inserted && record.keptRows)
        restore(*record.keptRows, projectId);
    transaction.commit();
    return projectId;
}

// `table` is one of the fixed table names of this file.
bool ProjectRecordRepository::exists(const QString &table, qint64 id)
{
    PreparedQuery query =
        m_store.query(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id});
    return query.next();
}

void ProjectRecordRepository::remove(qint64 projectId)
{
    ProjectRepository(m_store).remove(projectId);
}

// A child with an id that is not stored (one removed by an edit that is being undone) is
// inserted with that id; one with id 0 is new (no lookup: an import saves many).
void ProjectRecordRepository::saveChildren(const ProjectRecord &record, qint64 projectId)
{
    FundingRepository funding(m_store);
    removeMissing(funding.linesOfProject(projectId), record.fundingLines,
                  [&](qint64 id) { funding.removeLine(id); });
    for (FundingLine line : record.fundingLines) {
        line.projectId = projectId;
        if (line.id == 0 || !exists(QStringLiteral("funding_lines"), line.id))
            funding.insertLine(line);
        else
            funding.updateLine(line);
    }
    EventRepository events(m_store);
    removeMissing(events.ofProject(projectId), record.events,
                  [&](qint64 id) { events.remove(id); });
    for (Event event : record.events) {
        event.projectId = projectId;
        if (event.id == 0 || !exists(QStringLiteral("events"), event.id))
            events.insert(event);
        else
            events.update(event);
    }
    IndicatorRepository indicators(m_store);
    removeMissing(indicators.ofProject(projectId), record.indicators,
                  [&](qint64 id) { indicators.remove(id); });
    for (Indicator indicator : record.indicators) {
        indicator.projectId = projectId;
        if (indicator.id == 0 || !exists(QStringLiteral("indicators"), indicator.id))
            indicators.insert(indicator);
        else
            indicators.update(indicator);
    }
}

ProjectKeptRows ProjectRecordRepository::keptRowsOf(qint64 projectId)
{
    ProjectKeptRows kept;
    for (const QString &table : keptTables) {
        PreparedQuery query = m_store.query(
            QStringLiteral("SELECT * FROM %1 WHERE project_id = ?").arg(table), {projectId});
        while (query.next()) {
            const QSqlRecord fields = query.record();
            ProjectKeptRows::Row row{table, {}, {}};
            for (int i = 0; i < fields.count(); ++i) {
                row.columns << fields.fieldName(i);
                row.values << query.value(i);
            }
            kept.rows << row;
        }
    }
    PreparedQuery children = m_store.query(
        QStringLiteral("SELECT id FROM projects WHERE parent_project_id = ? ORDER BY id"),
        {projectId});
    while (children.next())
        kept.childProjectIds << children.value(0).toLongLong();
    return kept;
}

// Puts back what a deletion removed, into the project just inserted again.
void ProjectRecordRepository::restore(const ProjectKeptRows &kept, qint64 projectId)
{
    for (const ProjectKeptRows::Row &row : kept.rows) {
        QStringList marks;
        QVariantList values = row.values;
        for (int i = 0; i < row.columns.size(); ++i) {
            marks << QStringLiteral("?");
            if (row.columns.at(i) == QLatin1String("project_id"))
                values[i] = projectId;
        }
        m_store.execute(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(row.table, row.columns.join(QStringLiteral(", ")),
                                 marks.join(QStringLiteral(", "))),
                        values);
    }
    for (qint64 child : kept.childProjectIds)
        m_store.execute(QStringLiteral("UPDATE projects SET parent_project_id = ? WHERE id = ? AND "
                                       "parent_project_id IS NULL"),
                        {projectId, child});
}

} // namespace sstc
