// PortfolioStore: creating, opening, refusing and upgrading portfolio files.
#include "tests/support/RepositoryTestSupport.h"
#include "tests/support/StoreTestSupport.h"
#include "tests/support/TestFolders.h"

#include "models/repositories/OrganisationRepository.h"
#include "models/store/PortfolioBackups.h"
#include "models/store/PortfolioFile.h"
#include "models/store/PortfolioStore.h"
#include "models/store/SchemaHistory.h"
#include "models/store/WriteTransaction.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <optional>

using namespace sstc;
using namespace testsupport;
using Kind = StoreError::Kind;

namespace {

QString openError(const QString &path, const SchemaHistory &history = SchemaHistory::standard())
{
    const std::optional<StoreError> error =
        errorOf([&] { PortfolioStore::openFile(path, history); });
    return error ? kindName(error->kind()) : QStringLiteral("no error");
}

QString metaValue(PortfolioStore &store, const QString &key)
{
    QSqlQuery query = store.run(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    return query.next() ? query.value(0).toString() : QString();
}

bool hasTable(PortfolioStore &store, const QString &table)
{
    QSqlQuery query = store.run(
        QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
        {table});
    return query.next() && query.value(0).toInt() == 1;
}

Organisation organisation(const QString &acronym)
{
    Organisation result;
    result.acronym = acronym;
    result.name = {acronym + QStringLiteral(" in English"), acronym + QStringLiteral("中文")};
    result.type = OrganisationType::Multilateral;
    return result;
}

// A version-1 portfolio holding one organisation ("ILO"), closed again.
SchemaStep standardStep1()
{
    return SchemaHistory::standard().steps().first();
}

// The upgrade tests build on version 1 with steps of their own.
const SchemaHistory &version1Only()
{
    static const SchemaHistory history({standardStep1()});
    return history;
}

void createVersion1(const QString &path)
{
    auto store = PortfolioStore::openFile(path, version1Only());
    OrganisationRepository(*store).insert(organisation(QStringLiteral("ILO")));
}

SchemaStep addNotesTable(int version = 2)
{
    return {version, [](PortfolioStore &store) {
                store.run(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"));
                store.run(QStringLiteral("INSERT INTO notes (body) VALUES ('upgraded')"));
            }};
}

SchemaStep failingStep(int version)
{
    return {version, [](PortfolioStore &store) {
                store.run(QStringLiteral("CREATE TABLE half_done (id INTEGER PRIMARY KEY)"));
                throw StoreError(StoreError::Kind::Failed, store.path(), QStringLiteral("test"));
            }};
}

} // namespace

class TestPortfolioStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsLatestVersion();
    void emptyFileBecomesPortfolio();
    void usesWalAndForeignKeys();
    void keptStatementsRunInsideEachOther();
    void reopensWithData();
    void failedCreationLeavesNoFile();

    void refusesNewerVersion();
    void refusesTextFile();
    void refusesRandomBytes();
    void refusesShortFile();
    void refusesFolderAsFile();
    void refusesForeignDatabase();
    void refusesDatabaseWithoutVersion();
    void refusesDamagedFile_data();
    void refusesDamagedFile();
    void refusesReadOnlyFile();
    void refusesReadOnlyFolder();
    void refusesParentThatIsAFile();
    void refusesMissingFolder();
    void reportsLockedFile();

    void upgradesWithBackup();
    void backupsAreListedNewestFirst();
    void failedUpgradeKeepsOldVersion();
    void upgradeIsAllOrNothing();

    void messagesNameTheFile();

private:
    QString path(const QString &name = QStringLiteral("portfolio.sstc")) const
    {
        return m_dir->filePath(name);
    }

    TestFolders m_folders;
    std::optional<QTemporaryDir> m_dir;
};

void TestPortfolioStore::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
}

void TestPortfolioStore::cleanup()
{
    // Give write permission back so that the folder can be removed.
    QFile::setPermissions(m_dir->path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_dir.reset();
}

void TestPortfolioStore::createsLatestVersion()
{
    auto store = PortfolioStore::openFile(path());
    QVERIFY(store->wasCreated());
    QCOMPARE(store->schemaVersion(), SchemaHistory::standard().latestVersion());
    QCOMPARE(store->backupPath(), QString());
    QCOMPARE(store->path(), QFileInfo(path()).absoluteFilePath());
    QVERIFY(QFileInfo::exists(path()));
    QCOMPARE(metaValue(*store, QStringLiteral("schema_version")),
             QString::number(SchemaHistory::standard().latestVersion()));
    QCOMPARE(metaValue(*store, QStringLiteral("application")), QStringLiteral("sstc-desk"));
    QSqlQuery id = store->run(QStringLiteral("PRAGMA application_id"));
    QVERIFY(id.next());
    QCOMPARE(id.value(0).toInt(), PortfolioStore::sqliteApplicationId);
    for (const char *table :
         {"countries", "organisations", "agreements", "projects", "funding_lines", "exchange_rates",
          "events", "indicators", "documents", "funding_offers", "milestones", "themes"})
        QVERIFY2(hasTable(*store, QLatin1String(table)), table);
    // A new file holds the schema, but no data.
    QSqlQuery projects = store->run(QStringLiteral("SELECT COUNT(*) FROM projects"));
    QVERIFY(projects.next());
    QCOMPARE(projects.value(0).toInt(), 0);
}

void TestPortfolioStore::emptyFileBecomesPortfolio()
{
    QVERIFY(writeFile(path(), QByteArray()));
    auto store = PortfolioStore::openFile(path());
    QVERIFY(store->wasCreated());
    QCOMPARE(store->schemaVersion(), SchemaHistory::standard().latestVersion());
    QVERIFY(QFileInfo(path()).size() > 0);
}

// A kept statement is reused only once its rows are read: the same text run while another
// run of it is being read gets a statement of its own, and one that failed is not reused.
void TestPortfolioStore::keptStatementsRunInsideEachOther()
{
    auto store = PortfolioStore::openFile(path());
    const QString insert = QStringLiteral("INSERT INTO countries (code, name_en) VALUES (?, ?)");
    for (const char *code : {"KH", "LA", "VN"})
        store->execute(insert, {QLatin1String(code), QLatin1String(code)});
    const QString codesAfter =
        QStringLiteral("SELECT code FROM countries WHERE code > ? ORDER BY code");
    QStringList pairs;
    PreparedQuery outer = store->query(codesAfter, {QString()});
    while (outer.next()) {
        const QString first = outer.value(0).toString();
        PreparedQuery inner = store->query(codesAfter, {first});
        while (inner.next())
            pairs << first + QLatin1Char('-') + inner.value(0).toString();
    }
    QCOMPARE(pairs, QStringList({QStringLiteral("KH-LA"), QStringLiteral("KH-VN"),
                                 QStringLiteral("LA-VN")}));
    // A duplicate code fails; the same statement then runs again as usual.
    QVERIFY(errorOf([&] { store->execute(insert, {QStringLiteral("KH"), QStringLiteral("x")}); }));
    store->execute(insert, {QStringLiteral("TH"), QStringLiteral("Thailand")});
    PreparedQuery thailand = store->query(
        QStringLiteral("SELECT name_en FROM countries WHERE code = ?"), {QStringLiteral("TH")});
    QVERIFY(thailand.next());
    QCOMPARE(thailand.value(0).toString(), QStringLiteral("Thailand"));
}

void TestPortfolioStore::usesWalAndForeignKeys()
{
    auto store = PortfolioStore::openFile(path());
    QSqlQuery mode = store->run(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(mode.next());
    QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    QSqlQuery keys = store->run(QStringLiteral("PRAGMA foreign_keys"));
    QVERIFY(keys.next());
    QCOMPARE(keys.value(0).toInt(), 1);

    store->run(QStringLiteral("INSERT INTO countries (code, name_en) VALUES ('KH', 'Cambodia')"));
    const qint64 project =
        store->insert(QStringLiteral("INSERT INTO projects (title_en) VALUES (?) RETURNING id"),
                      {QStringLiteral("A project")});
    // A known country is accepted…
    store->run(QStringLiteral("INSERT INTO project_countries (project_id, country_code, position) "
                              "VALUES (?, 'KH', 0)"),
               {project});
    // …an unknown one is refused by the foreign key.
    const std::optional<StoreError> error = errorOf([&] {
        store->run(QStringLiteral("INSERT INTO project_countries (project_id, country_code, "
                                  "position) VALUES (?, 'XX', 1)"),
                   {project});
    });
    QVERIFY(error);
    QCOMPARE(kindName(error->kind()), QStringLiteral("InvalidData"));
    QVERIFY(!error->detail().isEmpty());
    QSqlQuery count = store->run(QStringLiteral("SELECT COUNT(*) FROM project_countries"));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 1);
}

void TestPortfolioStore::reopensWithData()
{
    {
        auto created = PortfolioStore::openFile(path());
        OrganisationRepository(*created).insert(organisation(QStringLiteral("ILO")));
    }
    auto store = PortfolioStore::openFile(path());
    QVERIFY(!store->wasCreated());
    QCOMPARE(store->schemaVersion(), SchemaHistory::standard().latestVersion());
    QCOMPARE(store->backupPath(), QString()); // no upgrade, no backup
    const QList<Organisation> all = OrganisationRepository(*store).all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().acronym, QStringLiteral("ILO"));
    QCOMPARE(folderEntries(m_dir->path()).filter(QStringLiteral("backup")), QStringList());
}

void TestPortfolioStore::failedCreationLeavesNoFile()
{
    const SchemaHistory broken({failingStep(1)});
    QCOMPARE(openError(path(), broken), QStringLiteral("Failed"));
    QVERIFY(!QFileInfo::exists(path()));
    QCOMPARE(folderEntries(m_dir->path()), QStringList());
}

void TestPortfolioStore::refusesNewerVersion()
{
    {
        auto store = PortfolioStore::openFile(path());
        OrganisationRepository(*store).insert(organisation(QStringLiteral("ILO")));
        store->run(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'"));
    }
    const QByteArray before = fileChecksum(path());
    const QStringList entries = folderEntries(m_dir->path());
    QVERIFY(!before.isEmpty());

    const std::optional<StoreError> error = errorOf([&] { PortfolioStore::openFile(path()); });
    QVERIFY(error);
    QCOMPARE(kindName(error->kind()), QStringLiteral("NewerVersion"));
    QVERIFY(error->message().contains(QStringLiteral("99")));
    QVERIFY(error->message().contains(QStringLiteral("portfolio.sstc")));
    QCOMPARE(fileChecksum(path()), before);
    QCOMPARE(folderEntries(m_dir->path()), entries);
    QCOMPARE(
        rawSql(path(), {QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")}),
        QStringList{QStringLiteral("99")});
}

void TestPortfolioStore::refusesTextFile()
{
    const QByteArray text("code,title\nP1,\"Employment services\"\n");
    QVERIFY(writeFile(path(), text));
    QCOMPARE(openError(path()), QStringLiteral("NotADatabase"));
    QCOMPARE(fileBytes(path()), text);
    QCOMPARE(folderEntries(m_dir->path()), QStringList{QStringLiteral("portfolio.sstc")});
}

void TestPortfolioStore::refusesRandomBytes()
{
    QByteArray bytes(8192, '\0');
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 7919 + 13) % 251);
    QVERIFY(writeFile(path(), bytes));
    QCOMPARE(openError(path()), QStringLiteral("NotADatabase"));
    QCOMPARE(fileBytes(path()), bytes);
    QCOMPARE(folderEntries(m_dir->path()), QStringList{QStringLiteral("portfolio.sstc")});
}

void TestPortfolioStore::refusesShortFile()
{
    const QByteArray bytes("SQLite");
    QVERIFY(writeFile(path(), bytes));
    QCOMPARE(openError(path()), QStringLiteral("NotADatabase"));
    QCOMPARE(fileBytes(path()), bytes);
}

void TestPortfolioStore::refusesFolderAsFile()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("portfolio.sstc")));
    QCOMPARE(openError(path()), QStringLiteral("NotADatabase"));
    QVERIFY(QFileInfo(path()).isDir());
}

void TestPortfolioStore::refusesForeignDatabase()
{
    QString error;
    rawSql(path(),
           {QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)"),
            QStringLiteral("INSERT INTO contacts (name) VALUES ('someone')")},
           &error);
    QCOMPARE(error, QString());
    const QByteArray before = fileChecksum(path());
    const QStringList entries = folderEntries(m_dir->path());

    QCOMPARE(openError(path()), QStringLiteral("NotAPortfolio"));
    QCOMPARE(fileChecksum(path()), before);
    QCOMPARE(folderEntries(m_dir->path()), entries);
    QCOMPARE(rawSql(path(), {QStringLiteral("SELECT name FROM contacts")}),
             QStringList{QStringLiteral("someone")});
}

void TestPortfolioStore::refusesDatabaseWithoutVersion()
{
    QString error;
    rawSql(path(), {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")},
           &error);
    QCOMPARE(error, QString());
    const QByteArray before = fileChecksum(path());
    QCOMPARE(openError(path()), QStringLiteral("NotAPortfolio"));
    QCOMPARE(fileChecksum(path()), before);
}

void TestPortfolioStore::refusesDamagedFile_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("kind");
    QTest::newRow("page 1 overwritten") << "overwrite"
                                        << "Damaged";
    QTest::newRow("truncated to one page") << "truncate"
                                           << "Damaged";
    // The header still says "SQLite format 3", but its page size is impossible: a portfolio
    // damaged, not a file of another kind.
    QTest::newRow("header broken") << "header"
                                   << "Damaged";
}

void TestPortfolioStore::refusesDamagedFile()
{
    QFETCH(QString, damage);
    QFETCH(QString, kind);
    createVersion1(path());
    QByteArray bytes = fileBytes(path());
    QVERIFY(bytes.size() > 8192);
    QVERIFY(bytes.startsWith(QByteArray("SQLite format 3\0", 16)));
    if (damage == QLatin1String("overwrite")) {
        // The b-tree header of page 1 (the schema table) follows the 100-byte file header.
        for (int i = 100; i < 600; ++i)
            bytes[i] = char(0xA5);
    } else if (damage == QLatin1String("header")) {
        bytes[16] = char(0x03); // page size 0x0302: not a power of two
        bytes[17] = char(0x02);
    } else {
        const int pageSize = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
        QVERIFY(pageSize >= 512);
        bytes.truncate(pageSize);
    }
    QVERIFY(writeFile(path(), bytes));
    const QStringList entries = folderEntries(m_dir->path());

    const std::optional<StoreError> error = errorOf([&] { PortfolioStore::openFile(path()); });
    QVERIFY2(error, "a damaged file was opened");
    QCOMPARE(kindName(error->kind()), kind);
    QVERIFY(!error->message().isEmpty());
    QCOMPARE(fileBytes(path()), bytes);
    QCOMPARE(folderEntries(m_dir->path()), entries);
}

void TestPortfolioStore::refusesReadOnlyFile()
{
    createVersion1(path());
    QVERIFY(QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                              QFileDevice::ReadOther));
    QVERIFY(!PortfolioFile::isWritable(path()));
    const QByteArray before = fileChecksum(path());
    const QStringList entries = folderEntries(m_dir->path());

    const std::optional<StoreError> error = errorOf([&] { PortfolioStore::openFile(path()); });
    QVERIFY(error);
    QCOMPARE(kindName(error->kind()), QStringLiteral("ReadOnlyFile"));
    QVERIFY(error->message().contains(QStringLiteral("portfolio.sstc")));
    QCOMPARE(fileChecksum(path()), before);
    QCOMPARE(folderEntries(m_dir->path()), entries);
    QCOMPARE(QFileInfo(path()).permissions() & QFileDevice::WriteOwner, QFileDevice::Permissions());
}

void TestPortfolioStore::refusesReadOnlyFolder()
{
    const QString folder = m_dir->filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkdir(folder));
    const QString existing = folder + QStringLiteral("/existing.sstc");
    createVersion1(existing);
    const QByteArray before = fileChecksum(existing);
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                              QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                              QFileDevice::ReadOther | QFileDevice::ExeOther));
    const QStringList entries = folderEntries(folder);

    // A new file cannot be made there…
    QCOMPARE(openError(folder + QStringLiteral("/new.sstc")), QStringLiteral("FolderNotWritable"));
    // …and an existing one cannot be opened either, as SQLite keeps its journal beside it.
    QCOMPARE(openError(existing), QStringLiteral("FolderNotWritable"));
    QCOMPARE(folderEntries(folder), entries);
    QCOMPARE(fileChecksum(existing), before);

    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner));
}

void TestPortfolioStore::refusesParentThatIsAFile()
{
    const QString notAFolder = m_dir->filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(notAFolder, "notes"));
    QCOMPARE(openError(notAFolder + QStringLiteral("/portfolio.sstc")),
             QStringLiteral("FolderNotWritable"));
    QCOMPARE(fileBytes(notAFolder), QByteArray("notes"));
}

void TestPortfolioStore::refusesMissingFolder()
{
    const QString inMissing = m_dir->filePath(QStringLiteral("no/such/folder/portfolio.sstc"));
    QCOMPARE(openError(inMissing), QStringLiteral("FolderNotWritable"));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("no"))));
}

void TestPortfolioStore::reportsLockedFile()
{
    auto first = PortfolioStore::openFile(path());
    auto second = PortfolioStore::openFile(path());
    QVERIFY(!second->wasCreated());
    OrganisationRepository firstOrganisations(*first);
    OrganisationRepository secondOrganisations(*second);

    WriteTransaction holding(*first);
    firstOrganisations.insert(organisation(QStringLiteral("ILO")));
    // The second connection waits for the lock (a few seconds), then gives up.
    const std::optional<StoreError> error =
        errorOf([&] { secondOrganisations.insert(organisation(QStringLiteral("UN DESA"))); });
    QVERIFY(error);
    QCOMPARE(kindName(error->kind()), QStringLiteral("Locked"));
    QVERIFY(error->message().contains(QStringLiteral("portfolio.sstc")));
    holding.commit();

    // Once the lock is released, the second connection writes again.
    secondOrganisations.insert(organisation(QStringLiteral("UN DESA")));
    QCOMPARE(firstOrganisations.all().size(), 2);
}

void TestPortfolioStore::upgradesWithBackup()
{
    createVersion1(path());
    const SchemaHistory history({standardStep1(), addNotesTable()});
    QString backup;
    {
        auto store = PortfolioStore::openFile(path(), history);
        QVERIFY(!store->wasCreated());
        QCOMPARE(store->schemaVersion(), 2);
        QCOMPARE(metaValue(*store, QStringLiteral("schema_version")), QStringLiteral("2"));
        QVERIFY(hasTable(*store, QStringLiteral("notes")));
        QSqlQuery notes = store->run(QStringLiteral("SELECT body FROM notes"));
        QVERIFY(notes.next());
        QCOMPARE(notes.value(0).toString(), QStringLiteral("upgraded"));
        QCOMPARE(OrganisationRepository(*store).all().size(), 1);
        backup = store->backupPath();
    }
    QVERIFY(!backup.isEmpty());
    QVERIFY2(QFileInfo::exists(backup), qPrintable(backup));
    QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(path()).absolutePath());
    QVERIFY(backup != QFileInfo(path()).absoluteFilePath());
    // Where a damaged portfolio's user is sent to look: the copy is found again.
    QCOMPARE(PortfolioBackups::list(path()), QStringList{backup});

    {
        // The copy is the file as it was: version 1, same data, no new table.
        auto old = PortfolioStore::openFile(backup, version1Only());
        QCOMPARE(old->schemaVersion(), 1);
        QVERIFY(!hasTable(*old, QStringLiteral("notes")));
        const QList<Organisation> organisations = OrganisationRepository(*old).all();
        QCOMPARE(organisations.size(), 1);
        QCOMPARE(organisations.first().acronym, QStringLiteral("ILO"));
        QCOMPARE(organisations.first().name.zh, QStringLiteral("ILO中文"));
    }

    // Opened again with the same history: nothing more to upgrade, no new backup.
    auto again = PortfolioStore::openFile(path(), history);
    QCOMPARE(again->schemaVersion(), 2);
    QCOMPARE(again->backupPath(), QString());
    // And a program that knows only version 1 cannot read version 2.
    again.reset();
    QCOMPARE(openError(path(), version1Only()), QStringLiteral("NewerVersion"));
}

void TestPortfolioStore::backupsAreListedNewestFirst()
{
    const QDateTime earlier(QDate(2026, 1, 1), QTime(12, 0, 0));
    const QDateTime later = earlier.addDays(30);
    const QStringList names = {PortfolioBackups::nameFor(path(), 5, earlier),
                               PortfolioBackups::nameFor(path(), 6, later),
                               PortfolioBackups::nameFor(path(), 6, later, 2)};
    for (const QString &name : names)
        QVERIFY(writeFile(name, QByteArray("copy")));
    // Files that only look like backups, and another portfolio's.
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("notes.v5-backup-20260101-120000.txt")), {}));
    QVERIFY(writeFile(QFileInfo(path()).absolutePath() + QLatin1Char('/') +
                          QFileInfo(path()).completeBaseName() +
                          QStringLiteral(".v5-backup-notes.") + QFileInfo(path()).suffix(),
                      {}));
    QCOMPARE(QFileInfo(names.at(0)).fileName(), QFileInfo(path()).completeBaseName() +
                                                    QStringLiteral(".v5-backup-20260101-120000.") +
                                                    QFileInfo(path()).suffix());
    QCOMPARE(PortfolioBackups::list(path()), (QStringList{names.at(2), names.at(1), names.at(0)}));
}

void TestPortfolioStore::failedUpgradeKeepsOldVersion()
{
    createVersion1(path());
    const SchemaHistory history({standardStep1(), failingStep(2)});
    const std::optional<StoreError> error =
        errorOf([&] { PortfolioStore::openFile(path(), history); });
    QVERIFY(error);
    QCOMPARE(kindName(error->kind()), QStringLiteral("Failed"));

    auto store = PortfolioStore::openFile(path(), version1Only());
    QCOMPARE(store->schemaVersion(), 1);
    QCOMPARE(metaValue(*store, QStringLiteral("schema_version")), QStringLiteral("1"));
    QVERIFY(!hasTable(*store, QStringLiteral("half_done")));
    QCOMPARE(OrganisationRepository(*store).all().size(), 1);
}

void TestPortfolioStore::upgradeIsAllOrNothing()
{
    createVersion1(path());
    const SchemaHistory history({standardStep1(), addNotesTable(2), failingStep(3)});
    QCOMPARE(openError(path(), history), QStringLiteral("Failed"));

    // Step 3 failed, so step 2 was not kept either: the file is as it was, with no copy.
    auto store = PortfolioStore::openFile(path(), version1Only());
    QCOMPARE(store->schemaVersion(), 1);
    QVERIFY(!hasTable(*store, QStringLiteral("notes")));
    QVERIFY(!hasTable(*store, QStringLiteral("half_done")));
    QCOMPARE(OrganisationRepository(*store).all().size(), 1);
    QCOMPARE(folderEntries(m_dir->path()).filter(QStringLiteral("backup")), QStringList());
}

void TestPortfolioStore::messagesNameTheFile()
{
    const QString file = QStringLiteral("/data/officer/My Portfolio.sstc");
    for (Kind kind : {Kind::NotADatabase, Kind::NotAPortfolio, Kind::Damaged, Kind::NewerVersion,
                      Kind::ReadOnlyFile, Kind::FolderNotWritable, Kind::Locked, Kind::DiskFull,
                      Kind::CannotOpen, Kind::InvalidData, Kind::AlreadyExists, Kind::Missing,
                      Kind::OlderVersion, Kind::ServerUnreachable, Kind::AccessRefused,
                      Kind::NoSuchDatabase, Kind::ConnectionLost, Kind::Failed}) {
        const StoreError error(kind, file, QStringLiteral("the detail"));
        const QString message = error.message();
        QVERIFY2(!message.trimmed().isEmpty(), qPrintable(kindName(kind)));
        // A refused change is about the values, not about the file.
        if (kind != Kind::InvalidData)
            QVERIFY2(message.contains(QStringLiteral("My Portfolio.sstc")),
                     qPrintable(kindName(kind) + QStringLiteral(": ") + message));
        QVERIFY(QString::fromUtf8(error.what()).contains(QStringLiteral("the detail")));
        QCOMPARE(error.path(), file);
    }
    StoreError newer(Kind::NewerVersion, file);
    newer.withVersions(7, 1);
    QVERIFY(newer.message().contains(QStringLiteral("7")));
    QVERIFY(newer.message().contains(QStringLiteral("1")));
}

QTEST_GUILESS_MAIN(TestPortfolioStore)
#include "tst_portfoliostore.moc"
