// A portfolio file's life: made whole or not at all, never taking over another file, upgraded
// once with one copy kept, and sound after a writer is killed at any moment.
#include "tests/support/RepositoryTestSupport.h"
#include "tests/support/StoreTestSupport.h"
#include "tests/support/WriterProcesses.h"

#include "models/sample/ReferenceData.h"
#include "models/store/PortfolioFile.h"
#include "models/store/PortfolioOpener.h"
#include "models/store/PortfolioStore.h"
#include "models/store/SchemaHistory.h"
#include "models/store/WriteTransaction.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <functional>
#include <optional>

using namespace sstc;
using namespace testsupport;
using Kind = StoreError::Kind;

namespace {

int latest()
{
    return SchemaHistory::standard().latestVersion();
}

const SchemaHistory &version1Only()
{
    static const SchemaHistory history({SchemaHistory::standard().steps().first()});
    return history;
}

// The schema as it was at `version`, step by step.
SchemaHistory historyUpTo(int version)
{
    QList<SchemaStep> steps;
    const SchemaHistory standard = SchemaHistory::standard();
    for (const SchemaStep &step : standard.steps())
        if (step.version <= version)
            steps << step;
    return SchemaHistory(steps);
}

// What an earlier version's `init` left when killed between its two transactions: the
// schema committed, its content never. Today's creation marks a whole file, so the mark is
// taken out again, as those versions never wrote it.
void createUnfinishedPortfolio(const QString &path, int version)
{
    PortfolioStore::create(path, {}, historyUpTo(version)).reset();
    QString error;
    rawSql(path, {QStringLiteral("DELETE FROM meta WHERE key = 'created_whole'")}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rawSql(path, {QStringLiteral("SELECT COUNT(*) FROM countries")}),
             QStringList{QStringLiteral("0")});
    QCOMPARE(rawSql(path, {QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")}),
             QStringList{QString::number(version)});
}

constexpr int oldOrganisations = 20000;

// A version-1 portfolio with enough rows that copying and upgrading it take a while.
void createOldPortfolio(const QString &path)
{
    PortfolioStore::create(path, {}, version1Only()).reset();
    QString error;
    rawSql(path,
           {QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                "INSERT INTO organisations (acronym, name_en, org_type) "
                "SELECT 'O' || i, 'Organisation number ' || i, 'government' FROM n")
                .arg(oldOrganisations)},
           &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QStringList backupsIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*backup*.sstc")}, QDir::Files, QDir::Name);
}

WriterCommand writer(const QStringList &arguments)
{
    WriterCommand command;
    command.program = QStringLiteral(SSTC_STORE_WRITER_PATH);
    command.arguments = arguments;
    command.waitsForFirstLine = true;
    return command;
}

// The same writer under a file size limit: every write past `kilobytes` fails, as on a full
// disk (the signal that would kill it is ignored, so SQLite sees the error).
WriterCommand writerOnFullDisk(const QStringList &arguments, int kilobytes)
{
    WriterCommand command;
    command.program = QStringLiteral("/bin/sh");
    command.arguments = QStringList{QStringLiteral("-c"),
                                    QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"")
                                        .arg(kilobytes * 2), // blocks of 512 bytes
                                    QStringLiteral(SSTC_STORE_WRITER_PATH)} +
                        arguments;
    return command;
}

} // namespace

class TestPortfolioCreation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newPortfolioAppearsWhole();
    void failedFillLeavesNothing();
    void createRefusesExistingFiles();
    void createReplacesEmptyFile();
    void emptyDatabaseIsNotTakenOver();
    void foreignDatabaseIsNotTakenOver();
    void readingNeverWrites();
    void abandonedTemporaryFilesAreRemoved();
    void unfinishedPortfolioIsRefusedUnchanged();
    void portfolioWithContentIsNotTakenForUnfinished();

    void upgradeKeepsOneBackup();
    void failedUpgradeLeavesNoBackup();
    void fullDiskUpgradeLeavesNoBackup();
    void fullDatabaseSaysTheDiskIsFull();

    void racingCreatorsOneWins();
    void racingFirstStartsOpenOnePortfolio();
    void concurrentUpgradesMakeOneBackup();

    void killedCreationIsAllOrNothing();
    void killedUpgradeIsAllOrNothing();
    void killedImportIsAllOrNothing();

private:
    QString path(const QString &name = QStringLiteral("portfolio.sstc")) const
    {
        return m_dir->filePath(name);
    }
    QString folder() const { return m_dir->path(); }
    // Kills `command` at random moments of its work, `rounds` times, and checks what is left
    // with `check`, after `prepare` has set up the files each time.
    void killRepeatedly(const WriterCommand &command, int rounds,
                        const std::function<void()> &prepare,
                        const std::function<void(const WriterRun &)> &check);

    std::optional<QTemporaryDir> m_dir;
};

void TestPortfolioCreation::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
}

void TestPortfolioCreation::cleanup()
{
    m_dir.reset();
}

void TestPortfolioCreation::newPortfolioAppearsWhole()
{
    auto store = PortfolioOpener::create(path(), PortfolioOpener::NewFileContent::Sample);
    QVERIFY(store->wasCreated());
    QCOMPARE(store->path(), QFileInfo(path()).absoluteFilePath());
    store.reset();
    QCOMPARE(portfolioProblem(path(), latest()), QString());
    QCOMPARE(countOf(path(), QStringLiteral("SELECT COUNT(*) FROM projects")), 8);
    QVERIFY(countOf(path(), QStringLiteral("SELECT COUNT(*) FROM countries")) > 200);
    QCOMPARE(folderEntries(folder()), QStringList{QStringLiteral("portfolio.sstc")});
}

void TestPortfolioCreation::failedFillLeavesNothing()
{
    const std::optional<StoreError> error = errorOf([&] {
        PortfolioStore::create(path(), [](PortfolioStore &store) {
            ReferenceData::fill(store);
            throw StoreError(Kind::DiskFull, store.path(), QStringLiteral("test"));
        });
    });
    QVERIFY(error);
    QCOMPARE(error->kind(), Kind::DiskFull);
    // The message names the file the user asked for, not the temporary one.
    QCOMPARE(error->path(), QFileInfo(path()).absoluteFilePath());
    QCOMPARE(folderEntries(folder()), QStringList());
}

void TestPortfolioCreation::createRefusesExistingFiles()
{
    PortfolioOpener::create(path(), PortfolioOpener::NewFileContent::ReferenceOnly).reset();
    const QByteArray before = fileChecksum(path());
    std::optional<StoreError> error =
        errorOf([&] { PortfolioOpener::create(path(), PortfolioOpener::NewFileContent::Sample); });
    QVERIFY(error);
    QCOMPARE(error->kind(), Kind::AlreadyExists);
    QVERIFY(error->message().contains(QStringLiteral("portfolio.sstc")));
    QCOMPARE(fileChecksum(path()), before);

    const QString notes = path(QStringLiteral("notes.sstc"));
    QVERIFY(writeFile(notes, "my notes\n"));
    error =
        errorOf([&] { PortfolioOpener::create(notes, PortfolioOpener::NewFileContent::Sample); });
    QVERIFY(error);
    QCOMPARE(error->kind(), Kind::AlreadyExists);
    QCOMPARE(fileBytes(notes), QByteArray("my notes\n"));
    QCOMPARE(folderEntries(folder()),
             (QStringList{QStringLiteral("notes.sstc"), QStringLiteral("portfolio.sstc")}));
}

void TestPortfolioCreation::createReplacesEmptyFile()
{
    QVERIFY(writeFile(path(), QByteArray()));
    auto store = PortfolioOpener::create(path(), PortfolioOpener::NewFileContent::Sample);
    QVERIFY(store->wasCreated());
    store.reset();
    QCOMPARE(portfolioProblem(path(), latest()), QString());
    QCOMPARE(countOf(path(), QStringLiteral("SELECT COUNT(*) FROM projects")), 8);
    QCOMPARE(folderEntries(folder()), QStringList{QStringLiteral("portfolio.sstc")});
}

// An SQLite database without a single table is still someone else's file.
void TestPortfolioCreation::emptyDatabaseIsNotTakenOver()
{
    QString error;
    rawSql(path(), {QStringLiteral("PRAGMA user_version = 3")}, &error);
    QCOMPARE(error, QString());
    const QByteArray before = fileChecksum(path());
    QVERIFY(!before.isEmpty());
    for (const auto &open : QList<std::function<void()>>{
             [&] { PortfolioStore::openFile(path()); },
             [&] { PortfolioOpener::open(path(), PortfolioOpener::NewFileContent::Sample); },
             [&] { PortfolioOpener::openForReading(path()); }}) {
        const std::optional<StoreError> refused = errorOf(open);
        QVERIFY(refused);
        QCOMPARE(refused->kind(), Kind::NotAPortfolio);
    }
    QCOMPARE(fileChecksum(path()), before);
    QCOMPARE(folderEntries(folder()), QStringList{QStringLiteral("portfolio.sstc")});
}

void TestPortfolioCreation::foreignDatabaseIsNotTakenOver()
{
    QString error;
    rawSql(path(),
           {QStringLiteral("PRAGMA application_id = 42"),
            QStringLiteral("CREATE VIEW answer AS SELECT 42 AS value")},
           &error);
    QCOMPARE(error, QString());
    const QByteArray before = fileChecksum(path());
    for (const auto &open : QList<std::function<void()>>{
             [&] { PortfolioStore::openFile(path()); },
             [&] { PortfolioOpener::open(path(), PortfolioOpener::NewFileContent::Sample); },
             [&] { PortfolioOpener::openForReading(path()); }}) {
        const std::optional<StoreError> refused = errorOf(open);
        QVERIFY(refused);
        QCOMPARE(refused->kind(), Kind::NotAPortfolio);
        QVERIFY(refused->message().contains(QStringLiteral("left unchanged")));
    }
    QCOMPARE(fileChecksum(path()), before);
    QCOMPARE(countOf(path(), QStringLiteral("PRAGMA application_id")), 42);
    QCOMPARE(countOf(path(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master")), 1);
    QCOMPARE(folderEntries(folder()), QStringList{QStringLiteral("portfolio.sstc")});
}

void TestPortfolioCreation::readingNeverWrites()
{
    // Missing: not created.
    std::optional<StoreError> error =
        errorOf([&] { PortfolioOpener::openForReading(path(QStringLiteral("missing.sstc"))); });
    QVERIFY(error);
    QCOMPARE(error->kind(), Kind::Missing);
    QCOMPARE(folderEntries(folder()), QStringList());

    // Empty: stays empty.
    QVERIFY(writeFile(path(QStringLiteral("empty.sstc")), QByteArray()));
    error = errorOf([&] { PortfolioOpener::openForReading(path(QStringLiteral("empty.sstc"))); });
    QVERIFY(error);
    QCOMPARE(error->kind(), Kind::NotADatabase);
    QCOMPARE(QFileInfo(path(QStringLiteral("empty.sstc"))).size(), 0);

    // Older: neither upgraded nor copied.
    PortfolioStore::create(path(), {}, version1Only()).reset();
    const QByteArray before = fileChecksum(path());
    error = errorOf([&] { PortfolioOpener::openForReading(path()); });
    QVERIFY(error);
    QCOMPARE(error->kind(), Kind::OlderVersion);
    QVERIFY(error->message().contains(QStringLiteral("portfolio.sstc")));
    QCOMPARE(fileChecksum(path()), before);
    QCOMPARE(folderEntries(folder()),
             (QStringList{QStringLiteral("empty.sstc"), QStringLiteral("portfolio.sstc")}));

    // Current: read.
    PortfolioStore::openFile(path()).reset();
    const QByteArray upgraded = fileChecksum(path());
    auto reader = PortfolioOpener::openForReading(path());
    QCOMPARE(reader->schemaVersion(), latest());
    reader.reset();
    QCOMPARE(fileChecksum(path()), upgraded);
}

// Schema 6 with no countries and no projects: opening it for work, or for reading, refuses it
// with a message that names it and says it was never finished; nothing is upgraded, copied
// or written. The current version's schema without content is refused the same way.
void TestPortfolioCreation::unfinishedPortfolioIsRefusedUnchanged()
{
    for (const int version : {6, latest()}) {
        const QString file = path(QStringLiteral("unfinished-%1.sstc").arg(version));
        createUnfinishedPortfolio(file, version);
        const QByteArray before = fileChecksum(file);
        const QStringList entries = folderEntries(folder());
        for (const auto &open : std::initializer_list<std::function<void()>>{
                 [&] { PortfolioOpener::open(file, PortfolioOpener::NewFileContent::Sample); },
                 [&] { PortfolioOpener::openForReading(file); }}) {
            const std::optional<StoreError> error = errorOf(open);
            QVERIFY(error);
            QCOMPARE(error->kind(), Kind::Unfinished);
            QVERIFY2(error->message().contains(QDir::toNativeSeparators(file)) &&
                         error->message().contains(QStringLiteral("never finished")),
                     qPrintable(error->message()));
            QCOMPARE(fileChecksum(file), before);
            QCOMPARE(folderEntries(folder()), entries);
        }
    }
}

// The rule does not catch whole files: one made today without content carries the mark, an
// older one whose user removed every country still holds other rows.
void TestPortfolioCreation::portfolioWithContentIsNotTakenForUnfinished()
{
    PortfolioStore::create(path(QStringLiteral("bare.sstc"))).reset();
    QCOMPARE(PortfolioOpener::open(path(QStringLiteral("bare.sstc")),
                                   PortfolioOpener::NewFileContent::Sample)
                 ->schemaVersion(),
             latest());

    const QString old = path(QStringLiteral("old.sstc"));
    createUnfinishedPortfolio(old, 6);
    QString error;
    rawSql(old,
           {QStringLiteral("INSERT INTO organisations (acronym, name_en, org_type) "
                           "VALUES ('MOL', 'Ministry of Labour', 'government')")},
           &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto store = PortfolioOpener::open(old, PortfolioOpener::NewFileContent::Sample);
    QCOMPARE(store->schemaVersion(), latest());
    QVERIFY(!store->backupPath().isEmpty());
}

// A maker that died left its temporary file; a live maker's one stays.
void TestPortfolioCreation::abandonedTemporaryFilesAreRemoved()
{
    const QString abandoned = path(QStringLiteral(".portfolio.sstc-a1b2c3.tmp"));
    const QString live = path(QStringLiteral(".portfolio.sstc-d4e5f6.tmp"));
    QVERIFY(writeFile(abandoned, "half a portfolio"));
    QVERIFY(writeFile(abandoned + QStringLiteral("-journal"), "journal"));
    QVERIFY(writeFile(live, "being made"));
    const int fd = ::open(QFile::encodeName(live).constData(), O_RDONLY);
    QVERIFY(fd >= 0);
    QCOMPARE(::flock(fd, LOCK_EX), 0);

    PortfolioOpener::create(path(), PortfolioOpener::NewFileContent::ReferenceOnly).reset();
    ::close(fd);
    QCOMPARE(folderEntries(folder()), (QStringList{QStringLiteral(".portfolio.sstc-d4e5f6.tmp"),
                                                   QStringLiteral("portfolio.sstc")}));
}

void TestPortfolioCreation::upgradeKeepsOneBackup()
{
    createOldPortfolio(path());
    const QByteArray before = fileChecksum(path());
    QString backup;
    {
        auto store = PortfolioStore::openFile(path());
        QCOMPARE(store->schemaVersion(), latest());
        backup = store->backupPath();
    }
    QCOMPARE(backupsIn(folder()), QStringList{QFileInfo(backup).fileName()});
    QCOMPARE(portfolioProblem(backup, 1), QString());
    QCOMPARE(countOf(backup, QStringLiteral("SELECT COUNT(*) FROM organisations")),
             oldOrganisations);
    QCOMPARE(portfolioProblem(path(), latest()), QString());
    QVERIFY(fileChecksum(path()) != before);
    QCOMPARE(leftovers(folder()), QStringList());
    // Opened again: nothing to upgrade, no second copy.
    PortfolioStore::openFile(path()).reset();
    QCOMPARE(backupsIn(folder()).size(), 1);
}

void TestPortfolioCreation::failedUpgradeLeavesNoBackup()
{
    createOldPortfolio(path());
    const SchemaHistory failing({SchemaHistory::standard().steps().first(),
                                 SchemaStep{2, [](PortfolioStore &store) {
                                                throw StoreError(Kind::Locked, store.path(),
                                                                 QStringLiteral("test"));
                                            }}});
    for (int attempt = 0; attempt < 3; ++attempt) {
        const std::optional<StoreError> error =
            errorOf([&] { PortfolioStore::openFile(path(), failing); });
        QVERIFY(error);
        QCOMPARE(error->kind(), Kind::Locked);
    }
    QCOMPARE(backupsIn(folder()), QStringList());
    QCOMPARE(leftovers(folder()), QStringList());
    QCOMPARE(portfolioProblem(path(), 1), QString());
}

void TestPortfolioCreation::fullDiskUpgradeLeavesNoBackup()
{
    createOldPortfolio(path());
    const QByteArray before = fileChecksum(path());
    QVERIFY(QFileInfo(path()).size() > 512 * 1024);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QList<WriterRun> runs =
            runTogether({writerOnFullDisk({QStringLiteral("upgrade"), path()}, 256)});
        QCOMPARE(runs.first().exitCode, 1);
        // Writes refused with EFBIG: the user is told the disk is full, not "a reason SSTC
        // Desk does not recognise".
        QVERIFY2(runs.first().err.startsWith(
                     QStringLiteral("error %1\n").arg(int(Kind::DiskFull))),
                 qPrintable(runs.first().err));
        QVERIFY2(runs.first().err.contains(QStringLiteral("is full")),
                 qPrintable(runs.first().err));
    }
    QCOMPARE(backupsIn(folder()), QStringList());
    QCOMPARE(leftovers(folder()), QStringList());
    QCOMPARE(fileChecksum(path()), before);
}

// SQLite's own "database or disk is full" (SQLITE_FULL), here from a page limit: the same
// message, and the portfolio as it was.
void TestPortfolioCreation::fullDatabaseSaysTheDiskIsFull()
{
    auto store = PortfolioOpener::create(path(), PortfolioOpener::NewFileContent::ReferenceOnly);
    QSqlQuery pages = store->run(QStringLiteral("PRAGMA page_count"));
    QVERIFY(pages.next());
    store->run(QStringLiteral("PRAGMA max_page_count = %1").arg(pages.value(0).toInt()));
    const std::optional<StoreError> error = errorOf([&] {
        WriteTransaction transaction(*store);
        for (int i = 0; i < 2000; ++i)
            store->run(QStringLiteral("INSERT INTO organisations (acronym, name_en, org_type) "
                                      "VALUES (?, ?, 'government')"),
                       {QStringLiteral("O%1").arg(i), QString(200, QLatin1Char('x'))});
        transaction.commit();
    });
    QVERIFY(error);
    QCOMPARE(error->kind(), Kind::DiskFull);
    QVERIFY2(error->message().startsWith(QStringLiteral("The disk holding “%1” is full.")
                                             .arg(QDir::toNativeSeparators(store->path()))),
             qPrintable(error->message()));
    QSqlQuery count = store->run(QStringLiteral("SELECT COUNT(*) FROM organisations"));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 0);
}

void TestPortfolioCreation::racingCreatorsOneWins()
{
    for (int round = 0; round < 4; ++round) {
        const QString target = path(QStringLiteral("race%1.sstc").arg(round));
        const QList<WriterRun> runs = runTogether({writer({QStringLiteral("create"), target}),
                                                   writer({QStringLiteral("create"), target})});
        QStringList outcomes;
        for (const WriterRun &run : runs)
            outcomes << (run.exitCode == 0 ? QStringLiteral("created")
                                           : run.err.section('\n', 0, 0));
        outcomes.sort();
        QCOMPARE(outcomes, (QStringList{QStringLiteral("created"),
                                        QStringLiteral("error %1").arg(int(Kind::AlreadyExists))}));
        QCOMPARE(portfolioProblem(target, latest()), QString());
        QCOMPARE(countOf(target, QStringLiteral("SELECT COUNT(*) FROM projects")), 8);
    }
    QCOMPARE(leftovers(folder()), QStringList());
}

// Two first starts at once: one makes the portfolio, the other opens the one it made.
void TestPortfolioCreation::racingFirstStartsOpenOnePortfolio()
{
    for (int round = 0; round < 3; ++round) {
        const QString target = path(QStringLiteral("first%1.sstc").arg(round));
        const QList<WriterRun> runs = runTogether(
            {writer({QStringLiteral("open"), target}), writer({QStringLiteral("open"), target})});
        QStringList outcomes;
        for (const WriterRun &run : runs) {
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            outcomes << run.out.split('\n').value(1);
        }
        outcomes.sort();
        QCOMPARE(outcomes, (QStringList{QStringLiteral("created"), QStringLiteral("opened")}));
        QCOMPARE(countOf(target, QStringLiteral("SELECT COUNT(*) FROM projects")), 8);
    }
    QCOMPARE(leftovers(folder()), QStringList());
}

void TestPortfolioCreation::concurrentUpgradesMakeOneBackup()
{
    createOldPortfolio(path(QStringLiteral("template.sstc")));
    for (int round = 0; round < 3; ++round) {
        const QString target = path(QStringLiteral("old%1.sstc").arg(round));
        QVERIFY(QFile::copy(path(QStringLiteral("template.sstc")), target));
        const QList<WriterRun> runs = runTogether({writer({QStringLiteral("upgrade"), target}),
                                                   writer({QStringLiteral("upgrade"), target})});
        QStringList outcomes;
        for (const WriterRun &run : runs) {
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            outcomes << run.out.split('\n').value(1).section(' ', 0, 0);
        }
        outcomes.sort();
        QCOMPARE(outcomes, (QStringList{QStringLiteral("backup"), QStringLiteral("current")}));
        QCOMPARE(portfolioProblem(target, latest()), QString());
        QCOMPARE(backupsIn(folder()).filter(QStringLiteral("old%1.").arg(round)).size(), 1);
    }
    QCOMPARE(leftovers(folder()), QStringList());
}

void TestPortfolioCreation::killRepeatedly(const WriterCommand &command, int rounds,
                                           const std::function<void()> &prepare,
                                           const std::function<void(const WriterRun &)> &check)
{
    // How long the work takes when left alone: the kills fall within that span.
    prepare();
    const WriterRun whole = runAndKill(command, -1);
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
    check(whole);
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill moments from seed %u over %lld us", seed, whole.workMicroseconds);
    QRandomGenerator random(seed);
    for (int round = 0; round < rounds; ++round) {
        prepare();
        const qint64 delay = qint64(random.bounded(quint32(whole.workMicroseconds + 1)));
        const WriterRun run = runAndKill(command, delay);
        check(run);
        if (QTest::currentTestFailed()) {
            qWarning("round %d, killed after %lld us", round, delay);
            return;
        }
    }
}

void TestPortfolioCreation::killedCreationIsAllOrNothing()
{
    killRepeatedly(
        writer({QStringLiteral("create"), path()}), 8,
        [&] { PortfolioFile::removeWithJournal(path()); },
        [&](const WriterRun &) {
            if (!QFileInfo::exists(path()))
                return; // nothing
            QCOMPARE(portfolioProblem(path(), latest()), QString());
            QCOMPARE(countOf(path(), QStringLiteral("SELECT COUNT(*) FROM projects")), 8);
            QVERIFY(countOf(path(), QStringLiteral("SELECT COUNT(*) FROM countries")) > 200);
        });
    // The next maker clears what the killed ones left.
    PortfolioFile::removeWithJournal(path());
    PortfolioOpener::create(path(), PortfolioOpener::NewFileContent::ReferenceOnly).reset();
    QCOMPARE(leftovers(folder()), QStringList());
}

void TestPortfolioCreation::killedUpgradeIsAllOrNothing()
{
    const QString original = path(QStringLiteral("original.sstc"));
    createOldPortfolio(original);
    const auto prepare = [&] {
        PortfolioFile::removeWithJournal(path());
        for (const QString &backup : backupsIn(folder()))
            QFile::remove(path(backup));
        QVERIFY(QFile::copy(original, path()));
    };
    killRepeatedly(writer({QStringLiteral("upgrade"), path()}), 8, prepare, [&](const WriterRun &) {
        const qint64 version =
            countOf(path(), QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
        QVERIFY2(version == 1 || version == latest(), qPrintable(QString::number(version)));
        QCOMPARE(portfolioProblem(path(), int(version)), QString());
        QCOMPARE(countOf(path(), QStringLiteral("SELECT COUNT(*) FROM organisations")),
                 oldOrganisations);
        // A copy under a backup name is a whole one.
        const QStringList backups = backupsIn(folder()).filter(QStringLiteral("portfolio."));
        QVERIFY(backups.size() <= 1);
        if (version == latest())
            QCOMPARE(backups.size(), 1);
        for (const QString &backup : backups) {
            QCOMPARE(portfolioProblem(path(backup), 1), QString());
            QCOMPARE(countOf(path(backup), QStringLiteral("SELECT COUNT(*) FROM organisations")),
                     oldOrganisations);
        }
    });
    // The next upgrade clears the copies the killed ones left unfinished.
    prepare();
    PortfolioStore::openFile(path()).reset();
    QCOMPARE(leftovers(folder()), QStringList());
}

void TestPortfolioCreation::killedImportIsAllOrNothing()
{
    QByteArray csv("currency,to_currency,date,rate,source\n");
    for (int day = 0; day < 3000; ++day)
        csv += QStringLiteral("CNY,USD,%1,0.14%2,test\n")
                   .arg(QDate(2010, 1, 1).addDays(day).toString(Qt::ISODate))
                   .arg(day % 100, 2, 10, QLatin1Char('0'))
                   .toUtf8();
    const QString csvPath = path(QStringLiteral("rates.csv"));
    QVERIFY(writeFile(csvPath, csv));
    const QString original = path(QStringLiteral("original.sstc"));
    PortfolioOpener::create(original, PortfolioOpener::NewFileContent::Sample).reset();
    const qint64 ratesBefore =
        countOf(original, QStringLiteral("SELECT COUNT(*) FROM exchange_rates"));
    QVERIFY(ratesBefore >= 0 && ratesBefore != 3000);
    killRepeatedly(
        writer({QStringLiteral("import-rates"), path(), csvPath}), 8,
        [&] {
            PortfolioFile::removeWithJournal(path());
            QVERIFY(QFile::copy(original, path()));
        },
        [&](const WriterRun &) {
            QCOMPARE(portfolioProblem(path(), latest()), QString());
            const qint64 rows =
                countOf(path(), QStringLiteral("SELECT COUNT(*) FROM exchange_rates"));
            QVERIFY2(rows == ratesBefore || rows == 3000, qPrintable(QString::number(rows)));
        });
}

QTEST_GUILESS_MAIN(TestPortfolioCreation)
#include "tst_portfoliocreation.moc"
