#include "ui/portfolio/PortfolioView.h"

#include "models/audit/AuditLog.h"
#include "models/export/ProjectCsvExport.h"
#include "models/export/TableExporter.h"
#include "models/itemmodels/AuditTableModel.h"
#include "models/itemmodels/ProjectTableModel.h"
#include "models/repositories/ProjectDetails.h"
#include "models/store/PortfolioStore.h"
#include "models/store/StoreError.h"
#include "ui/agreements/ProjectAgreementPane.h"
#include "ui/portfolio/ProjectFilterBar.h"
#include "ui/portfolio/ProjectSummaryPane.h"
#include "ui/portfolio/ProjectTableHint.h"
#include "ui/shell/AuditTableLayout.h"
#include "ui/shell/FallbackTextDelegate.h"
#include "ui/shell/FileDialogs.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/shell/SettingsKeys.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QMenu>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sstc {

PortfolioView::PortfolioView(PortfolioContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_filterBar(new ProjectFilterBar(this))
    , m_model(new ProjectTableModel(this))
    , m_table(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_details(new QTabWidget(this))
    , m_summaryPane(new ProjectSummaryPane(this))
    , m_historyModel(new AuditTableModel(this))
    , m_historyTable(new QTableView(this))
    , m_agreementPane(new ProjectAgreementPane(context, this))
    , m_copyAction(new QAction(this))
    , m_exportCsvAction(new QAction(this))
    , m_findAction(new QAction(this))
    , m_clearFiltersAction(new QAction(this))
    , m_columnsMenu(new QMenu(this))
    , m_hint(new ProjectTableHint(m_table->viewport()))
{
    setObjectName(QStringLiteral("portfolioView"));
    m_rememberFilterTimer = new QTimer(this);
    m_rememberFilterTimer->setSingleShot(true);
    m_rememberFilterTimer->setInterval(500);
    connect(m_rememberFilterTimer, &QTimer::timeout, this, &PortfolioView::rememberFilter);
    m_csvExport = new ProjectCsvExport(this);
    connect(m_csvExport, &ProjectCsvExport::progressed, this, [this](int written, int) {
        if (m_csvProgress)
            m_csvProgress->setValue(written);
    });
    connect(m_csvExport, &ProjectCsvExport::finished, this, &PortfolioView::csvExportFinished);
    m_table->setObjectName(QStringLiteral("projectTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProjectTableModel::Start, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setItemDelegateForColumn(ProjectTableModel::Title, new FallbackTextDelegate(m_table));
    m_table->verticalHeader()->hide();
    // Fixed row heights: measuring 100,000 rows would take seconds.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    setDefaultColumnWidths();

    m_details->setObjectName(QStringLiteral("projectDetailTabs"));
    m_historyTable->setObjectName(QStringLiteral("projectHistoryTable"));
    m_historyTable->setModel(m_historyModel);
    m_historyTable->verticalHeader()->hide();
    AuditTableLayout::apply(m_historyTable); // in the side pane, without sideways scrolling
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_details->addTab(m_summaryPane, QString());
    m_details->addTab(m_historyTable, QString());
    m_details->addTab(m_agreementPane, QString());
    connect(m_agreementPane, &ProjectAgreementPane::agreementActivated, this,
            &PortfolioView::agreementActivated);

    m_splitter->setObjectName(QStringLiteral("portfolioSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);

    m_copyAction->setObjectName(QStringLiteral("copyRowsAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &PortfolioView::copySelection);
    m_table->addAction(m_copyAction);
    m_exportCsvAction->setObjectName(QStringLiteral("exportCsvAction"));
    connect(m_exportCsvAction, &QAction::triggered, this, &PortfolioView::exportCsvDialog);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_filterBar, &ProjectFilterBar::focusSearch);
    m_clearFiltersAction->setObjectName(QStringLiteral("clearFiltersAction"));
    m_clearFiltersAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+L")));
    connect(m_clearFiltersAction, &QAction::triggered, this, [this] {
        m_filterBar->setFilter({});
        m_context.setFilter({});
    });
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &at) {
                m_columnsMenu->popup(m_table->horizontalHeader()->mapToGlobal(at));
            });
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &PortfolioView::rebuildColumnsMenu);

    m_hint->setActions(m_clearFiltersAction, nullptr, nullptr, nullptr);
    connect(this, &PortfolioView::countsChanged, this, &PortfolioView::updateHint);
    connect(m_filterBar, &ProjectFilterBar::filterChanged, &m_context,
            &PortfolioContext::setFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PortfolioView::tableCurrentChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_context.requestEdit(index.data(IdRole).toLongLong());
    });
    connect(&m_context, &PortfolioContext::storeChanged, this, &PortfolioView::reloadStore);
    connect(&m_context, &PortfolioContext::dataChanged, this, &PortfolioView::reloadData);
    connect(&m_context, &PortfolioContext::filterChanged, this, &PortfolioView::applyFilter);
    connect(&m_context, &PortfolioContext::currentProjectChanged, this, [this] {
        // A project made current elsewhere (by an undo, a chart) that the filter hides is
        // not one the summary may show or Edit and Delete act on: the user cannot see it.
        const qint64 current = m_context.currentProjectId();
        if (current != 0 && m_model->rowOfProject(current) < 0) {
            m_context.setCurrentProject(0);
            return;
        }
        selectCurrentProject();
        showCurrentProject();
    });
    connect(&m_context, &PortfolioContext::languageChanged, this, [this](Language language) {
        m_model->setLanguage(language);
        m_summaryPane->setLanguage(language);
        m_historyModel->setLanguage(language);
        AuditTableLayout::fitColumns(m_historyTable);
        m_filterBar->setChoices(m_context.store(), language);
    });

    // The filter of the last session, until the user changes it.
    const ProjectFilter remembered = ProjectFilter::fromJson(
        QJsonDocument::fromJson(QSettings().value(SettingsKeys::portfolioFilter).toByteArray())
            .object());
    m_filterBar->setFilter(remembered);
    m_context.setFilter(remembered); // applied through filterChanged
    retranslate();
}

void PortfolioView::setDefaultColumnWidths()
{
    // Widths that fit the longest usual value of each column in either language; the title
    // takes the rest. Measured once from the font, not from the rows, which may be many.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics(m_table->font());
    const int padding = 2 * metrics.averageCharWidth() + 8;
    const auto fit = [&](int column, const QString &sample) {
        header->resizeSection(column, metrics.horizontalAdvance(sample) + padding);
    };
    fit(ProjectTableModel::Code, QStringLiteral("RAS/12/04/CHN"));
    fit(ProjectTableModel::Countries, QStringLiteral("Cambodia, Lao PDR"));
    fit(ProjectTableModel::Start, QStringLiteral("30 Sep 2026"));
    fit(ProjectTableModel::End, QStringLiteral("30 Sep 2026"));
    fit(ProjectTableModel::Budget, QStringLiteral("US$10,000,000"));
    fit(ProjectTableModel::Status, QStringLiteral("Implementation"));
    header->setSectionResizeMode(ProjectTableModel::Title, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
}

void PortfolioView::reloadStore()
{
    try {
        m_model->setStore(m_context.store());
        m_filterBar->setChoices(m_context.store(), m_context.language());
    } catch (const StoreError &error) {
        m_model->setStore(nullptr);
        m_context.reportError(error.message());
    }
    showCurrentProject();
    emit countsChanged();
}

void PortfolioView::reloadData()
{
    try {
        m_model->reload();
        m_filterBar->setChoices(m_context.store(), m_context.language());
    } catch (const StoreError &error) {
        m_context.reportError(error.message());
    }
    selectCurrentProject();
    showCurrentProject();
    emit countsChanged();
}

PortfolioView::~PortfolioView()
{
    if (m_rememberFilterTimer->isActive())
        rememberFilter();
}

void PortfolioView::rememberFilter()
{
    m_rememberFilterTimer->stop();
    QSettings().setValue(SettingsKeys::portfolioFilter, m_filterToRemember);
}

void PortfolioView::applyFilter()
{
    // Kept here: the context may be gone by the time the view is destroyed.
    m_filterToRemember = QJsonDocument(m_context.filter().toJson()).toJson(QJsonDocument::Compact);
    m_rememberFilterTimer->start();
    if (m_filterBar->filter() != m_context.filter())
        m_filterBar->setFilter(m_context.filter());
    try {
        m_model->setFilter(m_context.filter());
    } catch (const StoreError &error) {
        m_context.reportError(error.message());
    }
    // A project the filter hides is no longer the one the summary shows and Edit or Delete
    // act on: the user cannot see what they would change.
    const qint64 current = m_context.currentProjectId();
    if (current != 0 && m_model->rowOfProject(current) < 0)
        m_context.setCurrentProject(0); // deselects through currentProjectChanged
    else
        selectCurrentProject();
    emit countsChanged();
}

// Puts the table's current row on the context's project, when the table shows it.
void PortfolioView::selectCurrentProject()
{
    const int row = m_model->rowOfProject(m_context.currentProjectId());
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (row >= 0 && current.isValid() && current.row() == row)
        return;
    m_selecting = true;
    if (row < 0) {
        m_table->selectionModel()->clear();
    } else {
        const QModelIndex index = m_model->index(row, ProjectTableModel::Title);
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    m_selecting = false;
}

void PortfolioView::tableCurrentChanged()
{
    if (m_selecting)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_context.setCurrentProject(current.isValid() ? current.data(IdRole).toLongLong() : 0);
}

void PortfolioView::showCurrentProject()
{
    const qint64 id = m_context.currentProjectId();
    PortfolioStore *store = m_context.store();
    if (!store || id == 0) {
        m_summaryPane->showProject(std::nullopt);
        m_historyModel->setEntries({});
        m_agreementPane->showProject(0, std::nullopt);
        return;
    }
    try {
        std::optional<ProjectDetails> details = ProjectDetails::load(*store, id);
        m_agreementPane->showProject(id, details ? details->agreement : std::nullopt);
        m_summaryPane->showProject(std::move(details));
        AuditHistory history = AuditHistory::withNames(*store, AuditLog(*store).ofProject(id));
        m_historyModel->setEntries(std::move(history.entries), std::move(history.names));
    } catch (const StoreError &error) {
        m_summaryPane->showProject(std::nullopt);
        m_historyModel->setEntries({});
        m_context.reportError(error.message());
    }
}

void PortfolioView::setEmptyPortfolioActions(QAction *importIati, QAction *newProject,
                                             QAction *openSample)
{
    m_hint->setActions(m_clearFiltersAction, importIati, newProject, openSample);
    updateHint();
}

void PortfolioView::updateHint()
{
    using Reason = ProjectTableHint::Reason;
    if (!m_context.store())
        m_hint->showFor(Reason::None);
    else if (m_model->totalCount() == 0)
        m_hint->showFor(Reason::EmptyPortfolio);
    else if (m_model->rowCount() == 0)
        m_hint->showFor(Reason::NothingMatches);
    else
        m_hint->showFor(Reason::None);
}

void PortfolioView::showProject(qint64 projectId)
{
    if (projectId != 0 && m_model->rowOfProject(projectId) < 0 &&
        m_context.filter() != ProjectFilter()) {
        m_filterBar->setFilter({});
        m_context.setFilter({});
    }
    m_context.setCurrentProject(projectId);
}

QList<int> PortfolioView::visibleColumns() const
{
    QList<int> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

void PortfolioView::copySelection()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty())
        return;
    QApplication::clipboard()->setText(
        TableExporter::tabSeparated(*m_model, rows, visibleColumns()));
}

namespace {
ProjectCsvExport::Request csvRequest(const ProjectTableModel &model, const QList<int> &columns,
                                     const QString &path)
{
    return {path, model.rowIds(), columns, model.language()};
}
} // namespace

QString PortfolioView::exportCsv(const QString &path) const
{
    if (!m_context.store())
        return {};
    return ProjectCsvExport::write(*m_context.store(), csvRequest(*m_model, visibleColumns(), path));
}

void PortfolioView::startCsvExport(const QString &path)
{
    cancelCsvExport();
    PortfolioStore *store = m_context.store();
    if (!store)
        return;
    if (!store->canBeReadElsewhere()) { // an in-memory portfolio: small, written here
        if (const QString problem = exportCsv(path); !problem.isEmpty())
            m_context.reportError(problem);
        else
            m_context.reportSaved(path);
        return;
    }
    m_csvPath = path;
    const int rows = m_model->rowCount();
    m_csvProgress = new QProgressDialog(tr("Exporting %n project(s) as CSV…", nullptr, rows),
                                        tr("Cancel"), 0, qMax(rows, 1), this);
    m_csvProgress->setObjectName(QStringLiteral("csvExportProgress"));
    m_csvProgress->setWindowTitle(tr("Export Table as CSV"));
    // Not modal: the window stays usable while the file is written from a reading connection.
    m_csvProgress->setWindowModality(Qt::NonModal);
    m_csvProgress->setMinimumDuration(500);
    m_csvProgress->setAutoClose(false);
    m_csvProgress->setAutoReset(false);
    m_csvProgress->setValue(0);
    connect(m_csvProgress, &QProgressDialog::canceled, this, &PortfolioView::cancelCsvExport);
    m_csvExport->start(store->location(), csvRequest(*m_model, visibleColumns(), path));
}

bool PortfolioView::isExporting() const
{
    return m_csvExport->isRunning();
}

void PortfolioView::cancelCsvExport()
{
    m_csvExport->cancel();
    if (m_csvProgress) {
        m_csvProgress->deleteLater();
        m_csvProgress = nullptr;
    }
}

void PortfolioView::csvExportFinished(const QString &problem)
{
    if (m_csvProgress) {
        m_csvProgress->deleteLater();
        m_csvProgress = nullptr;
    }
    if (!problem.isEmpty())
        m_context.reportError(problem);
    else
        m_context.reportSaved(m_csvPath);
}

void PortfolioView::exportCsvDialog()
{
    const QString path = FileDialogs::saveFile(this, tr("Export Table as CSV"),
                                               FileDialogs::inLastFolder(tr("projects.csv")),
                                               tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    startCsvExport(path);
}

void PortfolioView::rebuildColumnsMenu()
{
    m_columnsMenu->clear();
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action =
            m_columnsMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The title stays, so that a row can always be told.
        action->setEnabled(column != ProjectTableModel::Title);
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
}

void PortfolioView::restoreLayout()
{
    QSettings settings;
    m_table->horizontalHeader()->restoreState(
        settings.value(SettingsKeys::projectTableHeader).toByteArray());
    if (!m_splitter->restoreState(settings.value(SettingsKeys::portfolioSplitter).toByteArray()))
        m_splitter->setSizes({7000, 3000}); // shares of the width, whatever it turns out to be
}

void PortfolioView::saveLayout() const
{
    QSettings settings;
    settings.setValue(SettingsKeys::projectTableHeader, m_table->horizontalHeader()->saveState());
    settings.setValue(SettingsKeys::portfolioSplitter, m_splitter->saveState());
}

void PortfolioView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PortfolioView::retranslate()
{
    m_details->setTabText(0, tr("Summary"));
    m_details->setTabText(1, tr("History"));
    m_details->setTabText(2, tr("Agreement && documents"));
    m_copyAction->setText(tr("&Copy Rows"));
    m_exportCsvAction->setText(tr("&Export Table as CSV…"));
    m_findAction->setText(tr("&Find…"));
    m_clearFiltersAction->setText(tr("C&lear Filters"));
    m_columnsMenu->setTitle(tr("&Columns"));
}

} // namespace sstc
