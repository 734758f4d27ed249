// `sstc import iati` and `sstc export iati`, run as a separate process over real files.
#include "tests/support/CliRun.h"
#include "tests/support/StoreTestSupport.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestFolders.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace {

using Run = CliRun;

const QString example =
    QStringLiteral(SSTC_SOURCE_DIR "/tests/models/data/iati/activity-standard-example-annotated.xml");
const QString schema = QStringLiteral(SSTC_SOURCE_DIR "/resources/iati/iati-activities-schema.xsd");

} // namespace

class TestIatiCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importPrintsWhatItDid();
    void importJson();
    void dryRunChangesNothing();
    void refusedImportExitsOneAndChangesNothing();
    void refusalInChinese();
    void exportValidatesAndKeepsIdentifiers();
    void exportErrors();

private:
    Run sstc(const QStringList &arguments, const QString &locale = QStringLiteral("C.UTF-8"));
    QString file(const QString &name) const { return m_folders.filePath(name); }
    QString newEmptyPortfolio(const QString &name);

    TestFolders m_folders;
};

Run TestIatiCli::sstc(const QStringList &arguments, const QString &locale)
{
    CliRunOptions options;
    options.locale = locale;
    options.timeoutMs = 60000;
    return runCli(m_folders, arguments, options);
}

QString TestIatiCli::newEmptyPortfolio(const QString &name)
{
    const QString path = file(name);
    QFile::remove(path);
    const Run run = sstc({QStringLiteral("init"), QStringLiteral("--empty"),
                          QStringLiteral("--database"), path});
    if (run.exitCode != 0)
        qWarning("init failed: %s", qPrintable(run.err));
    return path;
}

void TestIatiCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SSTC_CLI_PATH)).isExecutable(), SSTC_CLI_PATH);
}

void TestIatiCli::importPrintsWhatItDid()
{
    const QString database = newEmptyPortfolio(QStringLiteral("text.sstc"));
    Run run = sstc({QStringLiteral("import"), QStringLiteral("iati"), example,
                    QStringLiteral("--database"), database});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Read 1 activity. Created 1, updated 0 and skipped 0 "
                                             "project(s); created 3 organisation(s).")),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Problems: 0 critical, 3 error(s), 11 warning(s).")));
    QVERIFY(run.out.contains(QStringLiteral(
        ":246: warning: [AA-AAA-123456789-ABC123] The receiver organisations of planned "
        "disbursements are not kept")));

    run = sstc({QStringLiteral("import"), QStringLiteral("iati"), example,
                QStringLiteral("--database"), database});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("Created 0, updated 1 and skipped 0")));
}

void TestIatiCli::importJson()
{
    const QString database = newEmptyPortfolio(QStringLiteral("json.sstc"));
    const Run run = sstc({QStringLiteral("--database"), database, QStringLiteral("import"),
                          QStringLiteral("iati"), example, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(result.value(QStringLiteral("read")).toInt(), 1);
    QCOMPARE(result.value(QStringLiteral("created")).toInt(), 1);
    QCOMPARE(result.value(QStringLiteral("refused")).toBool(), false);
    QCOMPARE(result.value(QStringLiteral("problem_counts"))[QStringLiteral("error")].toInt(), 3);
    const QJsonArray problems = result.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 14);
    const QJsonObject first = problems.first().toObject();
    QCOMPARE(first.value(QStringLiteral("file")).toString(), example);
    QCOMPARE(first.value(QStringLiteral("activity")).toString(),
             QStringLiteral("AA-AAA-123456789-ABC123"));
    QCOMPARE(first.value(QStringLiteral("grade")).toString(), QStringLiteral("warning"));
    QVERIFY(first.value(QStringLiteral("line")).toInt() > 0);
    QVERIFY(!first.value(QStringLiteral("message")).toString().isEmpty());
}

void TestIatiCli::dryRunChangesNothing()
{
    const QString database = newEmptyPortfolio(QStringLiteral("dry.sstc"));
    const QByteArray before = testsupport::fileChecksum(database);
    const Run run = sstc({QStringLiteral("import"), QStringLiteral("iati"), example,
                          QStringLiteral("--database"), database, QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("Would create 1, update 0 and skip 0")));
    QVERIFY(run.out.contains(QStringLiteral("Dry run: the portfolio was not changed.")));
    QCOMPARE(testsupport::fileChecksum(database), before);
}

void TestIatiCli::refusedImportExitsOneAndChangesNothing()
{
    const QString database = newEmptyPortfolio(QStringLiteral("refused.sstc"));
    const QString organisations = file(QStringLiteral("organisations.xml"));
    QFile out(organisations);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("<iati-organisations version=\"2.03\"/>");
    out.close();
    const QByteArray before = testsupport::fileChecksum(database);
    const Run run = sstc({QStringLiteral("import"), QStringLiteral("iati"), example, organisations,
                          QStringLiteral("--database"), database});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("is an IATI organisation file")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("nothing was imported; the portfolio is unchanged")));
    QCOMPARE(testsupport::fileChecksum(database), before);
}

void TestIatiCli::refusalInChinese()
{
    const QString database = newEmptyPortfolio(QStringLiteral("zh.sstc"));
    const QString text = file(QStringLiteral("not-xml.xml"));
    QFile out(text);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("just text\n");
    out.close();
    const Run run = sstc({QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("import"),
                          QStringLiteral("iati"), text, QStringLiteral("--database"), database});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("不是 XML 文件")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("未导入任何内容")));
}

void TestIatiCli::exportValidatesAndKeepsIdentifiers()
{
    QVERIFY2(testsupport::haveTool(QStringLiteral("xmllint")),
             "xmllint is missing: scripts/install-deps.sh test installs libxml2-utils");
    const QString database = file(QStringLiteral("sample.sstc"));
    QFile::remove(database);
    QCOMPARE(sstc({QStringLiteral("init"), QStringLiteral("--database"), database}).exitCode, 0);
    const QString output = file(QStringLiteral("sample.xml"));
    Run run = sstc({QStringLiteral("export"), QStringLiteral("iati"), QStringLiteral("--database"),
                    database, QStringLiteral("-o"), output});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(
        QStringLiteral("Project 1 now has the IATI identifier XM-DAC-41302-SSTC-1.")));
    QVERIFY(run.out.contains(QStringLiteral("Wrote 7 activities to")));
    int exitCode = -1;
    testsupport::runTool(QStringLiteral("xmllint"),
                         {QStringLiteral("--noout"), QStringLiteral("--schema"), schema, output},
                         &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(testsupport::fileChecksum(output),
             testsupport::fileChecksum(
                 QStringLiteral(SSTC_SOURCE_DIR "/tests/models/golden/iati-sample.xml")));

    // Named by its new identifier, a project is exported alone, and keeps its identifier.
    run = sstc({QStringLiteral("export"), QStringLiteral("iati"), QStringLiteral("--database"),
                database, QStringLiteral("--project"), QStringLiteral("XM-DAC-41302-SSTC-3"),
                QStringLiteral("-o"), output});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains(QStringLiteral("now has")));
    QVERIFY(run.out.contains(QStringLiteral("Wrote 1 activity to")));
}

void TestIatiCli::exportErrors()
{
    const QString database = newEmptyPortfolio(QStringLiteral("errors.sstc"));
    Run run = sstc({QStringLiteral("export"), QStringLiteral("iati"), QStringLiteral("--database"),
                    database});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("-o")));
    run = sstc({QStringLiteral("export"), QStringLiteral("iati"), QStringLiteral("--database"),
                database, QStringLiteral("--project"), QStringLiteral("NOPE"), QStringLiteral("-o"),
                file(QStringLiteral("none.xml"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("No project “NOPE”")));
    QVERIFY(!QFileInfo::exists(file(QStringLiteral("none.xml"))));
    run = sstc({QStringLiteral("import"), QStringLiteral("csv"), example,
                QStringLiteral("--database"), database});
    QCOMPARE(run.exitCode, 1);
    run = sstc({QStringLiteral("import"), QStringLiteral("iati"), QStringLiteral("--database"),
                file(QStringLiteral("missing.sstc")), example});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!QFileInfo::exists(file(QStringLiteral("missing.sstc"))));
}

QTEST_GUILESS_MAIN(TestIatiCli)
#include "tst_iaticli.moc"
