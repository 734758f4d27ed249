#pragma once

#include "ItemRoles.h"
#include "domain/Language.h"
#include "query/ProjectFilter.h"
#include "query/ProjectIdQuery.h"
#include "repositories/ProjectSummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace sstc {

class PortfolioStore;

// The portfolio table: one row per project matching the filter, texts in the UI language
// (falling back to the other language when a text exists only there).
//
// Built for large portfolios: it holds only the ordered ids of all projects and of the
// matching ones; a filter asks SQL for the matching ids and keeps the current order, and row
// contents are read a page at a time when a view first shows them. Sorting is by each
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
    void setFilter(const ProjectFilter &filter);
    const ProjectFilter &filter() const { return m_filter; }
    // Reads the portfolio again after a change, keeping filter and order.
    void reload();
    void setLanguage(Language language);
    Language language() const { return m_language; }
    int totalCount() const { return int(m_order.size()); }
    int rowOfProject(qint64 projectId) const; // -1 when not shown
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
    void resort();

    PortfolioStore *m_store = nullptr;
    ProjectFilter m_filter;
    QList<qint64> m_order; // every project, in the current order
    QList<qint64> m_rows;  // the matching ones, in the same order
    // Rows read so far; emptied when the portfolio changes.
    mutable QHash<qint64, ProjectSummary> m_loaded;
    Language m_language = Language::English;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace sstc
