#pragma once

#include "ItemRoles.h"
#include "domain/Language.h"
#include "repositories/ProjectSummary.h"

#include <QAbstractTableModel>
#include <QList>

namespace sstc {

// The portfolio table: one row per project, texts in the UI language (falling back to the
// other language when a text exists only there). Sorting is done here, by each column's
// natural order (dates by date, budgets by amount, Chinese titles by pinyin).
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

    void setProjects(QList<ProjectSummary> projects);
    void setLanguage(Language language);
    Language language() const { return m_language; }
    int rowOfProject(qint64 projectId) const; // -1 when not shown
    qint64 projectIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QString displayText(const ProjectSummary &project, int column) const;
    QVariant sortValue(const ProjectSummary &project, int column) const;
    QVariant exportValue(const ProjectSummary &project, int column) const;
    void applySort();
    void resort();

    QList<ProjectSummary> m_projects;
    Language m_language = Language::English;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace sstc
