// The window on a portfolio on a PostgreSQL server (the test run's own, PostgresServer):
// File → Connect to Team Server… driven field by field, the projects table showing the
// server's projects (the text index read in the background over the server), a title edited
// and undone with the server's data checked after each step, the title and status bar
// naming server and database, Open Recent listing it without a password; and the dialog's
// messages: a field's problem beside it, a database that does not exist, one that is not a
// portfolio, each leaving the dialog open and nothing written.
#include "tests/support/PostgresServer.h"
#include "tests/support/Screenshots.h"
#include "tests/support/ServerPortfolio.h"

#include "models/audit/AuditLog.h"
#include "models/itemmodels/ProjectTableModel.h"
#include "models/repositories/ProjectRepository.h"
#include "translations/TranslationLoader.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ServerConnectionDialog.h"
#include "ui/portfolio/PortfolioView.h"
#include "ui/shell/PasswordKeychain.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/shell/Preferences.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace sstc;

namespace {

// Runs `drive` on each modal dialog that opens while `trigger` runs (the dialogs' exec()
// loops), until it returns false.
void whileModal(const std::function<void()> &trigger, const std::function<bool(QDialog *)> &drive)
{
    QTimer poll;
    poll.setInterval(20);
    QDialog *handled = nullptr;
    bool busy = false;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!modal || busy)
            return;
        busy = true;
        if (modal != handled || modal->property("driveAgain").toBool()) {
            handled = modal;
            modal->setProperty("driveAgain", false);
            if (!drive(modal))
                modal->reject();
        }
        busy = false;
    });
    poll.start();
    trigger();
    poll.stop();
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

void fill(QWidget *dialog, const char *name, const QString &text)
{
    QLineEdit *edit = child<QLineEdit>(dialog, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

QString titleOnServer(PortfolioStore &store, qint64 projectId)
{
    const std::optional<Project> project = ProjectRepository(store).find(projectId);
    return project ? project->title.en : QStringLiteral("(no such project)");
}

} // namespace

class TestServerWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectsBrowsesEditsAndUndoes();
    void fieldsSayWhatIsWrong();
    void missingDatabaseIsSaidInTheDialog();
    void databaseThatIsNotAPortfolioIsRefused();
    void wrongPasswordIsSaidThenTheRightOneConnects();
    void newerSchemaIsSaid();
    void emptyPasswordLeavesItToLibpq();
    void dialogInBothLanguages();
    void droppedConnectionIsSaidAndTheEditKept();
    void olderServerIsUpgradedAfterAskingWithACopy();

private:
    PostgresServer &server() { return PostgresServer::shared(); }
    // Fills the connect dialog for `database` and clicks Connect; the dialog's problem text
    // afterwards (empty when it closed on success).
    QString connectThroughDialog(MainWindow &window, const QString &database,
                                 const QString &user = PostgresServer::ownerRole(),
                                 const QString &password = {}, bool remember = false);
};

void TestServerWindow::initTestCase()
{
    REQUIRE_POSTGRES_SERVER(server());
}

QString TestServerWindow::connectThroughDialog(MainWindow &window, const QString &database,
                                               const QString &user, const QString &password,
                                               bool remember)
{
    QString problem;
    bool seen = false;
    whileModal(
        [&] { window.findChild<QAction *>(QStringLiteral("connectServerAction"))->trigger(); },
        [&](QDialog *dialog) {
            if (dialog->objectName() != QLatin1String("serverConnectionDialog") || seen)
                return false;
            seen = true;
            fill(dialog, "serverHostEdit", server().socketFolder());
            fill(dialog, "serverDatabaseEdit", database);
            fill(dialog, "serverUserEdit", user);
            fill(dialog, "serverPasswordEdit", password);
            QTest::mouseClick(child<QPushButton>(dialog, "serverConnectButton"), Qt::LeftButton);
            if (dialog->isVisible()) {
                problem = child<QLabel>(dialog, "serverConnectionProblem")->text();
                return false; // closes it
            }
            return true;
        });
    return problem;
}

void TestServerWindow::connectsBrowsesEditsAndUndoes()
{
    ServerPortfolio portfolio(server());
    QVERIFY2(portfolio.store(), qPrintable(portfolio.failure()));
    PortfolioStore &onServer = *portfolio.store();
    const QList<Project> projects = ProjectRepository(onServer).all();
    QVERIFY(projects.size() > 3);

    TranslationLoader translations;
    translations.apply(Language::English);
    MainWindow window(translations);
    window.resize(1366, 768);
    window.show();
    QCOMPARE(connectThroughDialog(window, portfolio.database()), QString());
    QVERIFY(window.store());
    QVERIFY(window.store()->location().isServer());
    QCOMPARE(window.store()->location().database(), portfolio.database());

    // The title names the database and where it is; the status bar the whole address.
    QVERIFY2(window.windowTitle().contains(portfolio.database()), qPrintable(window.windowTitle()));
    const QString status = window.findChild<QLabel *>(QStringLiteral("portfolioStatus"))->text();
    QVERIFY2(status.contains(portfolio.database()) && status.contains(server().socketFolder()),
             qPrintable(status));

    // The projects table shows the server's projects, and its search index is read in the
    // background over a connection of its own.
    auto *table = window.findChild<QTableView *>(QStringLiteral("projectTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), int(projects.size()));
    QTRY_VERIFY_WITH_TIMEOUT(window.portfolioView()->model()->searchesInMemory(), 10000);

    // Open Recent lists the server by its address, without any password.
    {
        auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(!recent->actions().isEmpty());
        const QString first = recent->actions().constFirst()->text();
        QVERIFY2(first.contains(portfolio.database()), qPrintable(first));
        QVERIFY(first.contains(QLatin1String("postgresql://")));
    }

    // Edit the first row's project title through the editor. A name set on this desktop is
    // not the one recorded: the server's user is (issue 21, item 9).
    Preferences::setUserName(QStringLiteral("desktop.name"));
    const qint64 projectId = window.portfolioView()->model()->projectIdAt(0);
    const QString before = titleOnServer(onServer, projectId);
    window.context().setCurrentProject(projectId);
    const QString edited = QStringLiteral("Edited on the team server");
    whileModal([&] { window.findChild<QAction *>(QStringLiteral("editProjectAction"))->trigger(); },
               [&](QDialog *dialog) {
                   if (dialog->objectName() != QLatin1String("projectEditor"))
                       return false;
                   fill(dialog, "titleEnEdit", edited);
                   QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
                   if (dialog->isVisible())
                       qWarning() << "not saved:"
                                  << child<QLabel>(dialog, "problemSummary")->text();
                   return !dialog->isVisible();
               });
    // Read back through another connection: committed on the server.
    QCOMPARE(titleOnServer(onServer, projectId), edited);
    QCOMPARE(
        window.portfolioView()
            ->model()
            ->data(window.portfolioView()->model()->index(
                window.portfolioView()->model()->rowOfProject(projectId), ProjectTableModel::Title))
            .toString(),
        edited);

    window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(titleOnServer(onServer, projectId), before);
    window.findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    QCOMPARE(titleOnServer(onServer, projectId), edited);
    window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(titleOnServer(onServer, projectId), before);
    const QList<AuditEntry> recorded = AuditLog(onServer).ofProject(projectId);
    QCOMPARE(recorded.size(), 4); // the edit, undo, redo, undo of the title
    for (const AuditEntry &entry : recorded)
        QCOMPARE(entry.userName, PostgresServer::ownerRole());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("userNameAction"))->isEnabled());
    Preferences::setUserName(QString());
    saveScreenshot(window, QStringLiteral("server-window"), QStringLiteral("en"));

    // Chosen from Open Recent, the server's portfolio opens again (here libpq needs no
    // password) without any dialog.
    const PortfolioStore *first = window.store();
    bool dialogShown = false;
    whileModal(
        [&] {
            window.findChild<QMenu *>(QStringLiteral("recentMenu"))
                ->actions()
                .constFirst()
                ->trigger();
        },
        [&](QDialog *) {
            dialogShown = true;
            return false;
        });
    QVERIFY(!dialogShown);
    QVERIFY(window.store() && window.store() != first);
    QCOMPARE(window.store()->location().database(), portfolio.database());
}

void TestServerWindow::fieldsSayWhatIsWrong()
{
    ServerConnectionDialog dialog;
    int connects = 0;
    dialog.setConnector([&](const PortfolioLocation &) {
        ++connects;
        return QString();
    });
    dialog.show();
    fill(&dialog, "serverHostEdit", QStringLiteral("db example"));
    fill(&dialog, "serverPortEdit", QStringLiteral("70000"));
    QTest::mouseClick(child<QPushButton>(&dialog, "serverConnectButton"), Qt::LeftButton);
    QCOMPARE(connects, 0);
    QVERIFY(dialog.isVisible());
    for (const char *name : {"serverHostProblem", "serverPortProblem", "serverDatabaseProblem"}) {
        auto *problem = child<QLabel>(&dialog, name);
        QVERIFY2(problem->isVisible() && !problem->text().isEmpty(), name);
    }
    saveScreenshot(dialog, QStringLiteral("server-connection-problems"), QStringLiteral("en"));
    // Corrected, each problem goes as it is typed away; then Connect connects.
    fill(&dialog, "serverHostEdit", QStringLiteral("db.example.org"));
    fill(&dialog, "serverPortEdit", QStringLiteral("5433"));
    fill(&dialog, "serverDatabaseEdit", QStringLiteral("sstc"));
    for (const char *name : {"serverHostProblem", "serverPortProblem", "serverDatabaseProblem"})
        QVERIFY2(!child<QLabel>(&dialog, name)->isVisible(), name);
    auto *mode = child<QComboBox>(&dialog, "serverSslModeCombo");
    mode->setCurrentIndex(mode->findData(QStringLiteral("require")));
    fill(&dialog, "serverPasswordEdit", QStringLiteral("s3cret"));
    const PortfolioLocation location = dialog.location();
    QCOMPARE(location.host(), QStringLiteral("db.example.org"));
    QCOMPARE(location.port(), 5433);
    QCOMPARE(location.option(QStringLiteral("sslmode")), QStringLiteral("require"));
    QCOMPARE(location.password(), QStringLiteral("s3cret"));
    QVERIFY(!location.displayName().contains(QLatin1String("s3cret")));
    QTest::mouseClick(child<QPushButton>(&dialog, "serverConnectButton"), Qt::LeftButton);
    QCOMPARE(connects, 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestServerWindow::missingDatabaseIsSaidInTheDialog()
{
    TranslationLoader translations;
    translations.apply(Language::English);
    MainWindow window(translations);
    window.show();
    const QString problem = connectThroughDialog(window, QStringLiteral("no_such_portfolio"));
    QVERIFY2(problem.contains(QLatin1String("no database")), qPrintable(problem));
    QVERIFY(problem.contains(QLatin1String("no_such_portfolio")));
    QVERIFY(!window.store());
}

void TestServerWindow::databaseThatIsNotAPortfolioIsRefused()
{
    const QString database = server().createDatabase();
    QVERIFY2(!database.isEmpty(), qPrintable(server().failure()));
    QString error;
    server().superuserSql(database,
                          {QStringLiteral("CREATE TABLE notes (id integer PRIMARY KEY, body text)"),
                           QStringLiteral("INSERT INTO notes VALUES (1, 'kept')")},
                          &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    {
        TranslationLoader translations;
        translations.apply(Language::Chinese);
        MainWindow window(translations);
        window.setLanguage(Language::Chinese);
        window.show();
        const QString problem = connectThroughDialog(window, database);
        // In the user's language, naming the database.
        QVERIFY2(problem.contains(QStringLiteral("不是")) && problem.contains(database),
                 qPrintable(problem));
        QVERIFY(!window.store());
        window.setLanguage(Language::English);
    }
    // Nothing written: the one table, as it was.
    QCOMPARE(server().superuserSql(database, {QStringLiteral("SELECT count(*) FROM pg_tables WHERE "
                                                             "schemaname = 'public'")}),
             QStringList{QStringLiteral("1")});
    QCOMPARE(server().superuserSql(database, {QStringLiteral("SELECT body FROM notes")}),
             QStringList{QStringLiteral("kept")});
    server().dropDatabase(database);
}

void TestServerWindow::wrongPasswordIsSaidThenTheRightOneConnects()
{
    ServerPortfolio portfolio(server());
    QVERIFY2(portfolio.store(), qPrintable(portfolio.failure()));
    TranslationLoader translations;
    translations.apply(Language::English);
    MainWindow window(translations);
    window.show();
    const QString refused =
        connectThroughDialog(window, portfolio.database(), PostgresServer::passwordRole(),
                             QStringLiteral("not-the-password"));
    QVERIFY2(refused.contains(QLatin1String("refused the user name or password")),
             qPrintable(refused));
    QVERIFY(!refused.contains(QLatin1String("not-the-password")));
    QVERIFY(!window.store());
    // Remember ticked: the connection works whether or not a keychain answers.
    QCOMPARE(connectThroughDialog(window, portfolio.database(), PostgresServer::passwordRole(),
                                  PostgresServer::passwordRolePassword(), true),
             QString());
    QVERIFY(window.store());
    // Neither the title, the status bar nor the recent list shows the password; nor do the
    // settings hold it.
    const QString password = PostgresServer::passwordRolePassword();
    QVERIFY(!window.windowTitle().contains(password));
    QVERIFY(
        !window.findChild<QLabel *>(QStringLiteral("portfolioStatus"))->text().contains(password));
    for (QAction *action : window.findChild<QMenu *>(QStringLiteral("recentMenu"))->actions())
        QVERIFY(!action->text().contains(password));
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(password) &&
                     !settings.value(key).toStringList().join(QLatin1Char(' ')).contains(password),
                 qPrintable(key));
}

void TestServerWindow::newerSchemaIsSaid()
{
    ServerPortfolio portfolio(server(), ServerPortfolio::Content::ReferenceOnly);
    QVERIFY2(portfolio.store(), qPrintable(portfolio.failure()));
    server().superuserSql(portfolio.database(),
                          {QStringLiteral("UPDATE meta SET value = '99' WHERE key = "
                                          "'schema_version'")});
    TranslationLoader translations;
    translations.apply(Language::English);
    MainWindow window(translations);
    window.show();
    const QString problem = connectThroughDialog(window, portfolio.database());
    QVERIFY2(problem.contains(QLatin1String("newer version")) &&
                 problem.contains(QLatin1String("The database was left unchanged")),
             qPrintable(problem));
    QVERIFY(!window.store());
    QCOMPARE(server().superuserSql(portfolio.database(),
                                   {QStringLiteral("SELECT value FROM meta WHERE key = "
                                                   "'schema_version'")}),
             QStringList{QStringLiteral("99")});
}

// libpq's own ways (PGPASSWORD here; ~/.pgpass likewise) give the password when the field is
// left empty.
void TestServerWindow::emptyPasswordLeavesItToLibpq()
{
    ServerPortfolio portfolio(server());
    QVERIFY2(portfolio.store(), qPrintable(portfolio.failure()));
    TranslationLoader translations;
    translations.apply(Language::English);
    MainWindow window(translations);
    window.show();
    qputenv("PGPASSWORD", PostgresServer::passwordRolePassword().toUtf8());
    const QString problem =
        connectThroughDialog(window, portfolio.database(), PostgresServer::passwordRole());
    qunsetenv("PGPASSWORD");
    QCOMPARE(problem, QString());
    QVERIFY(window.store());
    QCOMPARE(window.store()->location().password(), QString());
}

void TestServerWindow::dialogInBothLanguages()
{
    for (const Language language : {Language::English, Language::Chinese}) {
        TranslationLoader translations;
        translations.apply(language);
        ServerConnectionDialog dialog;
        dialog.setLocation(PortfolioLocation::parse(
            QStringLiteral("postgresql://ana@db.example.org:5432/sstc?sslmode=require")));
        dialog.setFailure(StoreError(StoreError::Kind::AccessRefused,
                                     QStringLiteral("postgresql://ana@db.example.org:5432/sstc"))
                              .message());
        dialog.show();
        // The dialog fits a laptop's screen.
        QVERIFY(dialog.height() <= 768 && dialog.width() <= 1366);
        const QString name =
            language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
        saveScreenshot(dialog, QStringLiteral("server-connection"), name);
        translations.apply(Language::English);
    }
}

// The server stops (as its administrator would) while a project is being edited: Save says,
// in the user's language, that the connection was lost and nothing was kept; the server holds
// the title as before. The editor keeps what was typed, and once the server is back the same
// Save goes through.
void TestServerWindow::droppedConnectionIsSaidAndTheEditKept()
{
    PostgresServer own;
    REQUIRE_POSTGRES_SERVER(own);
    ServerPortfolio portfolio(own);
    QVERIFY2(portfolio.store(), qPrintable(portfolio.failure()));
    TranslationLoader translations;
    translations.apply(Language::Chinese);
    MainWindow window(translations);
    window.setLanguage(Language::Chinese);
    window.show();
    QVERIFY(window.openServerPortfolio(own.location(portfolio.database())));
    const qint64 projectId = window.portfolioView()->model()->projectIdAt(0);
    const QString before = titleOnServer(*portfolio.store(), projectId);
    window.context().setCurrentProject(projectId);
    const QString edited = QStringLiteral("Saved once the server was back");
    QString problem;
    bool restarted = false;
    bool savedAfterwards = false;
    QString titleWhileDown;
    whileModal([&] { window.findChild<QAction *>(QStringLiteral("editProjectAction"))->trigger(); },
               [&](QDialog *dialog) {
                   if (dialog->objectName() != QLatin1String("projectEditor"))
                       return false;
                   fill(dialog, "titleEnEdit", edited);
                   if (!own.shutDown())
                       return false;
                   QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
                   problem = child<QLabel>(dialog, "saveErrorLabel")->text();
                   if (!dialog->isVisible())
                       return true;
                   saveScreenshot(*dialog, QStringLiteral("server-connection-lost"),
                                  QStringLiteral("zh"));
                   restarted = own.startAgain();
                   titleWhileDown = titleOnServer(*portfolio.store(), projectId);
                   QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
                   savedAfterwards = !dialog->isVisible();
                   return savedAfterwards;
               });
    QVERIFY2(problem.contains(QStringLiteral("连接")) && problem.contains(portfolio.database()),
             qPrintable(problem));
    QVERIFY(restarted);
    QCOMPARE(titleWhileDown, before);
    QVERIFY(savedAfterwards);
    QCOMPARE(titleOnServer(*portfolio.store(), projectId), edited);
    window.setLanguage(Language::English);
}

// A server portfolio of an older data format: the window asks, naming the copy it will make;
// declined, the database stays as it is; accepted, the copy is made as a file (in the old
// format, with the same rows) and the database upgraded.
void TestServerWindow::olderServerIsUpgradedAfterAskingWithACopy()
{
    const QString database = server().createDatabase();
    const PortfolioLocation location = server().location(database);
    PortfolioStore::createOnServer(
        location,
        [](PortfolioStore &store) {
            store.run(QStringLiteral("INSERT INTO projects (title_en) VALUES ('From format 5')"));
        },
        SchemaHistory::standard().upTo(5));
    const auto serverVersion = [&] {
        return server()
            .superuserSql(database,
                          {QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")})
            .value(0);
    };
    const QDir copies(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/server copies"));
    const QStringList copiesBefore = copies.entryList(QDir::Files);
    TranslationLoader translations;
    translations.apply(Language::English);
    MainWindow window(translations);
    window.show();

    QString question;
    whileModal([&] { window.openServerPortfolio(location); },
               [&](QDialog *dialog) {
                   if (dialog->objectName() == QLatin1String("serverUpgradeQuestion"))
                       question = qobject_cast<QMessageBox *>(dialog)->text();
                   return false; // declines, then closes the connect dialog
               });
    QVERIFY2(question.contains(QLatin1String("older data format (5)")) &&
                 question.contains(QLatin1String("sstc copy")),
             qPrintable(question));
    QVERIFY(!window.store());
    QCOMPARE(serverVersion(), QStringLiteral("5"));
    QCOMPARE(copies.entryList(QDir::Files), copiesBefore);

    whileModal([&] { window.openServerPortfolio(location); },
               [&](QDialog *dialog) {
                   if (dialog->objectName() != QLatin1String("serverUpgradeQuestion"))
                       return false;
                   question = qobject_cast<QMessageBox *>(dialog)->text();
                   saveScreenshot(*dialog, QStringLiteral("server-upgrade-question"),
                                  QStringLiteral("en"));
                   QTest::mouseClick(child<QPushButton>(dialog, "serverUpgradeButton"),
                                     Qt::LeftButton);
                   return true;
               });
    QVERIFY(window.store());
    QCOMPARE(window.store()->schemaVersion(), SchemaHistory::standard().latestVersion());
    QCOMPARE(serverVersion(), QString::number(SchemaHistory::standard().latestVersion()));
    QStringList made = copies.entryList(QDir::Files);
    for (const QString &name : copiesBefore)
        made.removeOne(name);
    QCOMPARE(made.size(), 1);
    QVERIFY2(made.constFirst().startsWith(database + QStringLiteral(".v5-backup-")),
             qPrintable(made.constFirst()));
    QVERIFY2(question.contains(made.constFirst()), qPrintable(question));
    auto copy = PortfolioStore::openReadOnly(copies.filePath(made.constFirst()));
    QCOMPARE(copy->schemaVersion(), 5);
    QSqlQuery title = copy->run(QStringLiteral("SELECT title_en FROM projects"));
    QVERIFY(title.next());
    QCOMPARE(title.value(0).toString(), QStringLiteral("From format 5"));
    const QString status = window.statusBar()->currentMessage();
    QVERIFY2(status.contains(made.constFirst()), qPrintable(status));
    copy.reset();
    window.close();
}

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
