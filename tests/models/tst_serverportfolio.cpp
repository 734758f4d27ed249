// A portfolio on a PostgreSQL server: the test run's own server (PostgresServer), a database
// of its own for each test. Creation on an empty database only, the identity and version
// checks, transactions, ids given explicitly, the text search and the text index.
#include "tests/support/PostgresServer.h"
#include "tests/support/RepositoryTestSupport.h"
#include "tests/support/ServerPortfolio.h"

#include "models/funding/FundingFiguresLoader.h"
#include "models/query/ProjectFilter.h"
#include "models/query/ProjectTextIndex.h"
#include "models/query/ProjectTextIndexLoader.h"
#include "models/repositories/ProjectRepository.h"
#include "models/store/PortfolioOpener.h"
#include "models/store/WriteTransaction.h"

#include <QSignalSpy>
#include <QtTest>

using namespace sstc;
using namespace testsupport;

Q_DECLARE_METATYPE(sstc::FundingDashboardFigures)

class TestServerPortfolio : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void locationsAreParsedOnce();
    void createsOnEmptyDatabaseOnly();
    void refusesDatabaseWithOtherTables();
    void refusesWhatIsNotAPortfolio();
    void refusesNewerSchema();
    void failedWriteChangesNothing();
    void explicitIdsAdvanceTheSequence();
    void textSearchAndIndex();
    void backgroundReadersUseTheServer();

private:
    PostgresServer &server() { return PostgresServer::shared(); }
};

void TestServerPortfolio::initTestCase()
{
    REQUIRE_POSTGRES_SERVER(server());
    qInfo("PostgreSQL test server started in %lld ms", server().startMilliseconds());
}

void TestServerPortfolio::locationsAreParsedOnce()
{
    QString error;
    const PortfolioLocation file = PortfolioLocation::parse(QStringLiteral("/tmp/a.sstc"));
    QVERIFY(!file.isServer());
    QCOMPARE(file.filePath(), QStringLiteral("/tmp/a.sstc"));

    const PortfolioLocation tcp = PortfolioLocation::parse(
        QStringLiteral("postgresql://ana:secret@db.example.org:5433/team?sslmode=require"), &error);
    QVERIFY2(tcp.isValid(), qPrintable(error));
    QVERIFY(tcp.isServer());
    QCOMPARE(tcp.host(), QStringLiteral("db.example.org"));
    QCOMPARE(tcp.port(), 5433);
    QCOMPARE(tcp.database(), QStringLiteral("team"));
    QCOMPARE(tcp.user(), QStringLiteral("ana"));
    QCOMPARE(tcp.password(), QStringLiteral("secret"));
    QCOMPARE(tcp.connectOptions(), QStringLiteral("sslmode=require"));
    // The password is for connecting only: never shown.
    QCOMPARE(tcp.displayName(),
             QStringLiteral("postgresql://ana@db.example.org:5433/team?sslmode=require"));

    const PortfolioLocation socket =
        PortfolioLocation::parse(QStringLiteral("postgresql:///team?host=/run/pg"), &error);
    QVERIFY2(socket.isValid(), qPrintable(error));
    QCOMPARE(socket.host(), QStringLiteral("/run/pg"));
    QCOMPARE(socket.user(), QString()); // left to libpq: PGUSER, else the login name
    QCOMPARE(socket.displayName(), QStringLiteral("postgresql:///team?host=/run/pg"));

    QVERIFY(!PortfolioLocation::parse(QStringLiteral("postgresql://host/"), &error).isValid());
    QVERIFY(!error.isEmpty());
    // A value that would change the meaning of libpq's connection string is refused.
    QVERIFY(!PortfolioLocation::parse(QStringLiteral("postgresql://h/db?sslmode=a%20b")).isValid());
}

void TestServerPortfolio::createsOnEmptyDatabaseOnly()
{
    ServerPortfolio portfolio(server(), ServerPortfolio::Content::Sample);
    QVERIFY2(portfolio.store(), qPrintable(portfolio.failure()));
    QVERIFY(portfolio.store()->wasCreated());
    QCOMPARE(portfolio.store()->schemaVersion(), SchemaHistory::standard().latestVersion());
    const int projects = ProjectRepository(*portfolio.store()).count();
    QVERIFY(projects > 0);
    QVERIFY(!portfolio.store()->path().contains(QLatin1String("password")));

    const PortfolioLocation location = server().location(portfolio.database());
    QCOMPARE(errorKindOf([&] {
                 PortfolioOpener::create(location, PortfolioOpener::NewFileContent::Sample);
             }),
             QStringLiteral("AlreadyExists"));
    // Opened again, by a second connection: the same portfolio.
    auto reopened = PortfolioOpener::openForReading(location);
    QCOMPARE(ProjectRepository(*reopened).count(), projects);
    QVERIFY(!reopened->wasCreated());
}

void TestServerPortfolio::refusesDatabaseWithOtherTables()
{
    const QString database = server().createDatabase();
    QVERIFY(!database.isEmpty());
    QString error;
    server().superuserSql(database, {QStringLiteral("CREATE TABLE invoices (id INTEGER)")}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const PortfolioLocation location = server().location(database);
    QCOMPARE(errorKindOf([&] {
                 PortfolioOpener::create(location, PortfolioOpener::NewFileContent::Sample);
             }),
             QStringLiteral("NotAPortfolio"));
    // Left as it was: only the table that was there.
    QCOMPARE(server().superuserSql(database,
                                   {QStringLiteral("SELECT string_agg(table_name, ',') FROM "
                                                   "information_schema.tables WHERE table_schema = "
                                                   "'public'")}),
             QStringList{QStringLiteral("invoices")});
    server().dropDatabase(database);
}

void TestServerPortfolio::refusesWhatIsNotAPortfolio()
{
    const QString database = server().createDatabase();
    const PortfolioLocation location = server().location(database);
    // An empty database holds no portfolio to open.
    QCOMPARE(errorKindOf([&] { PortfolioOpener::openForReading(location); }),
             QStringLiteral("NotAPortfolio"));
    // A meta table without SSTC Desk's marker is someone else's.
    server().superuserSql(database,
                          {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
                           QStringLiteral("INSERT INTO meta VALUES ('schema_version', '7')")});
    QCOMPARE(errorKindOf([&] { PortfolioOpener::openForReading(location); }),
             QStringLiteral("NotAPortfolio"));
    server().dropDatabase(database);

    // A server that is not there, a database it does not have, a password it refuses: each
    // told apart, for a message that says what to do.
    const PortfolioLocation nowhere = PortfolioLocation::parse(
        QStringLiteral("postgresql:///portfolio?host=%1/missing").arg(server().socketFolder()));
    QCOMPARE(errorKindOf([&] { PortfolioOpener::openForReading(nowhere); }),
             QStringLiteral("ServerUnreachable"));
    QCOMPARE(errorKindOf([&] {
                 PortfolioOpener::openForReading(server().location(QStringLiteral("no_such_db")));
             }),
             QStringLiteral("NoSuchDatabase"));
    const PortfolioLocation member =
        PortfolioLocation::parse(QStringLiteral("postgresql://%1:wrong@/postgres?host=%2")
                                     .arg(PostgresServer::passwordRole(), server().socketFolder()));
    QCOMPARE(errorKindOf([&] { PortfolioOpener::openForReading(member); }),
             QStringLiteral("AccessRefused"));
}

void TestServerPortfolio::refusesNewerSchema()
{
    ServerPortfolio portfolio(server(), ServerPortfolio::Content::ReferenceOnly);
    QVERIFY2(portfolio.store(), qPrintable(portfolio.failure()));
    server().superuserSql(portfolio.database(),
                          {QStringLiteral("UPDATE meta SET value = '99' WHERE key = "
                                          "'schema_version'")});
    QCOMPARE(errorKindOf(
                 [&] { PortfolioOpener::openForReading(server().location(portfolio.database())); }),
             QStringLiteral("NewerVersion"));
}

void TestServerPortfolio::failedWriteChangesNothing()
{
    ServerPortfolio portfolio(server(), ServerPortfolio::Content::ReferenceOnly);
    QVERIFY2(portfolio.store(), qPrintable(portfolio.failure()));
    PortfolioStore &store = *portfolio.store();
    QCOMPARE(errorKindOf([&] {
                 WriteTransaction transaction(store);
                 addProject(store, QStringLiteral("Kept only if all succeeds"));
                 // A project without a title breaks a CHECK constraint.
                 store.run(QStringLiteral("INSERT INTO projects (code) VALUES (?)"),
                           {QStringLiteral("X")});
                 transaction.commit();
             }),
             QStringLiteral("InvalidData"));
    QCOMPARE(ProjectRepository(store).count(), 0);
    // The connection goes on working after the rollback.
    addProject(store, QStringLiteral("After"));
    QCOMPARE(ProjectRepository(store).count(), 1);
}

void TestServerPortfolio::explicitIdsAdvanceTheSequence()
{
    ServerPortfolio portfolio(server(), ServerPortfolio::Content::ReferenceOnly);
    QVERIFY2(portfolio.store(), qPrintable(portfolio.failure()));
    PortfolioStore &store = *portfolio.store();
    ProjectRepository projects(store);
    Project project;
    project.title.en = QStringLiteral("Put back by undo");
    project.id = 40;
    QCOMPARE(projects.insert(project), qint64(40));
    // The next new project must not take an id the sequence has not seen.
    Project next;
    next.title.en = QStringLiteral("New");
    QVERIFY(projects.insert(next) > 40);
    QCOMPARE(projects.count(), 2);
}

void TestServerPortfolio::textSearchAndIndex()
{
    ServerPortfolio portfolio(server(), ServerPortfolio::Content::Sample);
    QVERIFY2(portfolio.store(), qPrintable(portfolio.failure()));
    PortfolioStore &store = *portfolio.store();
    QVERIFY(!server()
                 .superuserSql(portfolio.database(),
                               {QStringLiteral("SELECT indexname FROM pg_indexes WHERE "
                                               "indexname = 'projects_title_zh_trgm'")})
                 .isEmpty());
    ProjectFilter filter;
    filter.text = QStringLiteral("就业");
    const ProjectCondition condition = ProjectCondition::of(filter, store.dialect());
    QSqlQuery query = store.run(
        QStringLiteral("SELECT count(*) FROM projects WHERE ") + condition.sql, condition.values);
    QVERIFY(query.next());
    QVERIFY(query.value(0).toInt() > 0);

    const auto index = ProjectTextIndex::read(store);
    QVERIFY(index);
    QVERIFY(!index->matching(ProjectTextIndex::normalised(QStringLiteral("就业"))).isEmpty());
}

// The window's background loaders (the text index, the funding figures) read the server over
// a connection of their own on their thread, as they read a file; that connection cannot
// write.
void TestServerPortfolio::backgroundReadersUseTheServer()
{
    ServerPortfolio portfolio(server(), ServerPortfolio::Content::Sample);
    QVERIFY2(portfolio.store(), qPrintable(portfolio.failure()));
    PortfolioStore &store = *portfolio.store();
    QVERIFY(store.canBeReadElsewhere());
    QVERIFY(FundingFiguresLoader::readsInBackground(store));

    {
        const std::unique_ptr<PortfolioStore> reader =
            PortfolioStore::openReadOnly(store.location());
        QCOMPARE(reader->schemaVersion(), store.schemaVersion());
        QCOMPARE(errorKindOf([&] {
                     reader->run(QStringLiteral("UPDATE projects SET title_en = 'changed'"));
                 }),
                 QStringLiteral("ReadOnlyFile"));
    }

    qRegisterMetaType<FundingDashboardFigures>();
    FundingRequest request;
    request.reportingCurrency = QStringLiteral("USD");
    FundingFiguresLoader figuresLoader;
    QSignalSpy loaded(&figuresLoader, &FundingFiguresLoader::loaded);
    QSignalSpy failed(&figuresLoader, &FundingFiguresLoader::failed);
    figuresLoader.start(store, request);
    QCOMPARE(loaded.count(), 0); // answered from the thread, not here
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count() + failed.count(), 1, 30000);
    QCOMPARE(failed.count(), 0);
    const auto background = loaded.at(0).at(1).value<FundingDashboardFigures>();
    const FundingDashboardFigures here = FundingFiguresLoader::compute(store, request);
    QCOMPARE(background.charts.size(), here.charts.size());
    for (int i = 0; i < here.charts.size(); ++i) {
        QCOMPARE(background.charts.at(i).bars.size(), here.charts.at(i).bars.size());
        for (int bar = 0; bar < here.charts.at(i).bars.size(); ++bar)
            QCOMPARE(background.charts.at(i).bars.at(bar).hundredths,
                     here.charts.at(i).bars.at(bar).hundredths);
    }

    ProjectTextIndexLoader indexLoader;
    QSignalSpy indexed(&indexLoader, &ProjectTextIndexLoader::loaded);
    indexLoader.start(store.location());
    QVERIFY(indexed.wait(10000));
    const auto index = indexed.at(0).at(0).value<std::shared_ptr<const ProjectTextIndex>>();
    QVERIFY(index);
    QCOMPARE(index->size(), int(ProjectRepository(store).all().size()));
}

QTEST_GUILESS_MAIN(TestServerPortfolio)
#include "tst_serverportfolio.moc"
