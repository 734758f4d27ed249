#pragma once

#include "models/domain/Language.h"
#include "models/itemmodels/ItemRoles.h"
#include "models/query/ProjectFilter.h"
#include "models/query/ProjectIdQuery.h"
#include "models/query/ProjectTextIndex.h"
#include "models/repositories/ProjectSummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace sstc {

class BackgroundReader;
class PortfolioStore;
class ProjectTextIndexLoader;

// The portfolio table: one row per project matching the filter, texts in the UI language
// (falling back to the other language when a text exists only there).
//
// Built for large portfolios: it holds only the ordered ids of all projects and of the
// matching ones; a filter asks SQL for the matching ids and keeps the current order, and row
// contents are read a page at a time when a view first shows them. The search text is looked
// for in a ProjectTextIndex once one has been read in the background (SQL until then), and
// the other conditions' SQL result is kept while only the text changes, so that typing in
// the search field costs no SQL at all. Sorting is by each
// column's natural order (dates by date, budgets by amount, Chinese titles by pinyin).
class ProjectTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Title,
        Countries,
        Start,
        End,
        Budget,
        Status,
        ColumnCount
    };

    explicit ProjectTableModel(QObject *parent = nullptr);

    void setStore(PortfolioStore *store); // nullptr for none
    // Exactly these projects, in this order, for writing them out (a CSV file, the command
    // line): nothing is read in the background, and rows are read in large pages.
    void setFixedRows(PortfolioStore *store, const QList<qint64> &ids);
    void setFilter(const ProjectFilter &filter);
    const ProjectFilter &filter() const { return m_filter; }
    // Reads the portfolio again after a change, keeping filter and order.
    void reload();
    void setLanguage(Language language);
    Language language() const { return m_language; }
    int totalCount() const { return int(m_order.size()); }
    int rowOfProject(qint64 projectId) const; // -1 when not shown
    // Whether the search text is looked for in memory yet (in SQL until then).
    bool searchesInMemory() const { return m_textIndex != nullptr; }
    // Whether the order by title in the UI language has been made (in the background after
    // opening or a change), so that sorting by title needs no collation keys made.
    bool sortsByTitleInMemory() const;
    // The ids of the rows, in their order.
    const QList<qint64> &rowIds() const { return m_rows; }
    qint64 projectIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    const ProjectSummary *summaryAt(int row) const;
    QString displayText(const ProjectSummary &project, int column) const;
    QVariant sortValue(const ProjectSummary &project, int column) const;
    QVariant exportValue(const ProjectSummary &project, int column) const;
    void readOrder();
    void applyFilter();
    QList<qint64> rowsMatchingText(const QString &needle);
    void resort();
    void readTextIndex();
    void readTitleOrder();
    std::shared_ptr<const TextSortOrder> &textOrderSlot(ProjectSortKey key, Language language);

    PortfolioStore *m_store = nullptr;
    ProjectFilter m_filter;
    QList<qint64> m_order; // every project, in the current order
    QList<qint64> m_rows;  // the matching ones, in the same order
    // The projects of m_order that match the filter without its text, and that filter.
    QList<qint64> m_rowsBeforeText;
    std::optional<ProjectFilter> m_filterBeforeText;
    ProjectTextIndexLoader *m_textIndexLoader;
    std::shared_ptr<const ProjectTextIndex> m_textIndex;
    // The last text looked for in the index and the positions it matched.
    QString m_lastNeedle;
    QList<int> m_lastTextMatches;
    // The text orders made so far (by key and language), until the data changes; those of
    // before the last change lend their collation keys to the new ones.
    QHash<int, std::shared_ptr<const TextSortOrder>> m_textOrders;
    QHash<int, std::shared_ptr<const TextSortOrder>> m_textOrdersBefore;
    BackgroundReader *m_titleOrderReader;
    // Rows read so far; emptied when the portfolio changes.
    mutable QHash<qint64, ProjectSummary> m_loaded;
    Language m_language = Language::English;
    int m_pageSize;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace sstc
