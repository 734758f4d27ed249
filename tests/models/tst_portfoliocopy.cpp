// A whole portfolio copied between a file and the test run's PostgreSQL server (PortfolioCopy,
// behind `sstc copy`): a round trip file → server → file compared row by row, table by table;
// ids, documents, the audit trail, references to later rows and exact numbers kept; the
// server's identity sequences moved past the copied ids; the refusals (a destination that is
// not empty, a source that is not a portfolio or is newer) and a row refused part way, each
// leaving the destination as it was.
#include "tests/support/PostgresServer.h"
#include "tests/support/RepositoryTestSupport.h"
#include "tests/support/ServerPortfolio.h"
#include "tests/support/TemporaryPortfolio.h"

#include "models/repositories/ProjectRepository.h"
#include "models/store/PortfolioCopy.h"
#include "models/store/PortfolioOpener.h"
#include "models/store/ServerUpgrade.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace sstc;
using namespace testsupport;

namespace {

QString textOf(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("\\N");
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 17);
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(value.toByteArray().toHex());
    return value.toString();
}

// The portfolio's tables as the database lists them (not as the program under test does),
// without SQLite's own and its text index's.
QStringList tablesOf(PortfolioStore &store)
{
    QStringList names;
    QSqlQuery query = store.run(store.dialect().tableNamesQuery());
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (!name.startsWith(QLatin1String("project_text")))
            names << name;
    }
    names.sort();
    return names;
}

// Every row of a table as text, its columns by name, the rows sorted (the engines order
// text keys by their own collations).
QStringList rowsOf(PortfolioStore &store, const QString &table)
{
    QSqlQuery query = store.run(QStringLiteral("SELECT * FROM %1").arg(table));
    const QSqlRecord record = query.record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    QStringList sortedColumns = columns;
    sortedColumns.sort();
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (const QString &column : std::as_const(sortedColumns))
            fields << column + QLatin1Char('=') + textOf(query.value(columns.indexOf(column)));
        rows << fields.join(QLatin1Char('\t'));
    }
    rows.sort();
    return rows;
}

// Compares two portfolios table by table, row by row; `skipMeta` leaves out the keys a new
// file writes about itself.
void compareAllRows(PortfolioStore &expected, PortfolioStore &actual)
{
    const QStringList tables = tablesOf(expected);
    QCOMPARE(tablesOf(actual), tables);
    for (const QString &table : tables) {
        QStringList want = rowsOf(expected, table);
        QStringList got = rowsOf(actual, table);
        if (table == QLatin1String("meta")) {
            // A file marks itself whole when made; a server's database has no such mark.
            want.removeIf(
                [](const QString &row) { return row.contains(QLatin1String("created_whole")); });
            got.removeIf(
                [](const QString &row) { return row.contains(QLatin1String("created_whole")); });
        }
        if (want != got) {
            for (int i = 0; i < qMax(want.size(), got.size()); ++i)
                if (want.value(i) != got.value(i)) {
                    qWarning().noquote() << table << "expected:" << want.value(i);
                    qWarning().noquote() << table << "actual:  " << got.value(i);
                    break;
                }
        }
        QVERIFY2(want == got, qPrintable(QStringLiteral("table %1: %2 rows expected, %3 got")
                                             .arg(table)
                                             .arg(want.size())
                                             .arg(got.size())));
    }
}

int tableCount(PostgresServer &server, const QString &database)
{
    return server
        .superuserSql(database, {QStringLiteral("SELECT count(*) FROM pg_tables WHERE "
                                                "schemaname = 'public'")})
        .value(0)
        .toInt();
}

} // namespace

class TestPortfolioCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripKeepsEveryRow();
    void copiesKeepTheSourceDataFormat();
    void refusesDestinationThatIsNotEmpty();
    void refusesSourceThatIsNotAPortfolio();
    void refusesNewerSource();
    void rowRefusedPartWayLeavesNothing();
    void serverUpgradeIsWholeOrNothing();

private:
    PostgresServer &server() { return PostgresServer::shared(); }
    // The sample, with what the sample lacks: a document's bytes, audit rows, references to
    // rows that come later, a number that needs all its digits.
    void enrich(PortfolioStore &store);
};

void TestPortfolioCopy::initTestCase()
{
    REQUIRE_POSTGRES_SERVER(server());
}

void TestPortfolioCopy::enrich(PortfolioStore &store)
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    const qint64 project = addProject(store, QStringLiteral("Parent named before it exists"));
    store.run(QStringLiteral("INSERT INTO documents (project_id, title_en, title_zh, kind, "
                             "file_name, size, sha256, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
              {project, QStringLiteral("Signed MOU"), QStringLiteral("签署的谅解备忘录"),
               QStringLiteral("signed_agreement"), QStringLiteral("mou.pdf"), bytes.size(),
               QStringLiteral("00"), bytes});
    // A reference forward, to a row of the same table that comes after it, further on than
    // one statement of the copy holds (rows referring to each other in one statement pass).
    qint64 child = 0;
    for (int i = 0; i < 600; ++i)
        child = addProject(store, QStringLiteral("Child %1").arg(i));
    store.run(QStringLiteral("UPDATE projects SET parent_project_id = ? WHERE id = ?"),
              {child, project});
    store.run(QStringLiteral("UPDATE agreements SET amends_id = (SELECT max(id) FROM agreements) "
                             "WHERE id = (SELECT min(id) FROM agreements)"));
    store.run(QStringLiteral("INSERT INTO exchange_rates (currency, to_currency, rate_date, rate, "
                             "source) VALUES ('CNY', 'USD', '2020-01-01', ?, '')"),
              {0.14285714285714285});
    for (int i = 0; i < 3; ++i)
        store.run(QStringLiteral("INSERT INTO audit_log (changed_at, user_name, entity, "
                                 "entity_id, project_id, action, field, old_value, new_value) "
                                 "VALUES (?, 'ana', 'project', ?, ?, 'update', 'title_en', ?, ?)"),
                  {QStringLiteral("2024-0%1-01T10:00:00Z").arg(i + 1), project, project,
                   QStringLiteral("旧 %1").arg(i), QVariant()});
}

void TestPortfolioCopy::roundTripKeepsEveryRow()
{
    TemporaryPortfolio original;
    enrich(original.store());
    const QString database = server().createDatabase();
    QVERIFY2(!database.isEmpty(), qPrintable(server().failure()));
    const PortfolioLocation onServer = server().location(database);

    const PortfolioCopyResult up =
        PortfolioCopy::copy(PortfolioLocation::file(original.path()), onServer);
    QCOMPARE(up.schemaVersion, SchemaHistory::standard().latestVersion());
    QCOMPARE(up.projects, qint64(ProjectRepository(original.store()).count()));
    QVERIFY(!up.destination.contains(QLatin1String("password")));

    QTemporaryDir folder;
    const QString back = folder.filePath(QStringLiteral("back.sstc"));
    const PortfolioCopyResult down = PortfolioCopy::copy(onServer, PortfolioLocation::file(back));
    QCOMPARE(down.rows, up.rows);
    QCOMPARE(down.tables, up.tables);

    {
        auto server = PortfolioOpener::openForReading(onServer);
        compareAllRows(original.store(), *server);
        // The server's sequences go on after the copied ids: a new project takes a new id.
        auto writer = PortfolioOpener::open(onServer, PortfolioOpener::NewFileContent::Sample);
        QSqlQuery maxId = writer->run(QStringLiteral("SELECT max(id) FROM projects"));
        QVERIFY(maxId.next());
        QVERIFY(addProject(*writer, QStringLiteral("New on the server")) >
                maxId.value(0).toLongLong());
        QSqlQuery maxAudit = writer->run(QStringLiteral("SELECT max(id) FROM audit_log"));
        QVERIFY(maxAudit.next());
        QVERIFY(writer->insert(QStringLiteral("INSERT INTO audit_log (changed_at, user_name, "
                                              "entity, entity_id, action) VALUES "
                                              "('2025-01-01', 'b', 'project', 1, 'create') "
                                              "RETURNING id"),
                               {}) > maxAudit.value(0).toLongLong());
    }
    auto copied = PortfolioOpener::openForReading(back);
    compareAllRows(original.store(), *copied);
    // The file copy is a portfolio like any other: its text index was rebuilt from the rows.
    QSqlQuery found = copied->run(QStringLiteral("SELECT count(*) FROM project_text WHERE "
                                                 "project_text MATCH ?"),
                                  {QStringLiteral("\"before it exists\"")});
    QVERIFY(found.next());
    QCOMPARE(found.value(0).toInt(), 1);
    server().dropDatabase(database);
}

void TestPortfolioCopy::copiesKeepTheSourceDataFormat()
{
    QTemporaryDir folder;
    const QString old = folder.filePath(QStringLiteral("old.sstc"));
    const SchemaHistory v5 = SchemaHistory::standard().upTo(5);
    PortfolioStore::create(
        old,
        [](PortfolioStore &store) {
            store.run(
                QStringLiteral("INSERT INTO countries (code, name_en) VALUES ('KH', 'Cambodia')"));
        },
        v5);
    const QString database = server().createDatabase();
    const PortfolioCopyResult result =
        PortfolioCopy::copy(PortfolioLocation::file(old), server().location(database));
    QCOMPARE(result.schemaVersion, 5);
    QCOMPARE(server().superuserSql(database, {QStringLiteral("SELECT value FROM meta WHERE key = "
                                                             "'schema_version'")}),
             QStringList{QStringLiteral("5")});
    // Tables of later versions are not there, as in the source.
    QCOMPARE(server().superuserSql(database, {QStringLiteral("SELECT count(*) FROM pg_tables "
                                                             "WHERE tablename = "
                                                             "'organisation_iati_refs'")}),
             QStringList{QStringLiteral("0")});
    server().dropDatabase(database);
}

void TestPortfolioCopy::refusesDestinationThatIsNotEmpty()
{
    TemporaryPortfolio source;
    const PortfolioLocation from = PortfolioLocation::file(source.path());

    ServerPortfolio existing(server(), ServerPortfolio::Content::ReferenceOnly);
    QVERIFY2(existing.store(), qPrintable(existing.failure()));
    const int projectsBefore = ProjectRepository(*existing.store()).count();
    QCOMPARE(
        errorKindOf([&] { PortfolioCopy::copy(from, server().location(existing.database())); }),
        QStringLiteral("AlreadyExists"));
    QCOMPARE(ProjectRepository(*existing.store()).count(), projectsBefore);

    const QString other = server().createDatabase();
    server().superuserSql(other, {QStringLiteral("CREATE TABLE invoices (id INTEGER)"),
                                  QStringLiteral("INSERT INTO invoices VALUES (7)")});
    QCOMPARE(errorKindOf([&] { PortfolioCopy::copy(from, server().location(other)); }),
             QStringLiteral("NotAPortfolio"));
    QCOMPARE(tableCount(server(), other), 1);
    QCOMPARE(server().superuserSql(other, {QStringLiteral("SELECT id FROM invoices")}),
             QStringList{QStringLiteral("7")});
    server().dropDatabase(other);

    QTemporaryDir folder;
    const QString taken = folder.filePath(QStringLiteral("taken.sstc"));
    {
        QFile file(taken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("someone's notes");
    }
    QCOMPARE(errorKindOf([&] { PortfolioCopy::copy(from, PortfolioLocation::file(taken)); }),
             QStringLiteral("AlreadyExists"));
    QFile file(taken);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("someone's notes"));
}

void TestPortfolioCopy::refusesSourceThatIsNotAPortfolio()
{
    const QString database = server().createDatabase();
    const PortfolioLocation to = server().location(database);
    QTemporaryDir folder;
    const QString text = folder.filePath(QStringLiteral("notes.sstc"));
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
    }
    QCOMPARE(errorKindOf([&] { PortfolioCopy::copy(PortfolioLocation::file(text), to); }),
             QStringLiteral("NotADatabase"));
    QCOMPARE(errorKindOf([&] {
                 PortfolioCopy::copy(PortfolioLocation::file(folder.filePath("none.sstc")), to);
             }),
             QStringLiteral("Missing"));
    // An SQLite database of another program.
    const QString foreign = folder.filePath(QStringLiteral("other.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("f"));
        db.setDatabaseName(foreign);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE meta (key TEXT, value TEXT)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("f"));
    QCOMPARE(errorKindOf([&] { PortfolioCopy::copy(PortfolioLocation::file(foreign), to); }),
             QStringLiteral("NotAPortfolio"));
    // An empty server database is no portfolio either.
    const QString empty = server().createDatabase();
    QCOMPARE(errorKindOf([&] { PortfolioCopy::copy(server().location(empty), to); }),
             QStringLiteral("NotAPortfolio"));
    QCOMPARE(tableCount(server(), database), 0);
    server().dropDatabase(empty);
    server().dropDatabase(database);
}

void TestPortfolioCopy::refusesNewerSource()
{
    ServerPortfolio newer(server(), ServerPortfolio::Content::ReferenceOnly);
    QVERIFY2(newer.store(), qPrintable(newer.failure()));
    server().superuserSql(newer.database(), {QStringLiteral("UPDATE meta SET value = '99' WHERE "
                                                            "key = 'schema_version'")});
    QTemporaryDir folder;
    const QString to = folder.filePath(QStringLiteral("copy.sstc"));
    QCOMPARE(errorKindOf([&] {
                 PortfolioCopy::copy(server().location(newer.database()),
                                     PortfolioLocation::file(to));
             }),
             QStringLiteral("NewerVersion"));
    QVERIFY(!QFileInfo::exists(to));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

// A row the destination refuses (a reference to nothing, which SQLite let in while its
// foreign keys were off) stops the copy part way: the server's database has no table, the
// file is not there and nothing is left beside it.
void TestPortfolioCopy::rowRefusedPartWayLeavesNothing()
{
    TemporaryPortfolio source;
    source.store().run(QStringLiteral("PRAGMA foreign_keys = OFF"));
    source.store().run(
        QStringLiteral("INSERT INTO funding_lines (project_id, kind, "
                       "amount_hundredths, currency) VALUES (999999, 'original_budget', 1, "
                       "'USD')"));
    source.store().run(QStringLiteral("PRAGMA foreign_keys = ON"));
    const PortfolioLocation from = PortfolioLocation::file(source.path());

    const QString database = server().createDatabase();
    QCOMPARE(errorKindOf([&] { PortfolioCopy::copy(from, server().location(database)); }),
             QStringLiteral("InvalidData"));
    QCOMPARE(tableCount(server(), database), 0);
    server().dropDatabase(database);

    QTemporaryDir folder;
    const QString to = folder.filePath(QStringLiteral("copy.sstc"));
    QCOMPARE(errorKindOf([&] { PortfolioCopy::copy(from, PortfolioLocation::file(to)); }),
             QStringLiteral("InvalidData"));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

// An older server portfolio is upgraded in one transaction after a copy of it is made: a step
// that fails leaves the database in its format, without the steps before it, and removes the
// copy; the real upgrade keeps the copy, in the old format, with the same rows.
void TestPortfolioCopy::serverUpgradeIsWholeOrNothing()
{
    const QString database = server().createDatabase();
    const PortfolioLocation location = server().location(database);
    PortfolioStore::createOnServer(
        location,
        [](PortfolioStore &store) {
            store.run(QStringLiteral("INSERT INTO projects (title_en) VALUES ('Kept at 5')"));
        },
        SchemaHistory::standard().upTo(5));
    QCOMPARE(errorKindOf(
                 [&] { PortfolioOpener::open(location, PortfolioOpener::NewFileContent::Sample); }),
             QStringLiteral("OlderVersion"));

    QList<SchemaStep> steps = SchemaHistory::standard().upTo(6).steps();
    steps.append({7, [](PortfolioStore &store) {
                      throw StoreError(StoreError::Kind::Failed, store.path(),
                                       QStringLiteral("planted"));
                  }});
    QTemporaryDir folder;
    const QString copyPath = folder.filePath(QStringLiteral("before-upgrade.sstc"));
    QCOMPARE(errorKindOf([&] { ServerUpgrade::run(location, copyPath, SchemaHistory(steps)); }),
             QStringLiteral("Failed: planted"));
    QCOMPARE(server().superuserSql(database, {QStringLiteral("SELECT value FROM meta WHERE key = "
                                                             "'schema_version'")}),
             QStringList{QStringLiteral("5")});
    // Step 6's column is not there either: the steps share one transaction.
    QCOMPARE(server().superuserSql(database, {QStringLiteral("SELECT count(*) FROM "
                                                             "information_schema.columns WHERE "
                                                             "column_name = 'entity_key'")}),
             QStringList{QStringLiteral("0")});
    QVERIFY(!QFileInfo::exists(copyPath));

    auto upgraded = ServerUpgrade::run(location, copyPath);
    QCOMPARE(upgraded->schemaVersion(), SchemaHistory::standard().latestVersion());
    QCOMPARE(ProjectRepository(*upgraded).count(), 1);
    auto copy = PortfolioStore::openReadOnly(copyPath);
    QCOMPARE(copy->schemaVersion(), 5);
    QSqlQuery title = copy->run(QStringLiteral("SELECT title_en FROM projects"));
    QVERIFY(title.next());
    QCOMPARE(title.value(0).toString(), QStringLiteral("Kept at 5"));
    upgraded.reset();
    server().dropDatabase(database);
}

QTEST_GUILESS_MAIN(TestPortfolioCopy)
#include "tst_portfoliocopy.moc"
