// `sstc init` and `sstc list` with --database naming a PostgreSQL server (the test run's own).
#include "tests/support/PostgresServer.h"
#include "tests/support/TestFolders.h"

#include <QProcess>
#include <QtTest>

class TestCliServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initAndListOnServer();
    void initRefusesDatabaseWithOtherTables();

private:
    int sstc(const QStringList &arguments, QString *output);
    TestFolders m_folders;
};

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
    QVERIFY2(output.contains(QLatin1String("already exists")), qPrintable(output));
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

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cliserver.moc"
