#pragma once

#include "models/domain/Language.h"
#include "models/itemmodels/ItemRoles.h"
#include "models/repositories/TimelineEntry.h"

#include <QAbstractItemModel>
#include <QHash>

namespace sstc {

class PortfolioStore;
struct ProjectFilter;

// What a timeline item is, read through TimelineKindRole.
enum class TimelineItemKind
{
    Project, // a top-level row: a bar from start to end
    Event,   // a child row of its project: a diamond on the project's row
    Agreement
};

// The portfolio on a time axis, in the shape of a Gantt chart: one top-level row per project,
// by start date with undated projects last, and its events as child rows. Dates, kind,
// status and progress are read through the roles of ItemRoles.h; agreement signings, which
// belong to no row, through agreements().
class TimelineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit TimelineModel(QObject *parent = nullptr);

    void reload(PortfolioStore &store, const ProjectFilter &filter);
    void setTimeline(TimelineData data);
    // Puts the projects in the model's row order, which setTimeline() then only checks: for
    // sorting on the thread that read them.
    static void arrange(TimelineData &data);
    void clear();
    void setLanguage(Language language);
    Language language() const { return m_language; }

    int rowOfProject(qint64 projectId) const; // -1 when not shown
    qint64 projectIdAt(int row) const;        // 0 for no such row
    // Rows from here on have no dates at all.
    int datedRowCount() const { return m_datedRows; }
    const QList<TimelineAgreement> &agreements() const { return m_agreements; }
    QString agreementToolTip(const TimelineAgreement &agreement) const;
    // The first and last day of everything drawn; null for an empty timeline.
    QDate firstDay() const { return m_firstDay; }
    QDate lastDay() const { return m_lastDay; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant projectData(const TimelineProject &project, int role) const;
    QVariant eventData(const TimelineEvent &event, int role) const;
    QString projectToolTip(const TimelineProject &project) const;
    QString eventToolTip(const TimelineEvent &event) const;
    void computeRange();

    QList<TimelineProject> m_projects;
    QList<TimelineAgreement> m_agreements;
    QHash<qint64, int> m_rowById;
    int m_datedRows = 0;
    QDate m_firstDay;
    QDate m_lastDay;
    Language m_language = Language::English;
};

} // namespace sstc
