#include "MainWindow.h"

#include "RecentFiles.h"
#include "TranslationLoader.h"
#include "itemmodels/ProjectTableModel.h"
#include "portfolio/ProjectSummaryPane.h"
#include "repositories/ProjectRepository.h"
#include "sample/PortfolioOpener.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

namespace sstc {

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString splitterKey = QStringLiteral("mainWindow/splitter");
const QString tableHeaderKey = QStringLiteral("mainWindow/projectTableHeader");
} // namespace

MainWindow::MainWindow(TranslationLoader &translations, QWidget *parent)
    : QMainWindow(parent)
    , m_translations(translations)
    , m_projectModel(new ProjectTableModel(this))
    , m_projectTable(new QTableView(this))
    , m_summaryPane(new ProjectSummaryPane(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_projectTable->setObjectName(QStringLiteral("projectTable"));
    m_projectTable->setModel(m_projectModel);
    m_projectTable->setSortingEnabled(true);
    m_projectTable->sortByColumn(ProjectTableModel::Start, Qt::AscendingOrder);
    m_projectTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_projectTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_projectTable->setAlternatingRowColors(true);
    m_projectTable->setWordWrap(false);
    m_projectTable->verticalHeader()->hide();
    m_projectTable->horizontalHeader()->setSectionsMovable(true);
    setDefaultColumnWidths();
    connect(m_projectTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedProject);

    m_splitter->setObjectName(QStringLiteral("portfolioSplitter"));
    m_splitter->addWidget(m_projectTable);
    m_splitter->addWidget(m_summaryPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_statusLabel->setObjectName(QStringLiteral("portfolioStatus"));
    statusBar()->addWidget(m_statusLabel, 1);

    createActions();
    createMenus();
    setLanguage(m_translations.language());
    restoreLayout();
}

MainWindow::~MainWindow() = default;

// Widths that fit the longest usual value of each column in either language; the title
// takes the rest. Measured once from the font, not from the rows, which may be many.
void MainWindow::setDefaultColumnWidths()
{
    QHeaderView *header = m_projectTable->horizontalHeader();
    const QFontMetrics metrics(m_projectTable->font());
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
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("newPortfolioAction"));
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newPortfolio);

    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openPortfolioAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openPortfolioDialog);

    m_clearRecentAction = new QAction(this);
    m_clearRecentAction->setObjectName(QStringLiteral("clearRecentAction"));
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        RecentFiles::clear();
        rebuildRecentMenu();
    });

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_languageGroup = new QActionGroup(this);
    m_englishAction = new QAction(QStringLiteral("English"), m_languageGroup);
    m_englishAction->setObjectName(QStringLiteral("languageEnglishAction"));
    m_chineseAction = new QAction(QStringLiteral("中文"), m_languageGroup);
    m_chineseAction->setObjectName(QStringLiteral("languageChineseAction"));
    for (QAction *action : {m_englishAction, m_chineseAction})
        action->setCheckable(true);
    connect(m_englishAction, &QAction::triggered, this,
            [this] { chooseLanguage(Language::English); });
    connect(m_chineseAction, &QAction::triggered, this,
            [this] { chooseLanguage(Language::Chinese); });

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    // Each language is named in itself, so that anyone can find their way back.
    m_languageMenu->addAction(m_englishAction);
    m_languageMenu->addAction(m_chineseAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    rebuildRecentMenu();
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Portfolio…"));
    m_openAction->setText(tr("&Open Portfolio…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_clearRecentAction->setText(tr("&Clear Recent Files"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About SSTC Desk"));
    rebuildRecentMenu();
    updateTitle();
    updateStatus();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (int i = 0; i < files.size(); ++i) {
        const QString file = files.at(i);
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(file)));
        connect(action, &QAction::triggered, this, [this, file] { openPortfolio(file); });
    }
    if (files.isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No recent files"));
        none->setEnabled(false);
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!files.isEmpty());
}

void MainWindow::chooseLanguage(Language language)
{
    setLanguage(language);
    TranslationLoader::rememberLanguage(m_translations.language());
}

void MainWindow::setLanguage(Language language)
{
    if (!m_translations.apply(language))
        showError(tr("The Chinese translation could not be loaded; SSTC Desk stays in English."));
    (language == Language::Chinese ? m_chineseAction : m_englishAction)->setChecked(true);
    m_projectModel->setLanguage(m_translations.language());
    m_summaryPane->setLanguage(m_translations.language());
    // Installing a translator sends LanguageChange to every widget; English has none to
    // install, so retranslate here too.
    retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

bool MainWindow::openPortfolio(const QString &path)
{
    return adoptOpened([&] {
        return PortfolioOpener::open(path, PortfolioOpener::NewFileContent::ReferenceOnly);
    });
}

bool MainWindow::openDefaultPortfolio()
{
    return adoptOpened([] { return PortfolioOpener::openDefault(); });
}

bool MainWindow::adoptOpened(const std::function<std::unique_ptr<PortfolioStore>()> &open)
{
    try {
        adoptStore(open());
        return true;
    } catch (const StoreError &error) {
        showError(error.message());
        return false;
    }
}

void MainWindow::adoptStore(std::unique_ptr<PortfolioStore> store)
{
    m_store = std::move(store);
    RecentFiles::add(m_store->path());
    rebuildRecentMenu();
    reloadProjects();
    updateTitle();
}

void MainWindow::reloadProjects()
{
    try {
        m_projectModel->setProjects(m_store ? ProjectRepository(*m_store).summaries()
                                            : QList<ProjectSummary>());
    } catch (const StoreError &error) {
        m_projectModel->setProjects({});
        showError(error.message());
    }
    m_summaryPane->showProject(std::nullopt);
    updateStatus();
}

void MainWindow::showSelectedProject()
{
    const QModelIndex current = m_projectTable->selectionModel()->currentIndex();
    if (!m_store || !current.isValid()) {
        m_summaryPane->showProject(std::nullopt);
        return;
    }
    try {
        m_summaryPane->showProject(
            ProjectDetails::load(*m_store, current.data(IdRole).toLongLong()));
    } catch (const StoreError &error) {
        m_summaryPane->showProject(std::nullopt);
        showError(error.message());
    }
}

void MainWindow::updateStatus()
{
    if (!m_store) {
        m_statusLabel->setText(tr("No portfolio open"));
        return;
    }
    m_statusLabel->setText(tr("%n project(s) · %1", nullptr, m_projectModel->rowCount())
                               .arg(QDir::toNativeSeparators(m_store->path())));
}

void MainWindow::updateTitle()
{
    const QString application = tr("SSTC Desk");
    setWindowTitle(
        m_store ? QStringLiteral("%1 — %2").arg(QFileInfo(m_store->path()).fileName(), application)
                : application);
}

void MainWindow::showError(const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("SSTC Desk"), message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorMessage"));
    box.exec();
}

void MainWindow::newPortfolio()
{
    QFileDialog dialog(this, tr("New Portfolio"), QDir::homePath(),
                       tr("SSTC Desk portfolios (*.sstc)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("sstc"));
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    if (QFileInfo::exists(path)) {
        showError(tr("“%1” already exists. Choose another name: a new portfolio never replaces "
                     "an existing file.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    // Buttons that say what they do, so that the question reads right in any language.
    QMessageBox question(QMessageBox::Question, tr("New Portfolio"),
                         tr("Start the new portfolio with the sample China–ILO portfolio from "
                            "the source documents, or empty?"),
                         QMessageBox::NoButton, this);
    QPushButton *sample = question.addButton(tr("Sample Portfolio"), QMessageBox::AcceptRole);
    question.addButton(tr("Empty Portfolio"), QMessageBox::RejectRole);
    question.setDefaultButton(sample);
    question.exec();
    const auto content = question.clickedButton() == sample
                             ? PortfolioOpener::NewFileContent::Sample
                             : PortfolioOpener::NewFileContent::ReferenceOnly;
    adoptOpened([&] { return PortfolioOpener::open(path, content); });
}

void MainWindow::openPortfolioDialog()
{
    const QString start = m_store ? QFileInfo(m_store->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Portfolio"), start,
        tr("SSTC Desk portfolios (*.sstc *.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openPortfolio(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About SSTC Desk"),
        tr("<h3>SSTC Desk %1</h3><p>The portfolio of South-South and triangular cooperation "
           "between China and the International Labour Organization: projects, funding, "
           "agreements, events and results, and the reports that go back to the donor.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1280, 720);
    restoreState(settings.value(stateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(splitterKey).toByteArray()))
        m_splitter->setSizes({width() * 7 / 10, width() * 3 / 10});
    m_projectTable->horizontalHeader()->restoreState(settings.value(tableHeaderKey).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(tableHeaderKey, m_projectTable->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace sstc
