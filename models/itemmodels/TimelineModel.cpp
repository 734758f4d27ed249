#include "models/itemmodels/TimelineModel.h"

#include "models/repositories/TimelineRepository.h"
#include "models/text/DomainNames.h"
#include "models/text/Formats.h"

#include <QStringList>

#include <algorithm>

namespace sstc {

namespace {
bool isUndated(const TimelineProject &project)
{
    return project.plannedStart.isNull() && project.plannedEnd.isNull() &&
           project.actualStart.isNull() && project.actualEnd.isNull();
}

// Where a project sits on the axis: actual dates when known, planned ones otherwise, and an
// end alone standing for the start too.
QDate sortStart(const TimelineProject &project)
{
    for (const PartialDate *date :
         {&project.actualStart, &project.plannedStart, &project.actualEnd, &project.plannedEnd})
        if (!date->isNull())
            return date->firstDay();
    return {};
}

QDate sortEnd(const TimelineProject &project)
{
    for (const PartialDate *date :
         {&project.actualEnd, &project.plannedEnd, &project.actualStart, &project.plannedStart})
        if (!date->isNull())
            return date->lastDay();
    return {};
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date) : QVariant(QMetaType::fromType<QDate>());
}

QString period(const PartialDate &start, const PartialDate &end, Language language)
{
    if (start.isNull() && end.isNull())
        return {};
    if (end.isNull() || end == start)
        return Formats::date(start, language);
    return Formats::date(start, language) + QStringLiteral(" – ") + Formats::date(end, language);
}

QString line(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<br>%1 %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

void widen(QDate &first, QDate &last, const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return;
    if (!first.isValid() || from < first)
        first = from;
    if (!last.isValid() || to > last)
        last = to;
}

constexpr quintptr topLevel = 0;
} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void TimelineModel::reload(PortfolioStore &store, const ProjectFilter &filter)
{
    setTimeline(TimelineRepository(store).load(filter));
}

void TimelineModel::clear()
{
    setTimeline({});
}

namespace {
// Dated by start, then end, then id, so that equal dates keep a stable order; a project
// whose dates are all missing goes last rather than being drawn at some default date.
bool comesFirst(const TimelineProject &a, const TimelineProject &b)
{
    const bool aUndated = isUndated(a);
    const bool bUndated = isUndated(b);
    if (aUndated != bUndated)
        return bUndated;
    if (!aUndated) {
        if (sortStart(a) != sortStart(b))
            return sortStart(a) < sortStart(b);
        if (sortEnd(a) != sortEnd(b))
            return sortEnd(a) < sortEnd(b);
    }
    return a.id < b.id;
}
} // namespace

void TimelineModel::arrange(TimelineData &data)
{
    std::stable_sort(data.projects.begin(), data.projects.end(), comesFirst);
}

void TimelineModel::setTimeline(TimelineData data)
{
    // Arranged already when read in the background: then only checked here.
    if (!std::is_sorted(data.projects.cbegin(), data.projects.cend(), comesFirst))
        arrange(data);
    beginResetModel();
    m_projects = std::move(data.projects);
    m_agreements = std::move(data.agreements);
    m_rowById.clear();
    m_rowById.reserve(m_projects.size());
    m_datedRows = 0;
    for (int row = 0; row < m_projects.size(); ++row) {
        m_rowById.insert(m_projects.at(row).id, row);
        if (!isUndated(m_projects.at(row)))
            m_datedRows = row + 1;
    }
    computeRange();
    endResetModel();
}

void TimelineModel::computeRange()
{
    m_firstDay = {};
    m_lastDay = {};
    for (const TimelineProject &project : std::as_const(m_projects)) {
        widen(m_firstDay, m_lastDay, sortStart(project), sortEnd(project));
        for (const PartialDate *date :
             {&project.plannedStart, &project.plannedEnd, &project.actualStart, &project.actualEnd})
            if (!date->isNull())
                widen(m_firstDay, m_lastDay, date->firstDay(), date->lastDay());
        for (const TimelineEvent &event : project.events)
            if (!event.start.isNull())
                widen(m_firstDay, m_lastDay, event.start.firstDay(), event.start.lastDay());
    }
    for (const TimelineAgreement &agreement : std::as_const(m_agreements))
        widen(m_firstDay, m_lastDay, agreement.signedOn.firstDay(), agreement.signedOn.lastDay());
}

void TimelineModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (m_projects.isEmpty())
        return;
    emit dataChanged(index(0, 0), index(int(m_projects.size()) - 1, 0),
                     {Qt::DisplayRole, Qt::ToolTipRole});
    for (int row = 0; row < m_projects.size(); ++row)
        if (const qsizetype events = m_projects.at(row).events.size()) {
            const QModelIndex parent = index(row, 0);
            emit dataChanged(index(0, 0, parent), index(int(events) - 1, 0, parent),
                             {Qt::DisplayRole, Qt::ToolTipRole});
        }
}

int TimelineModel::rowOfProject(qint64 projectId) const
{
    return m_rowById.value(projectId, -1);
}

qint64 TimelineModel::projectIdAt(int row) const
{
    return row >= 0 && row < m_projects.size() ? m_projects.at(row).id : 0;
}

QModelIndex TimelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    // A child's internal id is its project's row + 1, so that 0 marks a top-level row.
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : topLevel);
}

QModelIndex TimelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, topLevel);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_projects.size());
    if (parent.internalId() != topLevel || parent.column() != 0)
        return 0;
    return int(m_projects.at(parent.row()).events.size());
}

int TimelineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == topLevel)
        return projectData(m_projects.at(index.row()), role);
    const TimelineProject &project = m_projects.at(int(index.internalId() - 1));
    return eventData(project.events.at(index.row()), role);
}

QVariant TimelineModel::projectData(const TimelineProject &project, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return project.title.preferring(m_language);
    case Qt::ToolTipRole:
        return projectToolTip(project);
    case FallbackLanguageRole:
        return fallbackLanguage(project.title, m_language);
    case IdRole:
        return project.id;
    case SortRole:
        return dateOrNull(sortStart(project));
    case TimelineKindRole:
        return int(TimelineItemKind::Project);
    case PlannedStartRole:
        return dateOrNull(project.plannedStart.firstDay());
    case PlannedEndRole:
        return dateOrNull(project.plannedEnd.lastDay());
    case ActualStartRole:
        return dateOrNull(project.actualStart.firstDay());
    case ActualEndRole:
        return dateOrNull(project.actualEnd.lastDay());
    case StatusRole:
        return project.status ? QVariant(int(*project.status))
                              : QVariant(QMetaType::fromType<int>());
    case ProgressRole:
        return project.progress ? QVariant(*project.progress)
                                : QVariant(QMetaType::fromType<double>());
    case UndatedRole:
        return isUndated(project);
    case DateWarningRole:
        return isBefore(project.plannedEnd, project.plannedStart) ||
               isBefore(project.actualEnd, project.actualStart);
    default:
        return {};
    }
}

QVariant TimelineModel::eventData(const TimelineEvent &event, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return event.title.preferring(m_language);
    case Qt::ToolTipRole:
        return eventToolTip(event);
    case IdRole:
        return event.id;
    case SortRole:
    case ActualStartRole:
        return dateOrNull(event.start.firstDay());
    case ActualEndRole:
        return dateOrNull(event.end.isNull() ? event.start.lastDay() : event.end.lastDay());
    case MarkerDateRole:
        return dateOrNull(middleDay(event.start));
    case TimelineKindRole:
        return int(TimelineItemKind::Event);
    case UndatedRole:
        return event.start.isNull();
    case DateWarningRole:
        return isBefore(event.end, event.start);
    default:
        return {};
    }
}

QString TimelineModel::projectToolTip(const TimelineProject &project) const
{
    QString text =
        QStringLiteral("<b>%1</b>").arg(project.title.preferring(m_language).toHtmlEscaped());
    if (!project.code.isEmpty())
        text += QStringLiteral(" (%1)").arg(project.code.toHtmlEscaped());
    text += line(tr("Planned:"), period(project.plannedStart, project.plannedEnd, m_language));
    text += line(tr("Actual:"), period(project.actualStart, project.actualEnd, m_language));
    if (isUndated(project))
        text += line(tr("Dates:"), tr("no dates"));
    if (isBefore(project.plannedEnd, project.plannedStart) ||
        isBefore(project.actualEnd, project.actualStart))
        text += QStringLiteral("<br><span style='color:#b00020'>%1</span>")
                    .arg(tr("The end date is before the start date.").toHtmlEscaped());
    QStringList countries;
    for (const Country &country : project.countries)
        countries << country.name.preferring(m_language);
    text += line(tr("Countries:"),
                 countries.join(m_language == Language::Chinese ? QStringLiteral("、")
                                                                : QStringLiteral(", ")));
    text += line(tr("Budget:"), Formats::moneyList(project.budget, m_language));
    if (project.status)
        text += line(tr("Status:"), DomainNames::status(*project.status));
    if (project.progress)
        text += line(tr("Spent:"), Formats::percentage(*project.progress * 100, m_language));
    return text;
}

QString TimelineModel::eventToolTip(const TimelineEvent &event) const
{
    return QStringLiteral("<b>%1</b>").arg(event.title.preferring(m_language).toHtmlEscaped()) +
           line(DomainNames::eventKind(event.kind) + QLatin1Char(':'),
                period(event.start, event.end, m_language));
}

QString TimelineModel::agreementToolTip(const TimelineAgreement &agreement) const
{
    return QStringLiteral("<b>%1</b>").arg(agreement.title.preferring(m_language).toHtmlEscaped()) +
           line(DomainNames::agreementKind(agreement.kind) + QLatin1Char(':'),
                tr("signed %1").arg(Formats::date(agreement.signedOn, m_language)));
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == 0 && role == Qt::DisplayRole)
        return tr("Project");
    return {};
}

} // namespace sstc
