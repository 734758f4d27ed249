// `sstc` and the portfolio file: creators racing or killed, and read commands that never
// write. Each run is the built `sstc` in a process of its own.
#include "tests/support/StoreTestSupport.h"
#include "tests/support/TestFolders.h"
#include "tests/support/WriterProcesses.h"

#include "models/store/PortfolioFile.h"
#include "models/store/PortfolioStore.h"
#include "models/store/SchemaHistory.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

#include <unistd.h>

#include <utility>

using namespace testsupport;

class TestCliPortfolioFile : public QObject
{
    Q_OBJECT

private slots:
    void racingInitsOneWins();
    void racingInitAndSyntheticOneWins();
    void killedInitIsAllOrNothing();
    void killedSyntheticIsAllOrNothing();
    void fullDiskSyntheticLeavesNothing();
    void fullDiskInitSaysTheDiskIsFull();
    void listAndCheckRefuseUnfinishedPortfolio();
    void listLeavesForeignDatabaseUnchanged();
    void listLeavesEmptyFileUnchanged();
    void listLeavesOlderVersionUnchanged();

private:
    WriterCommand sstc(const QStringList &arguments) const;
    QString folder(const QString &name) const;
    void killRepeatedly(const QStringList &arguments, const QString &target, int rounds,
                        const std::function<void()> &checkWhole, bool runAgain);

    TestFolders m_folders;
};

WriterCommand TestCliPortfolioFile::sstc(const QStringList &arguments) const
{
    WriterCommand command;
    command.program = QStringLiteral(SSTC_CLI_PATH);
    command.arguments = arguments;
    command.environment.insert(QStringLiteral("XDG_DATA_HOME"),
                               m_folders.filePath(QStringLiteral("data")));
    command.environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                               m_folders.filePath(QStringLiteral("config")));
    command.environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    command.environment.remove(QStringLiteral("LANGUAGE"));
    command.environment.remove(QStringLiteral("LANG"));
    command.workingDirectory = m_folders.path();
    return command;
}

// A fresh folder of its own for each test, so that what a test leaves is easy to see.
QString TestCliPortfolioFile::folder(const QString &name) const
{
    const QString path = m_folders.filePath(name);
    QDir().mkpath(path);
    return path;
}

void TestCliPortfolioFile::racingInitsOneWins()
{
    const QString here = folder(QStringLiteral("inits"));
    for (int round = 0; round < 4; ++round) {
        const QString target = here + QStringLiteral("/two%1.sstc").arg(round);
        const QStringList init{QStringLiteral("init"), QStringLiteral("--database"), target};
        const QList<WriterRun> runs = runTogether({sstc(init), sstc(init)});
        const WriterRun &winner = runs.at(0).exitCode == 0 ? runs.at(0) : runs.at(1);
        const WriterRun &loser = runs.at(0).exitCode == 0 ? runs.at(1) : runs.at(0);
        QCOMPARE(winner.exitCode, 0);
        QVERIFY2(winner.out.contains(QStringLiteral("with 8 projects")), qPrintable(winner.out));
        QCOMPARE(loser.exitCode, 1);
        QVERIFY2(loser.err.contains(QStringLiteral("already exists")), qPrintable(loser.err));
        QVERIFY2(!loser.err.contains(QStringLiteral("does not recognise")), qPrintable(loser.err));
        QCOMPARE(portfolioProblem(target, sstc::SchemaHistory::standard().latestVersion()),
                 QString());
        QCOMPARE(countOf(target, QStringLiteral("SELECT COUNT(*) FROM projects")), 8);
    }
    QCOMPARE(leftovers(here), QStringList());
}

void TestCliPortfolioFile::racingInitAndSyntheticOneWins()
{
    const QString here = folder(QStringLiteral("mixed"));
    // One round: a synthetic portfolio takes seconds to make.
    for (int round = 0; round < 1; ++round) {
        const QString target = here + QStringLiteral("/mixed%1.sstc").arg(round);
        const QList<WriterRun> runs = runTogether(
            {sstc({QStringLiteral("init"), QStringLiteral("--database"), target}),
             sstc({QStringLiteral("synthetic"), QStringLiteral("--database"), target})});
        QCOMPARE(runs.at(0).exitCode + runs.at(1).exitCode, 1);
        const bool initWon = runs.at(0).exitCode == 0;
        QVERIFY(runs.at(initWon ? 1 : 0).err.contains(QStringLiteral("already exists")));
        QCOMPARE(portfolioProblem(target, sstc::SchemaHistory::standard().latestVersion()),
                 QString());
        QCOMPARE(countOf(target, QStringLiteral("SELECT COUNT(*) FROM projects")),
                 initWon ? 8 : 1000);
    }
    QCOMPARE(leftovers(here), QStringList());
}

// With `runAgain`, a last whole run checks that it clears what the killed ones left.
void TestCliPortfolioFile::killRepeatedly(const QStringList &arguments, const QString &target,
                                          int rounds, const std::function<void()> &checkWhole,
                                          bool runAgain)
{
    const WriterRun whole = runAndKill(sstc(arguments), -1);
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
    checkWhole();
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill moments from seed %u over %lld us", seed, whole.workMicroseconds);
    QRandomGenerator random(seed);
    for (int round = 0; round < rounds; ++round) {
        sstc::PortfolioFile::removeWithJournal(target);
        const qint64 delay = qint64(random.bounded(quint32(whole.workMicroseconds + 1)));
        runAndKill(sstc(arguments), delay);
        // All or nothing: no file, or the whole portfolio.
        if (QFileInfo::exists(target))
            checkWhole();
        if (QTest::currentTestFailed()) {
            qWarning("round %d, killed after %lld us", round, delay);
            return;
        }
    }
    if (!runAgain)
        return;
    sstc::PortfolioFile::removeWithJournal(target);
    QCOMPARE(runAndKill(sstc(arguments), -1).exitCode, 0);
    QCOMPARE(leftovers(QFileInfo(target).absolutePath()), QStringList());
}

void TestCliPortfolioFile::killedInitIsAllOrNothing()
{
    const QString target = folder(QStringLiteral("killed-init")) + QStringLiteral("/p.sstc");
    killRepeatedly(
        {QStringLiteral("init"), QStringLiteral("--database"), target}, target, 8,
        [&] {
            QCOMPARE(portfolioProblem(target, sstc::SchemaHistory::standard().latestVersion()),
                     QString());
            QCOMPARE(countOf(target, QStringLiteral("SELECT COUNT(*) FROM projects")), 8);
            QVERIFY(countOf(target, QStringLiteral("SELECT COUNT(*) FROM countries")) > 200);
        },
        true);
}

void TestCliPortfolioFile::killedSyntheticIsAllOrNothing()
{
    const QString target = folder(QStringLiteral("killed-synthetic")) + QStringLiteral("/s.sstc");
    // Fewer rounds: a synthetic portfolio takes seconds to make.
    killRepeatedly(
        {QStringLiteral("synthetic"), QStringLiteral("--database"), target}, target, 3,
        [&] {
            QCOMPARE(portfolioProblem(target, sstc::SchemaHistory::standard().latestVersion()),
                     QString());
            QCOMPARE(countOf(target, QStringLiteral("SELECT COUNT(*) FROM projects")), 1000);
        },
        false);
}

// A disk that fills up: a 1 MB tmpfs where the test may mount one (root), otherwise a file
// size limit under which every write past 256 KB fails. Nothing is left either way, not even
// SQLite's -wal and -shm files.
void TestCliPortfolioFile::fullDiskSyntheticLeavesNothing()
{
    const QString here = folder(QStringLiteral("full"));
    const bool mounted =
        ::geteuid() == 0 &&
        QProcess::execute(QStringLiteral("mount"),
                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           QStringLiteral("size=1m"), QStringLiteral("tmpfs"), here}) == 0;
    qInfo(mounted ? "on a 1 MB tmpfs" : "under a 256 KB file size limit");
    WriterCommand command = sstc({});
    command.program = QStringLiteral("/bin/sh");
    command.arguments = {QStringLiteral("-c"),
                         mounted
                             ? QStringLiteral("exec \"$0\" \"$@\"")
                             : QStringLiteral("trap '' XFSZ; ulimit -f 512; exec \"$0\" \"$@\""),
                         QStringLiteral(SSTC_CLI_PATH),
                         QStringLiteral("synthetic"),
                         QStringLiteral("--database"),
                         here + QStringLiteral("/s.sstc")};
    const WriterRun run = runTogether({command}).first();
    const QStringList left = folderEntries(here);
    if (mounted)
        QProcess::execute(QStringLiteral("umount"), {here});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("sstc: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("s.sstc")), qPrintable(run.err));
    // ENOSPC on the tmpfs, EFBIG under the limit: both are a full disk to the user.
    QVERIFY2(run.err.contains(QStringLiteral("is full")), qPrintable(run.err));
    QCOMPARE(left, QStringList());
}

// `init` on a disk that fills up (a file size limit: writes fail with EFBIG) says so, in the
// language asked for, and leaves nothing behind.
void TestCliPortfolioFile::fullDiskInitSaysTheDiskIsFull()
{
    const QString here = folder(QStringLiteral("full-init"));
    const QList<std::pair<QString, QString>> expected{
        {QStringLiteral("en"), QStringLiteral("sstc: The disk holding “%1” is full. Nothing was "
                                              "changed; free some space and try again.\n")},
        {QStringLiteral("zh"),
         QStringLiteral("sstc: “%1”所在的磁盘已满。未作任何更改；请释放部分空间后重试。\n")}};
    for (const auto &[lang, message] : expected) {
        const QString target = here + QStringLiteral("/p-%1.sstc").arg(lang);
        WriterCommand command = sstc({});
        command.program = QStringLiteral("/bin/sh");
        command.arguments = {QStringLiteral("-c"),
                             QStringLiteral("trap '' XFSZ; ulimit -f 64; exec \"$0\" \"$@\""),
                             QStringLiteral(SSTC_CLI_PATH),
                             QStringLiteral("init"),
                             QStringLiteral("--database"),
                             target,
                             QStringLiteral("--lang"),
                             lang};
        const WriterRun run = runTogether({command}).first();
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err,
                 message.arg(QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath())));
    }
    QCOMPARE(folderEntries(here), QStringList());
}

// A file an earlier version's `init` left when killed between its two transactions: schema 6,
// no countries, no projects. Listing or checking it says it was never finished, in English and
// Chinese, and leaves it exactly as it was.
void TestCliPortfolioFile::listAndCheckRefuseUnfinishedPortfolio()
{
    const QString here = folder(QStringLiteral("unfinished"));
    const QString unfinished = here + QStringLiteral("/half.sstc");
    QList<sstc::SchemaStep> steps;
    const sstc::SchemaHistory standard = sstc::SchemaHistory::standard();
    for (const sstc::SchemaStep &step : standard.steps())
        if (step.version <= 6)
            steps << step;
    sstc::PortfolioStore::create(unfinished, {}, sstc::SchemaHistory(steps)).reset();
    QString error;
    // Today's creation marks a whole file; those versions never did.
    rawSql(unfinished, {QStringLiteral("DELETE FROM meta WHERE key = 'created_whole'")}, &error);
    QCOMPARE(error, QString());
    QCOMPARE(rawSql(unfinished, {QStringLiteral("SELECT COUNT(*) FROM countries")}),
             QStringList{QStringLiteral("0")});
    const QByteArray before = fileChecksum(unfinished);
    const QString name = QDir::toNativeSeparators(QFileInfo(unfinished).absoluteFilePath());
    const QString english =
        QStringLiteral("sstc: “%1” is a portfolio that was never finished: the program creating "
                       "it stopped before putting anything in it, so it holds no countries, "
                       "organisations or projects. It was left unchanged; delete it and create "
                       "the portfolio again.\n")
            .arg(name);
    const QString chinese =
        QStringLiteral("sstc: “%1”是一个从未完成创建的项目组合：创建它的程序在写入任何内容之前就已停止，"
                       "因此其中没有国家、组织或项目。文件未作更改；请删除它，然后重新创建项目组合。\n")
            .arg(name);
    const QList<QStringList> commands{
        {QStringLiteral("list"), QStringLiteral("projects")},
        {QStringLiteral("list"), QStringLiteral("agreements")},
        {QStringLiteral("check")},
    };
    for (const QStringList &command : commands) {
        for (const auto &[lang, message] :
             {std::pair{QStringLiteral("en"), english}, std::pair{QStringLiteral("zh"), chinese}}) {
            const WriterRun run =
                runTogether({sstc(command + QStringList{QStringLiteral("--database"), unfinished,
                                                        QStringLiteral("--lang"), lang})})
                    .first();
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(run.out, QString());
            QCOMPARE(run.err, message);
        }
    }
    QCOMPARE(fileChecksum(unfinished), before);
    QCOMPARE(folderEntries(here), QStringList{QStringLiteral("half.sstc")});
}

void TestCliPortfolioFile::listLeavesForeignDatabaseUnchanged()
{
    const QString here = folder(QStringLiteral("foreign"));
    const QString foreign = here + QStringLiteral("/answer.sstc");
    QString error;
    rawSql(foreign,
           {QStringLiteral("PRAGMA application_id = 42"),
            QStringLiteral("CREATE VIEW answer AS SELECT 42 AS value")},
           &error);
    QCOMPARE(error, QString());
    const QByteArray before = fileChecksum(foreign);
    for (const QString &subject : {QStringLiteral("projects"), QStringLiteral("agreements")}) {
        const WriterRun run =
            runTogether(
                {sstc({QStringLiteral("list"), subject, QStringLiteral("--database"), foreign})})
                .first();
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.contains(QStringLiteral("not an SSTC Desk portfolio")),
                 qPrintable(run.err));
    }
    QCOMPARE(fileChecksum(foreign), before);
    QCOMPARE(folderEntries(here), QStringList{QStringLiteral("answer.sstc")});
}

void TestCliPortfolioFile::listLeavesEmptyFileUnchanged()
{
    const QString here = folder(QStringLiteral("empty"));
    const QString empty = here + QStringLiteral("/empty.sstc");
    QVERIFY(writeFile(empty, QByteArray()));
    const WriterRun run = runTogether({sstc({QStringLiteral("list"), QStringLiteral("projects"),
                                             QStringLiteral("--database"), empty})})
                              .first();
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(QStringLiteral("empty.sstc")), qPrintable(run.err));
    QCOMPARE(QFileInfo(empty).size(), 0);
    QCOMPARE(folderEntries(here), QStringList{QStringLiteral("empty.sstc")});
}

void TestCliPortfolioFile::listLeavesOlderVersionUnchanged()
{
    const QString here = folder(QStringLiteral("older"));
    const QString older = here + QStringLiteral("/older.sstc");
    const sstc::SchemaHistory version1({sstc::SchemaHistory::standard().steps().first()});
    sstc::PortfolioStore::create(older, {}, version1).reset();
    const QByteArray before = fileChecksum(older);
    const WriterRun run = runTogether({sstc({QStringLiteral("list"), QStringLiteral("projects"),
                                             QStringLiteral("--database"), older})})
                              .first();
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("older data format")), qPrintable(run.err));
    QCOMPARE(fileChecksum(older), before);
    QCOMPARE(folderEntries(here), QStringList{QStringLiteral("older.sstc")});
}

QTEST_GUILESS_MAIN(TestCliPortfolioFile)
#include "tst_cliportfoliofile.moc"
