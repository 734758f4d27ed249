#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QProgressDialog;
class QSplitter;
class QTabWidget;
class QTableView;

class QTimer;

namespace sstc {

class AuditTableModel;
class PortfolioContext;
class ProjectAgreementPane;
class ProjectCsvExport;
class ProjectFilterBar;
class ProjectSummaryPane;
class ProjectTableHint;
class ProjectTableModel;

// The portfolio tab: the filter bar over the projects table, and beside it the selected
// project's summary and history. Follows the shared context both ways: a filter or a
// selection made here is the context's, and one made elsewhere shows here.
class PortfolioView : public QWidget
{
    Q_OBJECT
    // True while Export Table as CSV writes in the background.
    Q_PROPERTY(bool exporting READ isExporting)

public:
    explicit PortfolioView(PortfolioContext &context, QWidget *parent = nullptr);
    ~PortfolioView() override;

    QTableView *table() const { return m_table; }
    ProjectTableModel *model() const { return m_model; }
    ProjectFilterBar *filterBar() const { return m_filterBar; }
    // For the main window's menus.
    QAction *copyAction() const { return m_copyAction; }
    QAction *exportCsvAction() const { return m_exportCsvAction; }
    QAction *findAction() const { return m_findAction; }
    QAction *clearFiltersAction() const { return m_clearFiltersAction; }
    QMenu *columnsMenu() const { return m_columnsMenu; }

    // Makes the project current, clearing the filter first when it hides the project: the
    // user asked to see that one (from an agreement's list of projects).
    void showProject(qint64 projectId);
    void copySelection();
    // Writes the rows and columns shown to a CSV file; returns an error message or "".
    QString exportCsv(const QString &path) const;
    // The same in the background (what Export Table as CSV does), with a progress dialog
    // whose Cancel stops it and leaves no file; a problem is reported through the context.
    void startCsvExport(const QString &path);
    bool isExporting() const;
    void cancelCsvExport();
    QList<int> visibleColumns() const; // in the order shown
    void restoreLayout();
    void saveLayout() const;
    // What the empty table offers for a portfolio without projects.
    void setEmptyPortfolioActions(QAction *importIati, QAction *newProject, QAction *openSample);
    ProjectTableHint *tableHint() const { return m_hint; }

signals:
    void countsChanged(); // the model's rowCount() or totalCount() changed
    // The agreement a project rests on was clicked: show it in the agreement history.
    void agreementActivated(qint64 agreementId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setDefaultColumnWidths();
    void retranslate();
    void rebuildColumnsMenu();
    void reloadStore();
    void reloadData();
    void applyFilter();
    void rememberFilter();
    void selectCurrentProject();
    void showCurrentProject();
    void tableCurrentChanged();
    void exportCsvDialog();
    void updateHint();
    void csvExportFinished(const QString &problem);

    PortfolioContext &m_context;
    ProjectFilterBar *m_filterBar;
    ProjectTableModel *m_model;
    QTableView *m_table;
    QSplitter *m_splitter;
    QTabWidget *m_details;
    ProjectSummaryPane *m_summaryPane;
    // Writes the filter to the settings a moment after the last change, not at every keystroke.
    QTimer *m_rememberFilterTimer;
    ProjectCsvExport *m_csvExport;
    QProgressDialog *m_csvProgress = nullptr;
    QString m_csvPath; // where the running export writes, named when it is done
    QByteArray m_filterToRemember;
    AuditTableModel *m_historyModel;
    QTableView *m_historyTable;
    ProjectAgreementPane *m_agreementPane;
    QAction *m_copyAction;
    QAction *m_exportCsvAction;
    QAction *m_findAction;
    QAction *m_clearFiltersAction;
    QMenu *m_columnsMenu;
    ProjectTableHint *m_hint;
    bool m_selecting = false;
};

} // namespace sstc
