#pragma once

#include "models/changes/IatiImportChanges.h"
#include "models/iati/IatiImporter.h"

#include <QDialog>
#include <QElapsedTimer>

class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace sstc {

class PortfolioContext;

// File → Import → IATI XML…: what the chosen files hold and what importing them would do,
// from a dry run, before anything is written; then the import, with a progress bar and
// Cancel, in one transaction and one undo step.
class IatiImportDialog : public QDialog
{
    Q_OBJECT

public:
    IatiImportDialog(PortfolioContext &context, const QStringList &files,
                     QWidget *parent = nullptr);

    const IatiImportSummary &preview() const { return m_preview; }
    // Asks for files and shows the dialog; for the menu.
    static QAction *createAction(PortfolioContext &context, QWidget *window);

    void reject() override;

private:
    void showPreview();
    void fillActivities();
    void fillProblems();
    void runImport();
    bool followProgress(qint64 bytesRead, qint64 totalBytes);

    PortfolioContext &m_context;
    QStringList m_files;
    IatiImportSummary m_preview;
    QLabel *m_summaryLabel;
    QLabel *m_keptLabel;
    QTableView *m_activitiesTable;
    QStandardItemModel *m_activities;
    QTableView *m_problemsTable;
    QStandardItemModel *m_problems;
    QProgressBar *m_progress;
    QPushButton *m_importButton;
    QPushButton *m_cancelButton;
    bool m_running = false;
    bool m_cancelRequested = false;
    QElapsedTimer m_clock;    // since the import started
    qint64 m_lastEvents = -1; // ms of m_clock when events were last processed; -1: not yet
};

} // namespace sstc
