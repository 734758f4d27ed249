#pragma once

#include "models/domain/Language.h"
#include "models/store/PortfolioStore.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QPushButton;
class QTabWidget;

namespace sstc {

class AgreementsView;
class DamagedPortfolioDialog;
class UserGuideDialog;
class FundingView;
class OffersView;
class PortfolioContext;
class PortfolioIntegrityLoader;
struct IntegrityReport;
class PortfolioView;
class TimelineView;
class TranslationLoader;

// The main window: the views of the portfolio in tabs (the projects table first), with the
// File, Edit, View and Help menus. Holds the open portfolio and the context the views share;
// every text follows the UI language, which can be switched while running.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(TranslationLoader &translations, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a portfolio file (creating an empty one when it does not exist); on failure shows
    // the reason and keeps the portfolio that was open. Returns whether it opened.
    bool openPortfolio(const QString &path);
    // What File → Open and the recent files do: a file that another window has open comes
    // forward there instead (two windows on one file would each show stale data after the
    // other's changes). Returns whether this window opened it.
    bool openChosenPortfolio(const QString &path);
    bool openDefaultPortfolio();
    // File → Open the Sample Portfolio: the China–ILO sample in a file of its own.
    bool openSamplePortfolio();
    // Opens a portfolio on a server. Without a password in the location, the one kept in the
    // keychain is used, else libpq's own (~/.pgpass, PGPASSWORD); when the server still
    // refuses, or cannot be used, the connect dialog opens filled in, with the reason.
    bool openServerPortfolio(const PortfolioLocation &location);
    // File → Connect to Team Server…, filled in from `start` when it names a server. Returns
    // whether a portfolio was opened.
    bool connectToServer(const PortfolioLocation &start = {}, const QString &failure = {});
    // Lists the agreements that expire soon, if any (at start-up).
    void remindOfExpiringAgreements();
    void setLanguage(Language language);
    // The user's choice from View → Language: applied, and kept for the next start.
    void chooseLanguage(Language language);
    PortfolioStore *store() const { return m_store.get(); }
    PortfolioContext &context() const { return *m_context; }
    PortfolioView *portfolioView() const { return m_portfolioView; }
    TimelineView *timelineView() const { return m_timelineView; }
    AgreementsView *agreementsView() const { return m_agreementsView; }
    OffersView *offersView() const { return m_offersView; }
    FundingView *fundingView() const { return m_fundingView; }
    QTabWidget *views() const { return m_views; }
    // Opens the project editor on a project (0 for a new one); a save is undoable.
    void editProject(qint64 projectId);
    void editLookupLists();
    // Asks for confirmation, then deletes the project (undoable). Returns whether it did.
    bool deleteProject(qint64 projectId);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void rebuildRecentMenu();
    // Runs an open, adopts its portfolio, or shows why it failed and keeps the current one.
    bool adoptOpened(const std::function<std::unique_ptr<PortfolioStore>()> &open);
    void adoptStore(std::unique_ptr<PortfolioStore> store);
    // Checks the portfolio just opened in the background; warns when it is damaged.
    void checkIntegrity();
    void warnOfDamage(const IntegrityReport &report);
    void updateStatus();
    void showAgreement(qint64 agreementId);
    void updateEditActions();
    enum class UserNameQuestion
    {
        FirstChange,
        Change
    };
    void chooseUserName(UserNameQuestion question);
    void updateTitle();
    void showError(const QString &message);
    void showSaved(const QString &path);
    void newPortfolio();
    void openPortfolioDialog();
    // What a connection that works does with the password in the keychain.
    enum class KeptPassword
    {
        Keep,
        Forget,
        LeaveAsIs
    };
    // Opens the location and keeps or forgets its password; why it failed, else empty.
    QString connectTo(const PortfolioLocation &location, KeptPassword kept);
    // A server's portfolio of an older data format: asks, then copies it to a file and
    // upgrades it. Empty when it is open; else what to tell the user.
    QString upgradeServerPortfolio(const PortfolioLocation &location, const StoreError &older);
    void showAbout();
    void showUserGuide();
    // File → Print…: the current tab's table, timeline or charts, in Qt's print preview.
    void printCurrentView();
    void restoreLayout();
    void saveLayout() const;

    TranslationLoader &m_translations;
    std::unique_ptr<PortfolioStore> m_store;
    PortfolioContext *m_context;
    PortfolioView *m_portfolioView;
    TimelineView *m_timelineView;
    FundingView *m_fundingView;
    AgreementsView *m_agreementsView;
    OffersView *m_offersView;
    QTabWidget *m_views;
    QLabel *m_statusLabel;
    QPushButton *m_openFolderButton = nullptr;
    QString m_savedPath;
    QString m_savedMessage;
    PortfolioIntegrityLoader *m_integrityCheck;
    QPointer<DamagedPortfolioDialog> m_damageWarning;
    QPointer<UserGuideDialog> m_userGuide;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_importMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_timelineMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_connectServerAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newProjectAction = nullptr;
    QAction *m_editProjectAction = nullptr;
    QAction *m_deleteProjectAction = nullptr;
    QAction *m_userNameAction = nullptr;
    QAction *m_lookupListsAction = nullptr;
    QAction *m_openSampleAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_chineseAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_userGuideAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace sstc
