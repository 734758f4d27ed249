#include "models/itemmodels/ProjectTableModel.h"

#include "models/itemmodels/TableColumn.h"
#include "models/query/CountrySearch.h"
#include "models/query/ProjectTextIndexLoader.h"
#include "models/store/BackgroundReader.h"
#include "models/repositories/ProjectRepository.h"
#include "models/store/PortfolioStore.h"
#include "models/text/DomainNames.h"
#include "models/text/Formats.h"

#include <QStringList>
#include <QVariantMap>

#include <algorithm>

namespace sstc {

namespace {
// Rows read at once when a view asks for one not read yet: about three screens.
constexpr int screenPageSize = 128;
// The same when every row is written out: a few large reads cost far less than many small.
constexpr int exportPageSize = 4000;
} // namespace

ProjectTableModel::ProjectTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_textIndexLoader(new ProjectTextIndexLoader(this))
    , m_titleOrderReader(new BackgroundReader(this))
    , m_pageSize(screenPageSize)
{
    // The index matches exactly what SQL matched: the rows stay as they are.
    connect(m_textIndexLoader, &ProjectTextIndexLoader::loaded, this,
            [this](std::shared_ptr<const ProjectTextIndex> index) {
                m_textIndex = std::move(index);
                m_lastNeedle.clear();
            });
}

namespace {

// Beyond this many rows read, the oldest reads are dropped, to bound memory on big portfolios.
constexpr int loadedLimit = 20000;

ProjectSortKey sortKeyOf(int column)
{
    switch (column) {
    case ProjectTableModel::Code:
        return ProjectSortKey::Code;
    case ProjectTableModel::Title:
        return ProjectSortKey::Title;
    case ProjectTableModel::Countries:
        return ProjectSortKey::Countries;
    case ProjectTableModel::Start:
        return ProjectSortKey::Start;
    case ProjectTableModel::End:
        return ProjectSortKey::End;
    case ProjectTableModel::Budget:
        return ProjectSortKey::Budget;
    case ProjectTableModel::Status:
        return ProjectSortKey::Status;
    default:
        return ProjectSortKey::Id;
    }
}

} // namespace

void ProjectTableModel::setStore(PortfolioStore *store)
{
    beginResetModel();
    m_store = store;
    m_pageSize = screenPageSize;
    m_loaded.clear();
    m_textOrders.clear();
    m_textOrdersBefore.clear();
    readTextIndex();
    readOrder();
    readTitleOrder(); // unless readOrder() just made it
    applyFilter();
    endResetModel();
}

void ProjectTableModel::setFixedRows(PortfolioStore *store, const QList<qint64> &ids)
{
    beginResetModel();
    m_store = store;
    m_loaded.clear();
    m_textIndexLoader->cancel();
    m_titleOrderReader->cancel();
    m_textIndex.reset();
    m_filter = {};
    m_order = ids;
    m_rows = ids;
    m_pageSize = exportPageSize;
    endResetModel();
}

void ProjectTableModel::setFilter(const ProjectFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
}

void ProjectTableModel::reload()
{
    beginResetModel();
    m_loaded.clear();
    // Texts may have changed; the keys of those that did not are reused.
    for (auto it = m_textOrders.cbegin(); it != m_textOrders.cend(); ++it)
        m_textOrdersBefore.insert(it.key(), it.value());
    m_textOrders.clear();
    readTextIndex();
    readOrder();
    readTitleOrder(); // unless readOrder() just made it
    applyFilter();
    endResetModel();
}

// Texts may have changed: until the new index is read, the search runs in SQL.
void ProjectTableModel::readTextIndex()
{
    m_textIndex.reset();
    m_textIndexLoader->cancel();
    if (m_store && m_store->canBeReadElsewhere())
        m_textIndexLoader->start(m_store->location());
}

namespace {
int textOrderKey(ProjectSortKey key, Language language)
{
    return int(key) * 2 + (language == Language::Chinese ? 1 : 0);
}
} // namespace

std::shared_ptr<const TextSortOrder> &ProjectTableModel::textOrderSlot(ProjectSortKey key,
                                                                       Language language)
{
    return m_textOrders[textOrderKey(key, language)];
}

bool ProjectTableModel::sortsByTitleInMemory() const
{
    return m_textOrders.value(textOrderKey(ProjectSortKey::Title, m_language)) != nullptr;
}

// The order by title in the UI language, made in the background: a header click then only
// reads it. The keys of the order before a change are reused there too.
void ProjectTableModel::readTitleOrder()
{
    m_titleOrderReader->cancel();
    if (!m_store || !m_store->canBeReadElsewhere())
        return;
    const Language language = m_language;
    const int slot = textOrderKey(ProjectSortKey::Title, language);
    if (m_textOrders.value(slot))
        return;
    const std::shared_ptr<const TextSortOrder> previous = m_textOrdersBefore.value(slot);
    m_titleOrderReader->start(
        m_store->location(),
        [this, language, previous, slot](PortfolioStore &reader, const std::atomic<bool> &cancelled)
            -> BackgroundReader::Answer {
            std::shared_ptr<const TextSortOrder> order = ProjectIdQuery(reader).textOrder(
                ProjectSortKey::Title, language, previous.get(), &cancelled);
            if (!order)
                return {};
            return [this, order, slot] {
                if (!m_textOrders.value(slot))
                    m_textOrders.insert(slot, order);
            };
        });
}

void ProjectTableModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    // Titles and country names change, and with them the pinyin or alphabetical order.
    resort();
    readTitleOrder();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ProjectTableModel::rowOfProject(qint64 projectId) const
{
    return int(m_rows.indexOf(projectId));
}

qint64 ProjectTableModel::projectIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : 0;
}

int ProjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// Reads the page of rows from `row` on when `row` has not been read yet.
const ProjectSummary *ProjectTableModel::summaryAt(int row) const
{
    const qint64 id = projectIdAt(row);
    auto found = m_loaded.constFind(id);
    if (found != m_loaded.constEnd())
        return &*found;
    if (!m_store)
        return nullptr;
    if (m_loaded.size() > loadedLimit)
        m_loaded.clear();
    QList<qint64> page;
    for (int r = row; r < m_rows.size() && page.size() < m_pageSize; ++r)
        if (!m_loaded.contains(m_rows.at(r)))
            page.append(m_rows.at(r));
    for (ProjectSummary &summary : ProjectRepository(*m_store).summariesOf(page))
        m_loaded.insert(summary.id, std::move(summary));
    found = m_loaded.constFind(id);
    return found == m_loaded.constEnd() ? nullptr : &*found;
}

QVariant ProjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return projectIdAt(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole &&
        role != ExportRole && role != Qt::TextAlignmentRole && role != FallbackLanguageRole)
        return {};
    const ProjectSummary *found = summaryAt(index.row());
    if (!found)
        return {};
    const ProjectSummary &project = *found;
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
    case SortRole:
        return sortValue(project, index.column());
    case ExportRole:
        return exportValue(project, index.column());
    case FallbackLanguageRole:
        // Marked in the view, so that a title in the other language is not taken for a
        // translation that is missing by mistake.
        return index.column() == Title ? fallbackLanguage(project.title, m_language) : QVariant();
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

void ProjectTableModel::readOrder()
{
    m_filterBeforeText.reset();
    if (!m_store) {
        m_order.clear();
        return;
    }
    const ProjectSortKey key = sortKeyOf(m_sortColumn);
    if (ProjectIdQuery::textSqlOf(key, m_language).isEmpty()) {
        m_order = ProjectIdQuery(*m_store).ordered(key, m_sortOrder, m_language);
        return;
    }
    std::shared_ptr<const TextSortOrder> &order = textOrderSlot(key, m_language);
    if (!order)
        order = ProjectIdQuery(*m_store).textOrder(
            key, m_language, m_textOrdersBefore.value(textOrderKey(key, m_language)).get());
    m_order = order->ids(m_sortOrder);
}

namespace {

// The ids of `order` that are among `matching`, in the order of `order`. Marking the
// matching ids in a bit array keyed by id makes this linear in the portfolio.
QList<qint64> keepOnly(const QList<qint64> &order, const QList<qint64> &matching)
{
    qint64 largest = 0;
    for (qint64 id : matching)
        largest = std::max(largest, id);
    std::vector<bool> matches(size_t(largest) + 1, false);
    for (qint64 id : matching)
        matches[size_t(id)] = true;
    QList<qint64> kept;
    kept.reserve(matching.size());
    for (qint64 id : order)
        if (id <= largest && matches[size_t(id)])
            kept.append(id);
    return kept;
}

} // namespace

void ProjectTableModel::applyFilter()
{
    if (m_filter.isEmpty() || !m_store) {
        m_rows = m_order;
        return;
    }
    const QString needle = ProjectTextIndex::normalised(m_filter.text);
    if (needle.isEmpty() || !m_textIndex) {
        m_rows = keepOnly(m_order, ProjectIdQuery(*m_store).matching(m_filter));
        return;
    }
    ProjectFilter withoutText = m_filter;
    withoutText.text.clear();
    if (m_filterBeforeText != withoutText) {
        m_rowsBeforeText = withoutText.isEmpty()
                               ? m_order
                               : keepOnly(m_order, ProjectIdQuery(*m_store).matching(withoutText));
        m_filterBeforeText = withoutText;
    }
    m_rows = rowsMatchingText(needle);
}

// The rows before the text condition whose text contains `needle`. Typing on only narrows
// what the previous text matched, so only those projects are searched again.
QList<qint64> ProjectTableModel::rowsMatchingText(const QString &needle)
{
    const bool narrowing = !m_lastNeedle.isEmpty() && needle.contains(m_lastNeedle);
    QList<int> matches = m_textIndex->matching(needle, narrowing ? &m_lastTextMatches : nullptr);
    QList<qint64> ids;
    ids.reserve(matches.size());
    for (int position : std::as_const(matches))
        ids.append(m_textIndex->idAt(position));
    // The projects in a country of that name, as the SQL search finds them.
    if (CountrySearch::applies(needle)) {
        QVariantList values;
        const QString sql = CountrySearch::projectIds(needle, values);
        QSqlQuery inCountries = m_store->run(sql, values);
        while (inCountries.next())
            ids.append(inCountries.value(0).toLongLong());
    }
    m_lastNeedle = needle;
    m_lastTextMatches = std::move(matches);
    return keepOnly(m_rowsBeforeText, ids);
}

// Sorts again, keeping the view's selection and current row on the same projects.
void ProjectTableModel::resort()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &index : before)
        ids << projectIdAt(index.row());
    readOrder();
    applyFilter();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const int row = rowOfProject(ids.at(i));
        after << (row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace sstc
