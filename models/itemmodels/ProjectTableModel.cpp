#include "ProjectTableModel.h"

#include "TableColumn.h"
#include "text/DomainNames.h"
#include "text/Formats.h"

#include <QCollator>
#include <QStringList>
#include <QVariantMap>

#include <algorithm>

namespace sstc {

ProjectTableModel::ProjectTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProjectTableModel::setProjects(QList<ProjectSummary> projects)
{
    beginResetModel();
    m_projects = std::move(projects);
    applySort();
    endResetModel();
}

void ProjectTableModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    // Titles and country names change, and with them the pinyin or alphabetical order.
    resort();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ProjectTableModel::rowOfProject(qint64 projectId) const
{
    for (int row = 0; row < m_projects.size(); ++row)
        if (m_projects.at(row).id == projectId)
            return row;
    return -1;
}

qint64 ProjectTableModel::projectIdAt(int row) const
{
    return row >= 0 && row < m_projects.size() ? m_projects.at(row).id : 0;
}

int ProjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_projects.size());
}

int ProjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProjectSummary &project = m_projects.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(project, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return project.title.preferring(m_language);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Budget)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return project.id;
    case SortRole:
        return sortValue(project, index.column());
    case ExportRole:
        return exportValue(project, index.column());
    default:
        return {};
    }
}

QString ProjectTableModel::displayText(const ProjectSummary &project, int column) const
{
    switch (column) {
    case Code:
        return project.code;
    case Title:
        return project.title.preferring(m_language);
    case Countries: {
        QStringList names;
        for (const Country &country : project.countries)
            names << country.name.preferring(m_language);
        return names.join(m_language == Language::Chinese ? QStringLiteral("、")
                                                          : QStringLiteral(", "));
    }
    case Start:
        return Formats::date(project.start, m_language);
    case End:
        return Formats::date(project.end, m_language);
    case Budget:
        return Formats::moneyList(project.budget, m_language);
    case Status:
        return project.status ? DomainNames::status(*project.status) : QString();
    }
    return {};
}

QVariant ProjectTableModel::sortValue(const ProjectSummary &project, int column) const
{
    switch (column) {
    case Start:
        return project.start.firstDay();
    case End:
        return project.end.lastDay();
    case Budget:
        return project.budget.isEmpty() ? QVariant() : QVariant(project.budget.first().hundredths);
    case Status:
        return project.status ? int(*project.status) : QVariant();
    default:
        return displayText(project, column);
    }
}

QVariant ProjectTableModel::exportValue(const ProjectSummary &project, int column) const
{
    switch (column) {
    case Countries: {
        QStringList codes;
        for (const Country &country : project.countries)
            codes << country.code;
        return codes;
    }
    case Start:
        return project.start.toIso();
    case End:
        return project.end.toIso();
    case Budget: {
        QVariantList amounts;
        for (const Money &amount : project.budget)
            amounts << QVariantMap{{QStringLiteral("amount"), amount.value()},
                                   {QStringLiteral("currency"), amount.currency}};
        return amounts;
    }
    case Status:
        return project.status ? codeOf(projectStatusCodes, *project.status) : QString();
    default:
        return displayText(project, column);
    }
}

QVariant ProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // In the order of the Column enum.
    static const TableColumn columns[] = {
        {"code", QT_TRANSLATE_NOOP("sstc::ProjectTableModel", "Code")},
        {"title", QT_TRANSLATE_NOOP("sstc::ProjectTableModel", "Title")},
        {"countries", QT_TRANSLATE_NOOP("sstc::ProjectTableModel", "Countries")},
        {"start", QT_TRANSLATE_NOOP("sstc::ProjectTableModel", "Start")},
        {"end", QT_TRANSLATE_NOOP("sstc::ProjectTableModel", "End")},
        {"budget", QT_TRANSLATE_NOOP("sstc::ProjectTableModel", "Budget")},
        {"status", QT_TRANSLATE_NOOP("sstc::ProjectTableModel", "Status")},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columnHeader(columns, "sstc::ProjectTableModel", section, orientation, role);
}

void ProjectTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    resort();
}

// Sorts again, keeping the view's selection and current row on the same projects.
void ProjectTableModel::resort()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &index : before)
        ids << projectIdAt(index.row());
    applySort();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after << index(rowOfProject(ids.at(i)), before.at(i).column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// Empty values sort last in either order, so that the projects with data stay on top.
void ProjectTableModel::applySort()
{
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount)
        return;
    QCollator collator(Formats::locale(m_language));
    collator.setNumericMode(true);
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(
        m_projects.begin(), m_projects.end(),
        [&](const ProjectSummary &a, const ProjectSummary &b) {
            const QVariant left = sortValue(a, column);
            const QVariant right = sortValue(b, column);
            const bool leftEmpty = left.isNull() || left.toString().isEmpty();
            const bool rightEmpty = right.isNull() || right.toString().isEmpty();
            if (leftEmpty || rightEmpty)
                return !leftEmpty && rightEmpty;
            int order = 0;
            if (left.userType() == QMetaType::QString)
                order = collator.compare(left.toString(), right.toString());
            else
                order = QVariant::compare(left, right) == QPartialOrdering::Less
                            ? -1
                            : (QVariant::compare(left, right) == QPartialOrdering::Greater ? 1 : 0);
            return descending ? order > 0 : order < 0;
        });
}

} // namespace sstc
