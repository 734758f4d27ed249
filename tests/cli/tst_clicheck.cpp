// `sstc check`, run as a separate process: a sound portfolio, one damaged the way a failing
// disk damages it, one with a row whose reference finds nothing, and files that are not
// portfolios. Each time the exit code, the message, and that the file was not changed.
#include "tests/support/CliRun.h"
#include "tests/support/StoreTestSupport.h"
#include "tests/support/DamagedFile.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestFolders.h"

#include "models/store/SchemaHistory.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest>

namespace {

using Run = CliRun;

// The sqlite3 shell's answer, to know what SQLite itself says of a file.
QString sqlite(const QString &path, const QString &sql)
{
    return testsupport::runTool(QStringLiteral("sqlite3"), {path, sql}).trimmed();
}

} // namespace

class TestCliCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void soundPortfolio();
    void soundPortfolioInChinese();
    void checkLeavesTheFolderAsItFoundIt();
    void damagedPortfolio();
    void damagedPortfolioAsJson();
    void foreignKeyViolation();
    void fileThatIsNotAPortfolio();
    void databaseThatIsNotAPortfolio();
    void missingFile();
    void helpNamesCheck();

private:
    Run sstc(const QStringList &arguments);
    QString file(const QString &name) const { return m_folders.filePath(name); }
    // A copy of the sample, to damage.
    QString copyOfSample(const QString &name);

    TestFolders m_folders;
    QString m_sample;
};

Run TestCliCheck::sstc(const QStringList &arguments)
{
    return runCli(m_folders, arguments);
}

QString TestCliCheck::copyOfSample(const QString &name)
{
    const QString copy = file(name);
    QFile::remove(copy);
    if (!QFile::copy(m_sample, copy))
        return {};
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

void TestCliCheck::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SSTC_CLI_PATH)).isExecutable(), SSTC_CLI_PATH);
    QVERIFY2(testsupport::haveTool(QStringLiteral("sqlite3")),
             "sqlite3 is installed by scripts/install-deps.sh test");
    m_sample = file(QStringLiteral("sample.sstc"));
    const Run run = sstc({QStringLiteral("init"), QStringLiteral("--database"), m_sample});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
}

void TestCliCheck::soundPortfolio()
{
    const QByteArray before = testsupport::fileChecksum(m_sample);
    const Run run = sstc({QStringLiteral("check"), QStringLiteral("--database"), m_sample,
                          QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("The portfolio “%1” is sound: 8 projects, data format %2.\n")
                          .arg(QDir::toNativeSeparators(m_sample))
                          .arg(sstc::SchemaHistory::standard().latestVersion()));
    QCOMPARE(testsupport::fileChecksum(m_sample), before);
}

void TestCliCheck::soundPortfolioInChinese()
{
    const Run run = sstc({QStringLiteral("check"), QStringLiteral("--database"), m_sample,
                          QStringLiteral("--lang"), QStringLiteral("zh")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("项目组合“%1”完好：8 个项目，数据格式 %2。\n")
                          .arg(QDir::toNativeSeparators(m_sample))
                          .arg(sstc::SchemaHistory::standard().latestVersion()));
}

// A portfolio nobody has open has no -wal or -shm beside it; reading it makes them, and a
// read-only connection could never remove them. The check leaves the folder as it was.
void TestCliCheck::checkLeavesTheFolderAsItFoundIt()
{
    const QString quiet = copyOfSample(QStringLiteral("quiet.sstc"));
    QVERIFY(!quiet.isEmpty());
    const QDir folder(m_folders.path());
    const auto entries = [&] {
        return folder.entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    };
    const QStringList before = entries();
    QVERIFY(!before.contains(QStringLiteral("quiet.sstc-wal")));
    QVERIFY(!before.contains(QStringLiteral("quiet.sstc-shm")));
    const QByteArray bytes = testsupport::fileChecksum(quiet);
    const QDateTime modified = QFileInfo(quiet).lastModified();
    for (const QString &format : {QStringLiteral("table"), QStringLiteral("json")}) {
        const Run run = sstc({QStringLiteral("check"), QStringLiteral("--database"), quiet,
                              QStringLiteral("--format"), format});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(entries(), before);
    }
    QCOMPARE(testsupport::fileChecksum(quiet), bytes);
    QCOMPARE(QFileInfo(quiet).lastModified(), modified);
}

// 2,000 random bytes over the change log's first page: every other command opens it without a word.
void TestCliCheck::damagedPortfolio()
{
    const QString damaged = copyOfSample(QStringLiteral("damaged.sstc"));
    QVERIFY(!damaged.isEmpty());
    QVERIFY(damagePageOf(damaged, QStringLiteral("audit_log")));
    // SQLite itself finds the damage: the test damages what it means to.
    QVERIFY2(sqlite(damaged, QStringLiteral("PRAGMA integrity_check")) != QLatin1String("ok"),
             "the random bytes did not damage the file");
    // A copy kept before an upgrade, and files that only look like one.
    const QString backup = file(QStringLiteral("damaged.v5-backup-20260101-120000.sstc"));
    QVERIFY(QFile::copy(m_sample, backup));
    QFile(file(QStringLiteral("damaged.v5-backup-notes.txt"))).open(QIODevice::WriteOnly);
    QFile(file(QStringLiteral("other.v5-backup-20260101-120000.sstc"))).open(QIODevice::WriteOnly);
    const QByteArray before = testsupport::fileChecksum(damaged);

    const Run run = sstc({QStringLiteral("check"), QStringLiteral("--database"), damaged,
                          QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QString());
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.value(0).startsWith(QStringLiteral("The portfolio “%1” is damaged: ")
                                           .arg(QDir::toNativeSeparators(damaged))),
             qPrintable(run.out));
    QVERIFY2(lines.value(1).startsWith(QStringLiteral("  - ")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Stop working in this file")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Backup copies beside it, newest first:\n  ") +
                              QDir::toNativeSeparators(backup) + QLatin1Char('\n')),
             qPrintable(run.out));
    QVERIFY2(!run.out.contains(QStringLiteral("notes")), qPrintable(run.out));
    QVERIFY2(!run.out.contains(QStringLiteral("other.v5")), qPrintable(run.out));
    QCOMPARE(testsupport::fileChecksum(damaged), before);
}

void TestCliCheck::damagedPortfolioAsJson()
{
    const QString damaged = copyOfSample(QStringLiteral("damaged-json.sstc"));
    QVERIFY(damagePageOf(damaged, QStringLiteral("audit_log")));
    const QByteArray before = testsupport::fileChecksum(damaged);
    const Run run = sstc({QStringLiteral("check"), QStringLiteral("--database"), damaged,
                          QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(result.value(QStringLiteral("sound")).toBool(true), false);
    QCOMPARE(result.value(QStringLiteral("path")).toString(), QDir::toNativeSeparators(damaged));
    QVERIFY(result.value(QStringLiteral("projects")).isNull());
    const QJsonArray problems = result.value(QStringLiteral("problems")).toArray();
    QVERIFY(!problems.isEmpty());
    QVERIFY(result.value(QStringLiteral("problemCount")).toInt() >= problems.size());
    QCOMPARE(problems.first().toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("storage"));
    QCOMPARE(testsupport::fileChecksum(damaged), before);
}

// A row written with the foreign keys off, as another tool may write: its project is missing.
void TestCliCheck::foreignKeyViolation()
{
    const QString orphaned = copyOfSample(QStringLiteral("orphaned.sstc"));
    sqlite(orphaned, QStringLiteral("PRAGMA foreign_keys = OFF; INSERT INTO funding_lines "
                                    "(id, project_id, kind, amount_hundredths, currency) "
                                    "VALUES (4242, 999999, 'pledge', 100, 'USD');"));
    QCOMPARE(sqlite(orphaned, QStringLiteral("SELECT COUNT(*) FROM funding_lines WHERE id = 4242")),
             QStringLiteral("1"));
    QCOMPARE(sqlite(orphaned, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    const QByteArray before = testsupport::fileChecksum(orphaned);

    Run run = sstc({QStringLiteral("check"), QStringLiteral("--database"), orphaned});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("is damaged: 1 problem found.")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral(
                 "  - row 4242 of the table “funding_lines” refers to a row of “projects” that "
                 "does not exist\n")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("No backup copies were found beside it.")),
             qPrintable(run.out));

    run = sstc({QStringLiteral("check"), QStringLiteral("--database"), orphaned,
                QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject problem = QJsonDocument::fromJson(run.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("problems"))
                                    .toArray()
                                    .first()
                                    .toObject();
    QCOMPARE(problem.value(QStringLiteral("kind")).toString(), QStringLiteral("foreignKey"));
    QCOMPARE(problem.value(QStringLiteral("table")).toString(), QStringLiteral("funding_lines"));
    QCOMPARE(problem.value(QStringLiteral("row")).toInt(), 4242);
    QCOMPARE(problem.value(QStringLiteral("parent")).toString(), QStringLiteral("projects"));
    QCOMPARE(testsupport::fileChecksum(orphaned), before);
}

void TestCliCheck::fileThatIsNotAPortfolio()
{
    const QString text = file(QStringLiteral("notes.sstc"));
    const QByteArray content("Code,Title\nP1,Not a database\n");
    {
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write(content);
    }
    const QStringList entries = QDir(m_folders.path()).entryList(QDir::Files);
    const Run run = sstc({QStringLiteral("check"), QStringLiteral("--database"), text});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, QStringLiteral("sstc: “%1” is not an SSTC Desk portfolio: it is not a "
                                     "database file. It was left unchanged.\n")
                          .arg(QDir::toNativeSeparators(text)));
    QFile notes(text);
    QVERIFY(notes.open(QIODevice::ReadOnly));
    QCOMPARE(notes.readAll(), content);
    QCOMPARE(QDir(m_folders.path()).entryList(QDir::Files), entries);
}

void TestCliCheck::databaseThatIsNotAPortfolio()
{
    const QString other = file(QStringLiteral("other.db"));
    sqlite(other, QStringLiteral("CREATE TABLE t (x); INSERT INTO t VALUES (1);"));
    const QByteArray before = testsupport::fileChecksum(other);
    QVERIFY(!before.isEmpty());
    const Run run = sstc({QStringLiteral("check"), QStringLiteral("--database"), other});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(QStringLiteral("is a database, but not an SSTC Desk portfolio")),
             qPrintable(run.err));
    QCOMPARE(testsupport::fileChecksum(other), before);
}

void TestCliCheck::missingFile()
{
    const QString missing = file(QStringLiteral("missing.sstc"));
    const Run run = sstc({QStringLiteral("check"), QStringLiteral("--database"), missing});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("does not exist")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(missing));
}

void TestCliCheck::helpNamesCheck()
{
    const Run run = sstc({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("  check ")), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_clicheck.moc"
