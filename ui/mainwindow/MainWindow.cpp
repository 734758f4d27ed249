#include "ui/mainwindow/MainWindow.h"

#include "ui/agreements/AgreementsView.h"
#include "ui/agreements/ExpiryReminderDialog.h"

#include "models/audit/AuditLog.h"
#include "models/domain/Clock.h"
#include "models/funding/FundingFiguresLoader.h"
#include "models/itemmodels/ProjectTableModel.h"
#include "models/repositories/ProjectRepository.h"
#include "models/store/PortfolioBackups.h"
#include "models/store/PortfolioIntegrityLoader.h"
#include "models/store/PortfolioOpener.h"
#include "models/store/ServerUpgrade.h"
#include "models/text/Formats.h"
#include "translations/TranslationLoader.h"
#include "ui/funding/FundingView.h"
#include "ui/help/UserGuideDialog.h"
#include "ui/iati/IatiExportDialog.h"
#include "ui/iati/IatiImportDialog.h"
#include "ui/lookups/LookupListsDialog.h"
#include "ui/mainwindow/DamagedPortfolioDialog.h"
#include "ui/mainwindow/InterfaceFont.h"
#include "ui/mainwindow/RecentFiles.h"
#include "ui/mainwindow/ServerConnectionDialog.h"
#include "ui/mainwindow/WindowPlacement.h"
#include "ui/offers/OffersView.h"
#include "ui/portfolio/PortfolioView.h"
#include "ui/print/PrintPreview.h"
#include "ui/print/PrintedTable.h"
#include "ui/projecteditor/ProjectEditorDialog.h"
#include "ui/report/ReportDialog.h"
#include "ui/shell/FileDialogs.h"
#include "ui/shell/PasswordKeychain.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/shell/PortfolioInstance.h"
#include "ui/shell/Preferences.h"
#include "ui/shell/SettingsKeys.h"
#include "ui/timeline/TimelineExporter.h"
#include "ui/timeline/TimelineView.h"
#include "ui/undo/LookupListsCommand.h"
#include "ui/undo/ProjectChangeCommand.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QUndoStack>
#include <QUrl>

namespace sstc {

MainWindow::MainWindow(TranslationLoader &translations, QWidget *parent)
    : QMainWindow(parent)
    , m_translations(translations)
    , m_context(new PortfolioContext(this))
    , m_portfolioView(new PortfolioView(*m_context, this))
    , m_timelineView(new TimelineView(*m_context, this))
    , m_fundingView(new FundingView(*m_context, this))
    , m_agreementsView(new AgreementsView(*m_context, this))
    , m_offersView(new OffersView(*m_context, this))
    , m_views(new QTabWidget(this))
    , m_statusLabel(new QLabel(this))
    , m_integrityCheck(new PortfolioIntegrityLoader(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_views->setObjectName(QStringLiteral("viewTabs"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_portfolioView, QString());
    m_views->addTab(m_timelineView, QString());
    m_views->addTab(m_fundingView, QString());
    m_views->addTab(m_agreementsView, QString());
    m_views->addTab(m_offersView, QString());
    setCentralWidget(m_views);
    // A project chosen in another view is shown in the portfolio, an agreement in the history.
    connect(m_agreementsView, &AgreementsView::projectActivated, this, [this](qint64 projectId) {
        m_views->setCurrentWidget(m_portfolioView);
        m_portfolioView->showProject(projectId);
    });
    connect(m_portfolioView, &PortfolioView::agreementActivated, this, &MainWindow::showAgreement);

    m_statusLabel->setObjectName(QStringLiteral("portfolioStatus"));
    statusBar()->addWidget(m_statusLabel, 1);
    connect(m_portfolioView, &PortfolioView::countsChanged, this, &MainWindow::updateStatus);
    connect(m_context, &PortfolioContext::errorReported, this, &MainWindow::showError);
    // A file written says where it went, with the way to its folder, until the next message.
    m_openFolderButton = new QPushButton(this);
    m_openFolderButton->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolderButton->setFlat(true);
    m_openFolderButton->hide();
    statusBar()->addPermanentWidget(m_openFolderButton);
    connect(m_context, &PortfolioContext::fileSaved, this, &MainWindow::showSaved);
    // The portfolio line gives way to a passing message, and comes back after it: QStatusBar
    // alone let the label be drawn over the message after a language switch.
    connect(statusBar(), &QStatusBar::messageChanged, m_statusLabel,
            [this](const QString &message) { m_statusLabel->setVisible(message.isEmpty()); });
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message != m_savedMessage)
            m_openFolderButton->hide();
    });
    connect(m_openFolderButton, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_savedPath).absolutePath()));
    });
    m_integrityCheck->setObjectName(QStringLiteral("integrityCheck"));
    connect(m_integrityCheck, &PortfolioIntegrityLoader::checked, this, &MainWindow::warnOfDamage);
    connect(m_context, &PortfolioContext::currentProjectChanged, this,
            &MainWindow::updateEditActions);

    createActions();
    createMenus();
    setLanguage(m_translations.language());
    restoreLayout();
    updateEditActions();
}

MainWindow::~MainWindow() = default;

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

    m_connectServerAction = new QAction(this);
    m_connectServerAction->setObjectName(QStringLiteral("connectServerAction"));
    connect(m_connectServerAction, &QAction::triggered, this, [this] {
        connectToServer(m_store && m_store->location().isServer()
                            ? m_store->location().withPassword(QString())
                            : PortfolioLocation());
    });

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

    m_undoAction = m_context->undoStack()->createUndoAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_context->undoStack()->createRedoAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    // Ctrl+Shift+Z everywhere, and Ctrl+Y as on Windows.
    m_redoAction->setShortcuts(
        {QKeySequence(QStringLiteral("Ctrl+Shift+Z")), QKeySequence(QStringLiteral("Ctrl+Y"))});

    m_newProjectAction = new QAction(this);
    m_newProjectAction->setObjectName(QStringLiteral("newProjectAction"));
    m_newProjectAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    connect(m_newProjectAction, &QAction::triggered, this, [this] { editProject(0); });
    m_editProjectAction = new QAction(this);
    m_editProjectAction->setObjectName(QStringLiteral("editProjectAction"));
    m_editProjectAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    m_editProjectAction->setEnabled(false);
    connect(m_editProjectAction, &QAction::triggered, this,
            [this] { editProject(m_context->currentProjectId()); });
    connect(m_context, &PortfolioContext::editRequested, this, &MainWindow::editProject);

    m_deleteProjectAction = new QAction(this);
    m_deleteProjectAction->setObjectName(QStringLiteral("deleteProjectAction"));
    m_deleteProjectAction->setShortcut(QKeySequence::Delete);
    m_deleteProjectAction->setEnabled(false);
    connect(m_deleteProjectAction, &QAction::triggered, this,
            [this] { deleteProject(m_context->currentProjectId()); });

    m_openSampleAction = new QAction(this);
    m_openSampleAction->setObjectName(QStringLiteral("openSampleAction"));
    connect(m_openSampleAction, &QAction::triggered, this, &MainWindow::openSamplePortfolio);

    m_lookupListsAction = new QAction(this);
    m_lookupListsAction->setObjectName(QStringLiteral("lookupListsAction"));
    connect(m_lookupListsAction, &QAction::triggered, this, &MainWindow::editLookupLists);

    m_userNameAction = new QAction(this);
    m_userNameAction->setObjectName(QStringLiteral("userNameAction"));
    connect(m_userNameAction, &QAction::triggered, this,
            [this] { chooseUserName(UserNameQuestion::Change); });
    // Asked once, at the first change of a session that has no name set: a user who only
    // reads is never asked, and one who writes sees why the name is wanted.
    m_context->setUserNameAsker([this] { chooseUserName(UserNameQuestion::FirstChange); });

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

    m_printAction = new QAction(this);
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::printCurrentView);

    m_userGuideAction = new QAction(this);
    m_userGuideAction->setObjectName(QStringLiteral("userGuideAction"));
    m_userGuideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_userGuideAction, &QAction::triggered, this, &MainWindow::showUserGuide);
    addAction(m_userGuideAction); // F1 wherever the focus is, menu bar shown or not

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
    m_fileMenu->addAction(m_connectServerAction);
    m_fileMenu->addAction(m_openSampleAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_exportMenu = new QMenu(this);
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_exportMenu->addAction(m_portfolioView->exportCsvAction());
    m_exportMenu->addAction(m_timelineView->exportPngAction());
    m_exportMenu->addAction(m_timelineView->exportPdfAction());
    m_exportMenu->addAction(IatiExportDialog::createAction(*m_context, *m_portfolioView, this));
    m_importMenu = new QMenu(this);
    m_importMenu->setObjectName(QStringLiteral("importMenu"));
    QAction *importIati = IatiImportDialog::createAction(*m_context, this);
    m_importMenu->addAction(importIati);
    m_portfolioView->setEmptyPortfolioActions(importIati, m_newProjectAction, m_openSampleAction);
    m_fileMenu->insertMenu(m_quitAction, m_importMenu);
    m_fileMenu->insertMenu(m_quitAction, m_exportMenu);
    m_fileMenu->insertAction(m_quitAction, ReportDialog::createAction(*m_context, this));
    m_fileMenu->insertAction(m_quitAction, m_printAction);
    m_fileMenu->insertSeparator(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_portfolioView->copyAction());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_newProjectAction);
    m_editMenu->addAction(m_editProjectAction);
    m_editMenu->addAction(m_deleteProjectAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_portfolioView->findAction());
    m_editMenu->addAction(m_portfolioView->clearFiltersAction());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_agreementsView->newAgreementAction());
    m_editMenu->addAction(m_agreementsView->editAgreementAction());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_lookupListsAction);
    m_editMenu->addAction(m_offersView->editOffersAction());
    m_editMenu->addAction(m_fundingView->exchangeRatesAction());
    m_editMenu->addAction(m_userNameAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addMenu(m_portfolioView->columnsMenu());
    m_timelineMenu = m_viewMenu->addMenu(QString());
    m_timelineMenu->setObjectName(QStringLiteral("timelineMenu"));
    m_timelineMenu->addAction(m_timelineView->zoomInAction());
    m_timelineMenu->addAction(m_timelineView->zoomOutAction());
    m_timelineMenu->addAction(m_timelineView->fitAllAction());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    // Each language is named in itself, so that anyone can find their way back.
    m_languageMenu->addAction(m_englishAction);
    m_languageMenu->addAction(m_chineseAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_userGuideAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    rebuildRecentMenu();
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Portfolio…"));
    m_openAction->setText(tr("&Open Portfolio…"));
    m_connectServerAction->setText(tr("Connect to &Team Server…"));
    m_openSampleAction->setText(tr("Open the &Sample Portfolio"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_clearRecentAction->setText(tr("&Clear Recent Files"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_newProjectAction->setText(tr("&New Project…"));
    m_editProjectAction->setText(tr("&Edit Project…"));
    m_deleteProjectAction->setText(tr("&Delete Project…"));
    m_userNameAction->setText(tr("Your &Name in the History…"));
    m_lookupListsAction->setText(tr("&Organisations, Countries and Themes…"));
    m_views->setTabText(m_views->indexOf(m_portfolioView), tr("&Portfolio"));
    m_views->setTabText(m_views->indexOf(m_timelineView), tr("&Timeline"));
    m_views->setTabText(m_views->indexOf(m_fundingView), tr("&Funding"));
    m_views->setTabText(m_views->indexOf(m_agreementsView), tr("&Agreements"));
    m_views->setTabText(m_views->indexOf(m_offersView), tr("Funding &Offers"));
    m_exportMenu->setTitle(tr("&Export"));
    m_importMenu->setTitle(tr("&Import"));
    m_timelineMenu->setTitle(tr("&Timeline"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_printAction->setText(tr("&Print…"));
    m_userGuideAction->setText(tr("User &Guide"));
    m_aboutAction->setText(tr("&About SSTC Desk"));
    m_openFolderButton->setText(tr("Open Folder"));
    m_openFolderButton->setToolTip(tr("Show the folder of the file just saved"));
    // The notice of a saved file, still up, in the new language.
    if (!m_savedMessage.isEmpty() && statusBar()->currentMessage() == m_savedMessage)
        showSaved(m_savedPath);
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
        const QString shown =
            PortfolioLocation::looksLikeServer(file) ? file : QDir::toNativeSeparators(file);
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(shown));
        connect(action, &QAction::triggered, this, [this, file] { openChosenPortfolio(file); });
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
    Preferences::setLanguage(m_translations.language());
}

void MainWindow::setLanguage(Language language)
{
    if (!m_translations.apply(language))
        showError(tr("The Chinese translation could not be loaded; SSTC Desk stays in English."));
    (language == Language::Chinese ? m_chineseAction : m_englishAction)->setChecked(true);
    applyInterfaceFont(m_translations.language());
    m_context->setLanguage(m_translations.language());
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
    if (PortfolioLocation::looksLikeServer(path)) {
        QString error;
        const PortfolioLocation location = PortfolioLocation::parse(path, &error);
        if (!location.isValid()) {
            showError(error);
            return false;
        }
        return openServerPortfolio(location);
    }
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
    // The views let go of the old portfolio before it closes.
    m_context->setStore(store.get());
    m_store = std::move(store);
    RecentFiles::add(m_store->path());
    rebuildRecentMenu();
    updateTitle();
    updateStatus();
    updateEditActions();
    checkIntegrity();
}

bool MainWindow::openServerPortfolio(const PortfolioLocation &location)
{
    const QString kept = PasswordKeychain::find(location.displayName());
    const bool useKept = location.password().isEmpty() && !kept.isEmpty();
    const QString failure =
        connectTo(useKept ? location.withPassword(kept) : location, KeptPassword::LeaveAsIs);
    if (failure.isEmpty())
        return true;
    return connectToServer(location, failure);
}

bool MainWindow::connectToServer(const PortfolioLocation &start, const QString &failure)
{
    ServerConnectionDialog dialog(this);
    // The keychain is asked only about a server already named: a new one has nothing kept.
    const bool wasKept = start.isServer() && PasswordKeychain::isKept(start.displayName());
    if (start.isServer()) {
        dialog.setLocation(start);
        dialog.setRemembersPassword(wasKept);
    }
    dialog.setFailure(failure);
    dialog.setConnector([this, &dialog, wasKept](const PortfolioLocation &location) {
        const KeptPassword kept = dialog.remembersPassword() ? KeptPassword::Keep
                                  : wasKept                  ? KeptPassword::Forget
                                                             : KeptPassword::LeaveAsIs;
        return connectTo(location, kept);
    });
    return dialog.exec() == QDialog::Accepted;
}

QString MainWindow::connectTo(const PortfolioLocation &location, KeptPassword kept)
{
    try {
        adoptStore(PortfolioOpener::open(location, PortfolioOpener::NewFileContent::ReferenceOnly));
    } catch (const StoreError &error) {
        if (error.kind() != StoreError::Kind::OlderVersion || !location.isServer())
            return error.message();
        const QString failure = upgradeServerPortfolio(location, error);
        if (!failure.isEmpty())
            return failure;
    }
    // Only a password that worked is kept.
    const QString key = location.displayName();
    if (kept == KeptPassword::Keep && !location.password().isEmpty()) {
        if (!PasswordKeychain::keep(key, location.password()))
            statusBar()->showMessage(tr("The password was not kept: no system keychain "
                                        "answered. It will be asked again next time."),
                                     15000);
    } else if (kept == KeptPassword::Forget)
        PasswordKeychain::forget(key);
    return {};
}

QString MainWindow::upgradeServerPortfolio(const PortfolioLocation &location,
                                           const StoreError &older)
{
    const QString copyPath = ServerUpgrade::copyPathFor(location, older.fileVersion());
    QMessageBox question(
        QMessageBox::Question, tr("Upgrade the Team Portfolio"),
        tr("The portfolio “%1” on the server is in an older data format (%2); this version of "
           "SSTC Desk uses %3.\n\nTo open it, SSTC Desk first copies the whole portfolio into "
           "the file\n%4\n(as “sstc copy” does), then upgrades the database in one "
           "transaction, which either completes or changes nothing. Everyone in the team then "
           "needs this version of SSTC Desk or a newer one.\n\nCopy and upgrade it now?")
            .arg(location.displayName())
            .arg(older.fileVersion())
            .arg(older.programVersion())
            .arg(QDir::toNativeSeparators(copyPath)),
        QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("serverUpgradeQuestion"));
    QPushButton *upgrade = question.addButton(tr("Copy and Upgrade"), QMessageBox::AcceptRole);
    upgrade->setObjectName(QStringLiteral("serverUpgradeButton"));
    question.addButton(QMessageBox::Cancel);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() != upgrade)
        return older.message();
    try {
        adoptStore(ServerUpgrade::run(location, copyPath));
    } catch (const StoreError &error) {
        return error.message();
    }
    statusBar()->showMessage(tr("The portfolio on the server was upgraded; the copy made "
                                "before is “%1”.")
                                 .arg(QDir::toNativeSeparators(copyPath)));
    return {};
}

void MainWindow::checkIntegrity()
{
    // A warning about the file open before does not concern this one.
    if (m_damageWarning)
        m_damageWarning->close();
    m_integrityCheck->cancel();
    // quick_check rather than integrity_check: it finds damaged pages and rows out of order
    // in a third of the time (about 4 s against 10 s at 100,000 projects), leaving only the
    // comparison of indexes with their tables to `sstc check`.
    // SQLite's own check of the file; a server keeps its data whole itself.
    if (!m_store->location().isServer() && m_store->canBeReadElsewhere())
        m_integrityCheck->start(m_store->path(), PortfolioIntegrity::Depth::Quick);
}

void MainWindow::warnOfDamage(const IntegrityReport &report)
{
    if (report.isSound() || !m_store || report.path != m_store->path())
        return;
    if (m_damageWarning)
        m_damageWarning->close();
    m_damageWarning = new DamagedPortfolioDialog(report, PortfolioBackups::list(report.path), this);
    m_damageWarning->setAttribute(Qt::WA_DeleteOnClose);
    m_damageWarning->show();
}

void MainWindow::showAgreement(qint64 agreementId)
{
    m_views->setCurrentWidget(m_agreementsView);
    m_agreementsView->selectAgreement(agreementId);
}

void MainWindow::remindOfExpiringAgreements()
{
    if (auto *reminder = ExpiryReminderDialog::showIfAny(*m_context, this))
        connect(reminder, &ExpiryReminderDialog::agreementActivated, this,
                &MainWindow::showAgreement);
}

bool MainWindow::deleteProject(qint64 projectId)
{
    if (!m_store || projectId == 0)
        return false;
    try {
        const std::optional<Project> project = ProjectRepository(*m_store).find(projectId);
        if (!project)
            return false;
        QMessageBox question(
            QMessageBox::Question, tr("Delete Project"),
            tr("Delete “%1” with its funding lines, events, indicators and documents?\n\nYou "
               "can undo this with Edit → Undo.")
                .arg(project->title.preferring(m_translations.language())),
            QMessageBox::NoButton, this);
        question.setObjectName(QStringLiteral("deleteProjectQuestion"));
        QPushButton *remove = question.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        question.addButton(QMessageBox::Cancel);
        question.setDefaultButton(QMessageBox::Cancel);
        question.exec();
        if (question.clickedButton() != remove)
            return false;
        // Whole: undo brings back its documents and the rest, not only what the editor edits.
        const std::optional<ProjectRecord> before =
            ProjectRecordRepository(*m_store).loadWhole(projectId);
        ProjectChangeCommand::apply(
            *m_context, before, std::nullopt,
            tr("Delete project “%1”").arg(project->title.preferring(m_translations.language())));
        return true;
    } catch (const StoreError &error) {
        showError(error.message());
        return false;
    }
}

void MainWindow::updateEditActions()
{
    const bool selected = m_store && m_context->currentProjectId() != 0;
    // A team server records its own user name; nothing here to set.
    const bool onServer = m_store && m_store->location().isServer();
    m_userNameAction->setEnabled(!onServer);
    m_editProjectAction->setEnabled(selected);
    m_deleteProjectAction->setEnabled(selected);
    m_newProjectAction->setEnabled(m_store != nullptr);
}

void MainWindow::editProject(qint64 projectId)
{
    if (!m_store)
        return;
    try {
        std::optional<ProjectRecord> before;
        ProjectRecord record;
        if (projectId != 0) {
            before = ProjectRecordRepository(*m_store).loadWhole(projectId);
            if (!before)
                return;
            record = *before;
        }
        const Language language = m_translations.language();
        ProjectEditorDialog dialog(*m_store, record, language, this);
        dialog.setObjectName(QStringLiteral("projectEditor"));
        // A failed save throws out of here; the dialog shows why and keeps the user's values.
        dialog.setSaver([&](const ProjectRecord &edited) {
            const QString title = edited.project.title.preferring(language);
            ProjectChangeCommand::apply(*m_context, before, edited,
                                        before ? tr("Edit project “%1”").arg(title)
                                               : tr("New project “%1”").arg(title));
        });
        dialog.exec();
    } catch (const StoreError &error) {
        showError(error.message());
    }
}

void MainWindow::editLookupLists()
{
    if (!m_store)
        return;
    try {
        const LookupLists before = LookupListsRepository(*m_store).load();
        LookupListsDialog dialog(before, this);
        dialog.setSaver([&](const LookupLists &after) {
            LookupListsCommand::apply(*m_context, before, after);
        });
        dialog.setChangeHistory(
            [this] {
                return AuditHistory::withNames(*m_store, AuditLog(*m_store).ofReferenceLists());
            },
            m_context->language());
        dialog.exec();
    } catch (const StoreError &error) {
        showError(error.message());
    }
}

void MainWindow::chooseUserName(UserNameQuestion question)
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("userNameDialog"));
    dialog.setWindowTitle(tr("Your Name in the History"));
    dialog.setLabelText(
        question == UserNameQuestion::FirstChange
            ? tr("Changes are recorded in the history with the name of who made them, so that "
                 "colleagues can tell who changed what. Under which name should yours be "
                 "recorded? (Edit → Your Name in the History changes it later.)")
            : tr("Changes you make to projects, agreements and lists are recorded in their "
                 "history under this name:"));
    dialog.setTextValue(Preferences::hasUserName() ? Preferences::actor().name()
                                                   : Preferences::accountName());
    dialog.setOkButtonText(tr("Use This Name"));
    if (dialog.exec() == QDialog::Accepted && !dialog.textValue().trimmed().isEmpty())
        Preferences::setUserName(dialog.textValue().left(100));
}

void MainWindow::updateStatus()
{
    if (!m_store) {
        m_statusLabel->setText(tr("No portfolio open"));
        return;
    }
    const ProjectTableModel *projects = m_portfolioView->model();
    m_statusLabel->setText(tr("%1 of %n project(s) · %2", nullptr, projects->totalCount())
                               .arg(projects->rowCount())
                               .arg(m_store->location().isServer()
                                        ? m_store->path()
                                        : QDir::toNativeSeparators(m_store->path())));
}

void MainWindow::updateTitle()
{
    const QString application = tr("SSTC Desk");
    if (!m_store) {
        setWindowTitle(application);
        return;
    }
    const PortfolioLocation &location = m_store->location();
    const QString portfolio =
        location.isServer()
            ? tr("%1 on %2", "database on server")
                  .arg(location.database(),
                       location.host().isEmpty() || location.host().startsWith(QLatin1Char('/'))
                           ? tr("this computer's server")
                           : location.host())
            : QFileInfo(m_store->path()).fileName();
    setWindowTitle(QStringLiteral("%1 — %2").arg(portfolio, application));
}

void MainWindow::showSaved(const QString &path)
{
    m_savedPath = path;
    m_savedMessage = tr("Saved “%1”").arg(QDir::toNativeSeparators(path));
    statusBar()->showMessage(m_savedMessage, 30000);
    m_openFolderButton->show();
}

void MainWindow::showError(const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("SSTC Desk"), message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorMessage"));
    box.exec();
}

void MainWindow::newPortfolio()
{
    const QString path = FileDialogs::saveFile(this, tr("New Portfolio"), FileDialogs::lastFolder(),
                                               tr("SSTC Desk portfolios (*.sstc)"),
                                               FileDialogs::Existing::LeaveToCaller);
    if (path.isEmpty())
        return;
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
    question.setObjectName(QStringLiteral("newPortfolioQuestion"));
    QPushButton *sample = question.addButton(tr("Sample Portfolio"), QMessageBox::AcceptRole);
    question.addButton(tr("Empty Portfolio"), QMessageBox::RejectRole);
    question.setDefaultButton(sample);
    question.exec();
    const auto content = question.clickedButton() == sample
                             ? PortfolioOpener::NewFileContent::Sample
                             : PortfolioOpener::NewFileContent::ReferenceOnly;
    adoptOpened([&] { return PortfolioOpener::create(path, content); });
}

bool MainWindow::openSamplePortfolio()
{
    // Beside the user's own portfolio, made from the source documents the first time; the
    // user's portfolio is left as it is.
    const QString path =
        QFileInfo(PortfolioStore::defaultPath()).dir().filePath(QStringLiteral("sample.sstc"));
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        try {
            PortfolioOpener::create(path, PortfolioOpener::NewFileContent::Sample);
        } catch (const StoreError &error) {
            showError(error.message());
            return false;
        }
    }
    return openChosenPortfolio(path);
}

void MainWindow::openPortfolioDialog()
{
    const QString start = m_store && !m_store->location().isServer()
                              ? QFileInfo(m_store->path()).absolutePath()
                              : FileDialogs::lastFolder();
    const QString path =
        FileDialogs::openFile(this, tr("Open Portfolio"), start,
                              tr("SSTC Desk portfolios (*.sstc *.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openChosenPortfolio(path);
}

bool MainWindow::openChosenPortfolio(const QString &path)
{
    // Many windows, of many users, share a server's portfolio: the server keeps them apart.
    if (PortfolioLocation::looksLikeServer(path))
        return openPortfolio(path);
    // This window answers for its own file itself: asking would wait for an answer that its
    // own event loop, busy here, cannot give. Opening it again reads it afresh.
    const bool ownFile = m_store && PortfolioInstance::identity(path) ==
                                        PortfolioInstance::identity(m_store->path());
    if (!ownFile && PortfolioInstance::activateRunning(path)) {
        statusBar()->showMessage(tr("“%1” is open in another window, which was brought forward.")
                                     .arg(QDir::toNativeSeparators(path)),
                                 10000);
        return false;
    }
    return openPortfolio(path);
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

void MainWindow::showUserGuide()
{
    // One guide, beside the window rather than in front of it: the user reads and works.
    if (!m_userGuide) {
        m_userGuide = new UserGuideDialog(*m_context, *menuBar(), this);
        m_userGuide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_userGuide->show();
    m_userGuide->raise();
    m_userGuide->activateWindow();
}

void MainWindow::printCurrentView()
{
    QWidget *view = m_views->currentWidget();
    const QString date = Formats::date(PartialDate::day(Clock::today()), m_context->language());
    const auto printTable = [this, &date](const QTableView &table, const QString &title) {
        PrintedTable printed = PrintedTable::ofView(table, title);
        printed.dateLine = date;
        PrintPreview::show(this, title, [&printed](QPrinter &printer) { printed.print(printer); },
                           QPageLayout::Landscape);
    };
    if (view == m_portfolioView) {
        printTable(*m_portfolioView->table(), tr("Projects"));
    } else if (view == m_timelineView) {
        PrintPreview::show(
            this, tr("Project timeline"),
            [this](QPrinter &printer) { TimelineExporter::print(*m_timelineView->model(), printer); },
            QPageLayout::Landscape);
    } else if (view == m_fundingView) {
        PrintPreview::show(this, tr("Funding"),
                           [this](QPrinter &printer) { m_fundingView->print(printer); });
    } else if (view == m_agreementsView) {
        printTable(*m_agreementsView->table(), tr("Agreements"));
    } else if (view == m_offersView) {
        printTable(*m_offersView->offerTable(), tr("Funding offers"));
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (restoreGeometry(settings.value(SettingsKeys::windowGeometry).toByteArray())) {
        // Saved on a monitor that is no longer there: brought back where it can be seen.
        if (!isMaximized() && !isFullScreen()) {
            QList<QRect> screens;
            for (const QScreen *screen : QGuiApplication::screens())
                screens << screen->availableGeometry();
            const QRect kept = WindowPlacement::keptOnScreens(geometry(), screens);
            if (kept != geometry())
                setGeometry(kept);
        }
    } else if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const WindowPlacement::Placement first =
            WindowPlacement::firstStart(screen->availableGeometry());
        setGeometry(first.geometry);
        if (first.maximized)
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreState(settings.value(SettingsKeys::windowState).toByteArray());
    m_portfolioView->restoreLayout();
    m_views->setCurrentIndex(settings.value(SettingsKeys::currentView, 0).toInt());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(SettingsKeys::windowGeometry, saveGeometry());
    settings.setValue(SettingsKeys::windowState, saveState());
    settings.setValue(SettingsKeys::currentView, m_views->currentIndex());
    m_portfolioView->saveLayout();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace sstc
