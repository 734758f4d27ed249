// Every `sstc` command with --database naming a PostgreSQL server (the test run's own): init,
// list, copy both ways, report, check, import and export iati, synthetic; a server of an older
// or newer data format; and a server stopped while a command is using it.
#include "tests/support/CliRun.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestFolders.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace {

const QString iatiExample = QStringLiteral(
    SSTC_SOURCE_DIR "/tests/models/data/iati/activity-standard-example-annotated.xml");

} // namespace

class TestCliServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initAndListOnServer();
    void initRefusesDatabaseWithOtherTables();
    void copiesUpAndDownAgain();
    void copyRefusals();
    void reportFromServer();
    void checkOnServer();
    void iatiExportAndImportOnServer();
    void syntheticOnServer();
    void olderAndNewerServerSchemas();
    void serverStoppedDuringCommand();

private:
    int sstc(const QStringList &arguments, QString *output);
    CliRun run(const QStringList &arguments, const QString &locale = QStringLiteral("C.UTF-8"));
    QString file(const QString &name) const { return m_folders.filePath(name); }
    // A new database on the shared server with the sample (or only the reference lists).
    QString initialised(bool empty = false);
    PostgresServer &server() { return PostgresServer::shared(); }
    TestFolders m_folders;
};

CliRun TestCliServer::run(const QStringList &arguments, const QString &locale)
{
    CliRunOptions options;
    options.locale = locale;
    QStringList all = arguments;
    if (!arguments.contains(QLatin1String("--lang")))
        all << QStringLiteral("--lang")
            << (locale.startsWith(QLatin1String("zh")) ? QStringLiteral("zh")
                                                       : QStringLiteral("en"));
    return runCli(m_folders, all, options);
}

QString TestCliServer::initialised(bool empty)
{
    const QString database = server().createDatabase();
    QStringList arguments{QStringLiteral("init"), QStringLiteral("--database"),
                          server().uri(database)};
    if (empty)
        arguments << QStringLiteral("--empty");
    const CliRun init = run(arguments);
    if (init.exitCode != 0)
        qWarning("init failed: %s", qPrintable(init.err));
    return database;
}

void TestCliServer::initTestCase()
{
    REQUIRE_POSTGRES_SERVER(PostgresServer::shared());
}

int TestCliServer::sstc(const QStringList &arguments, QString *output)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_folders.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_folders.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LANG"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SSTC_CLI_PATH), arguments + QStringList{QStringLiteral("--lang"),
                                                                         QStringLiteral("en")});
    if (!process.waitForFinished(120000))
        return -1;
    *output = QString::fromUtf8(process.readAllStandardOutput()) +
              QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}

void TestCliServer::initAndListOnServer()
{
    PostgresServer &server = PostgresServer::shared();
    const QString database = server.createDatabase();
    const QString uri = server.uri(database);
    QString output;
    QCOMPARE(sstc({QStringLiteral("init"), QStringLiteral("--database"), uri}, &output), 0);
    QVERIFY2(output.contains(QLatin1String("Created the portfolio")), qPrintable(output));
    // Named without a password, as a URI the user can pass again.
    QVERIFY2(output.contains(QStringLiteral("/%1?host=%2").arg(database, server.socketFolder())),
             qPrintable(output));

    QCOMPARE(sstc({QStringLiteral("list"), QStringLiteral("projects"), QStringLiteral("--database"),
                   uri, QStringLiteral("--format"), QStringLiteral("csv")},
                  &output),
             0);
    const QStringList lines = output.trimmed().split(QLatin1Char('\n'));
    QVERIFY2(lines.size() > 5, qPrintable(output));
    QCOMPARE(sstc({QStringLiteral("list"), QStringLiteral("agreements"),
                   QStringLiteral("--database"), uri},
                  &output),
             0);
    QVERIFY(!output.trimmed().isEmpty());

    // A second init leaves the portfolio as it is.
    QVERIFY(sstc({QStringLiteral("init"), QStringLiteral("--database"), uri}, &output) != 0);
    QVERIFY2(output.contains(QLatin1String("already holds a portfolio")), qPrintable(output));
    server.dropDatabase(database);
}

void TestCliServer::initRefusesDatabaseWithOtherTables()
{
    PostgresServer &server = PostgresServer::shared();
    const QString database = server.createDatabase();
    server.superuserSql(database, {QStringLiteral("CREATE TABLE invoices (id INTEGER)")});
    QString output;
    QVERIFY(sstc({QStringLiteral("init"), QStringLiteral("--empty"), QStringLiteral("--database"),
                  server.uri(database)},
                 &output) != 0);
    QVERIFY2(output.contains(QLatin1String("not an SSTC Desk portfolio")), qPrintable(output));
    QCOMPARE(server.superuserSql(database, {QStringLiteral("SELECT count(*) FROM "
                                                           "information_schema.tables WHERE "
                                                           "table_schema = 'public'")}),
             QStringList{QStringLiteral("1")});
    server.dropDatabase(database);
}

// Up from a file, down to another file: the lists agree, the copy is sound, and a second
// copy into the same database is refused.
void TestCliServer::copiesUpAndDownAgain()
{
    const QString local = file(QStringLiteral("laptop.sstc"));
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--database"), local}).exitCode, 0);
    const QString database = server().createDatabase();
    const QString uri = server().uri(database);
    CliRun up = run(
        {QStringLiteral("copy"), QStringLiteral("--database"), local, QStringLiteral("--to"), uri});
    QVERIFY2(up.exitCode == 0, qPrintable(up.err));
    QVERIFY2(up.out.contains(QLatin1String("Copied the portfolio")) && up.out.contains(database) &&
                 up.out.contains(QLatin1String("data format 7")),
             qPrintable(up.out));

    const QStringList listProjects{QStringLiteral("list"), QStringLiteral("projects"),
                                   QStringLiteral("--format"), QStringLiteral("csv"),
                                   QStringLiteral("--database")};
    const CliRun fromFile = run(listProjects + QStringList{local});
    const CliRun fromServer = run(listProjects + QStringList{uri});
    QCOMPARE(fromFile.exitCode, 0);
    QCOMPARE(fromServer.out, fromFile.out);

    const QString travel = file(QStringLiteral("travel.sstc"));
    CliRun down = run({QStringLiteral("copy"), QStringLiteral("--database"), uri,
                       QStringLiteral("--to"), travel});
    QVERIFY2(down.exitCode == 0, qPrintable(down.err));
    QCOMPARE(run(listProjects + QStringList{travel}).out, fromFile.out);
    const CliRun check = run({QStringLiteral("check"), QStringLiteral("--database"), travel});
    QVERIFY2(check.exitCode == 0 && check.out.contains(QLatin1String("is sound")),
             qPrintable(check.out + check.err));

    CliRun again = run(
        {QStringLiteral("copy"), QStringLiteral("--database"), local, QStringLiteral("--to"), uri});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("is not empty")), qPrintable(again.err));
    server().dropDatabase(database);
}

void TestCliServer::copyRefusals()
{
    CliRun noDestination =
        run({QStringLiteral("copy"), QStringLiteral("--database"), file(QStringLiteral("a.sstc"))});
    QCOMPARE(noDestination.exitCode, 1);
    QVERIFY2(noDestination.err.contains(QLatin1String("--to")), qPrintable(noDestination.err));

    const QString notes = file(QStringLiteral("notes.txt"));
    {
        QFile text(notes);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("shopping list");
    }
    const QString database = server().createDatabase();
    CliRun notAPortfolio = run({QStringLiteral("copy"), QStringLiteral("--database"), notes,
                                QStringLiteral("--to"), server().uri(database)},
                               QStringLiteral("zh_CN.UTF-8"));
    QCOMPARE(notAPortfolio.exitCode, 1);
    QVERIFY2(notAPortfolio.err.contains(QStringLiteral("不是")), qPrintable(notAPortfolio.err));
    QCOMPARE(server().superuserSql(database, {QStringLiteral("SELECT count(*) FROM pg_tables "
                                                             "WHERE schemaname = 'public'")}),
             QStringList{QStringLiteral("0")});
    server().dropDatabase(database);
}

void TestCliServer::reportFromServer()
{
    const QString database = initialised();
    const QString pdf = file(QStringLiteral("server-report.pdf"));
    const CliRun report =
        run({QStringLiteral("report"), QStringLiteral("--database"), server().uri(database),
             QStringLiteral("--donor"), QStringLiteral("MOHRSS"), QStringLiteral("--from"),
             QStringLiteral("2016-01-01"), QStringLiteral("--to"), QStringLiteral("2019-12-31"),
             QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-o"), pdf});
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QVERIFY2(report.out.contains(QLatin1String("page")), qPrintable(report.out));
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.read(5), QByteArray("%PDF-"));
    server().dropDatabase(database);
}

// On a server: sound as made; a row written while the server's checks were off (as a
// restore with triggers disabled can leave) is found, by table and row, in text and JSON.
void TestCliServer::checkOnServer()
{
    const QString database = initialised();
    const QString uri = server().uri(database);
    const CliRun sound = run({QStringLiteral("check"), QStringLiteral("--database"), uri});
    QVERIFY2(sound.exitCode == 0 && sound.out.contains(QLatin1String("is sound")) &&
                 sound.out.contains(QLatin1String("data format 7")),
             qPrintable(sound.out + sound.err));
    QString error;
    server().superuserSql(database,
                          {QStringLiteral("SET session_replication_role = replica"),
                           QStringLiteral("INSERT INTO funding_lines (id, project_id, kind, "
                                          "amount_hundredths, currency) VALUES (424242, 999999, "
                                          "'original_budget', 100, 'USD')")},
                          &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CliRun damaged = run({QStringLiteral("check"), QStringLiteral("--database"), uri});
    QCOMPARE(damaged.exitCode, 1);
    QVERIFY2(damaged.out.contains(QStringLiteral("row 424242 of the table “funding_lines” refers "
                                                 "to a row of “projects” that does not exist")),
             qPrintable(damaged.out));
    QVERIFY2(damaged.out.contains(QLatin1String("administrator")), qPrintable(damaged.out));
    const CliRun json = run({QStringLiteral("check"), QStringLiteral("--database"), uri,
                             QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject result = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(result.value(QStringLiteral("sound")).toBool(true), false);
    QCOMPARE(result.value(QStringLiteral("problemCount")).toInt(), 1);
    server().dropDatabase(database);
}

void TestCliServer::iatiExportAndImportOnServer()
{
    const QString source = initialised(true);
    const QString sourceUri = server().uri(source);
    const CliRun imported = run({QStringLiteral("import"), QStringLiteral("iati"), iatiExample,
                                 QStringLiteral("--database"), sourceUri});
    QVERIFY2(imported.exitCode == 0 && imported.out.contains(QLatin1String("Created 1")),
             qPrintable(imported.out + imported.err));
    const QString xml = file(QStringLiteral("server.xml"));
    const CliRun exported =
        run({QStringLiteral("export"), QStringLiteral("iati"), QStringLiteral("--database"),
             sourceUri, QStringLiteral("-o"), xml});
    QVERIFY2(exported.exitCode == 0 && exported.out.contains(QLatin1String("Wrote 1 activity")),
             qPrintable(exported.out + exported.err));
    const QString target = initialised(true);
    const CliRun again = run({QStringLiteral("import"), QStringLiteral("iati"), xml,
                              QStringLiteral("--database"), server().uri(target)});
    QVERIFY2(again.exitCode == 0 && again.out.contains(QLatin1String("Created 1")),
             qPrintable(again.out + again.err));
    QCOMPARE(
        server().superuserSql(target, {QStringLiteral("SELECT iati_identifier FROM projects")}),
        server().superuserSql(source, {QStringLiteral("SELECT iati_identifier FROM projects")}));
    server().dropDatabase(source);
    server().dropDatabase(target);
}

void TestCliServer::syntheticOnServer()
{
    const QString database = server().createDatabase();
    const CliRun made =
        run({QStringLiteral("synthetic"), QStringLiteral("--database"), server().uri(database),
             QStringLiteral("--size"), QStringLiteral("small")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const QString projects =
        server().superuserSql(database, {QStringLiteral("SELECT count(*) FROM projects")}).value(0);
    QVERIFY2(projects.toInt() > 0, qPrintable(projects));
    QVERIFY2(made.out.contains(projects), qPrintable(made.out));
    // A new project on the server after the synthetic ids does not collide with them.
    QString error;
    server().superuserSql(
        database, {QStringLiteral("INSERT INTO projects (title_en) VALUES ('after')")}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    server().dropDatabase(database);
}

// An older server is refused by commands with what to do (the window upgrades, after a copy;
// `sstc copy` makes one), and copied as it is; a newer one is refused, unchanged.
void TestCliServer::olderAndNewerServerSchemas()
{
    const QString database = initialised();
    const QString uri = server().uri(database);
    server().superuserSql(database, {QStringLiteral("UPDATE meta SET value = '99' WHERE key = "
                                                    "'schema_version'")});
    const CliRun newer = run(
        {QStringLiteral("list"), QStringLiteral("projects"), QStringLiteral("--database"), uri});
    QCOMPARE(newer.exitCode, 1);
    QVERIFY2(newer.err.contains(QLatin1String("newer version")), qPrintable(newer.err));
    const CliRun newerCopy = run({QStringLiteral("copy"), QStringLiteral("--database"), uri,
                                  QStringLiteral("--to"), file(QStringLiteral("newer.sstc"))});
    QCOMPARE(newerCopy.exitCode, 1);
    QVERIFY(!QFile::exists(file(QStringLiteral("newer.sstc"))));

    // Made to look older: schema 6 without the IATI tables would be; the version is enough
    // for the refusal, which happens before anything is read.
    server().superuserSql(database, {QStringLiteral("UPDATE meta SET value = '6' WHERE key = "
                                                    "'schema_version'")});
    const CliRun older = run({QStringLiteral("import"), QStringLiteral("iati"), iatiExample,
                              QStringLiteral("--database"), uri});
    QCOMPARE(older.exitCode, 1);
    QVERIFY2(older.err.contains(QLatin1String("older data format")) &&
                 older.err.contains(QLatin1String("sstc copy")),
             qPrintable(older.err));
    QCOMPARE(server().superuserSql(database, {QStringLiteral("SELECT value FROM meta WHERE key = "
                                                             "'schema_version'")}),
             QStringList{QStringLiteral("6")});
    server().dropDatabase(database);
}

// The server stops (as its administrator would) while `sstc copy` is writing into it: the
// command says the connection was lost and what to do, and once the server is back the
// database holds nothing of the copy.
void TestCliServer::serverStoppedDuringCommand()
{
    PostgresServer own;
    REQUIRE_POSTGRES_SERVER(own);
    const QString source = own.createDatabase();
    const QString target = own.createDatabase();
    {
        CliRunOptions options;
        const CliRun init =
            runCli(m_folders,
                   {QStringLiteral("init"), QStringLiteral("--database"), own.uri(source),
                    QStringLiteral("--lang"), QStringLiteral("en")},
                   options);
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    }
    // Holds the copy part way: its reading of the audit trail waits for this lock, after it has
    // written the tables before it into the target.
    const QString holder = QStringLiteral("lock-holder");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), holder);
        db.setHostName(own.socketFolder());
        db.setDatabaseName(source);
        db.setUserName(QStringLiteral("postgres"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery lock(db);
        QVERIFY(lock.exec(QStringLiteral("BEGIN")));
        QVERIFY2(lock.exec(QStringLiteral("LOCK TABLE audit_log IN ACCESS EXCLUSIVE MODE")),
                 qPrintable(lock.lastError().text()));
    }
    QProcess copy;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), file(QStringLiteral("data")));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    copy.setProcessEnvironment(environment);
    copy.start(QStringLiteral(SSTC_CLI_PATH),
               {QStringLiteral("copy"), QStringLiteral("--database"), own.uri(source),
                QStringLiteral("--to"), own.uri(target), QStringLiteral("--lang"),
                QStringLiteral("en")});
    QVERIFY(copy.waitForStarted());
    // Waits (for as long as it takes, no time is measured) until the copy waits for the lock.
    QTRY_VERIFY_WITH_TIMEOUT(!own.superuserSql(QStringLiteral("postgres"),
                                               {QStringLiteral("SELECT pid FROM pg_stat_activity "
                                                               "WHERE wait_event_type = 'Lock'")})
                                  .isEmpty(),
                             120000);
    QVERIFY(own.shutDown());
    QVERIFY(copy.waitForFinished(120000));
    QSqlDatabase::removeDatabase(holder);
    const QString err = QString::fromUtf8(copy.readAllStandardError());
    QCOMPARE(copy.exitCode(), 1);
    QVERIFY2(err.contains(QLatin1String("connection to the server")) &&
                 err.contains(QLatin1String("was lost")) &&
                 err.contains(QLatin1String("try again")),
             qPrintable(err));
    QVERIFY(own.startAgain());
    QCOMPARE(own.superuserSql(target, {QStringLiteral("SELECT count(*) FROM pg_tables WHERE "
                                                      "schemaname = 'public'")}),
             QStringList{QStringLiteral("0")});
}

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cliserver.moc"
