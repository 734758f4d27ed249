// The `sstc` command-line tool, run as a separate process over real portfolio files.
#include "tests/support/ExternalTools.h"
#include "tests/support/CliRun.h"
#include "tests/support/StoreTestSupport.h"
#include "tests/support/TestFolders.h"

#include "models/repositories/ProjectRepository.h"
#include "models/store/PortfolioStore.h"
#include "models/store/SchemaHistory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

namespace {

using Run = CliRun;

QStringList csvLines(const QString &csv)
{
    return csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void version();
    void help();
    void helpInChinese();
    void initCreatesSample();
    void initEmpty();
    void initDefaultPortfolio();
    void initRefusesExistingFile();
    void listProjectsCsv();
    void listProjectsJson();
    void listProjectsTable();
    void listInChinese();
    void languageFromSystemLocale();
    void listAgreements();
    void listHostileTitles();
    void errors_data();
    void errors();
    void missingFileIsNotCreated();
    void textFileIsRefused();
    void newerVersionIsRefused();
    void reportByDonorWithoutDisplay();
    void reportOfProjectsOnLetter();
    void reportErrors_data();
    void reportErrors();

private:
    Run sstc(const QStringList &arguments, const QString &locale = QStringLiteral("C.UTF-8"));
    QString file(const QString &name) const { return m_folders.filePath(name); }

    TestFolders m_folders;
    QString m_sample;
    bool m_withoutDisplay = false; // the child gets neither QT_QPA_PLATFORM nor DISPLAY
};

Run TestCli::sstc(const QStringList &arguments, const QString &locale)
{
    CliRunOptions options;
    options.locale = locale;
    options.withoutDisplay = m_withoutDisplay;
    options.timeoutMs = 60000;
    return runCli(m_folders, arguments, options);
}

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SSTC_CLI_PATH)).isExecutable(), SSTC_CLI_PATH);
    m_sample = file(QStringLiteral("sample.sstc"));
    const Run run = sstc({QStringLiteral("init"), QStringLiteral("--database"), m_sample});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
}

void TestCli::version()
{
    const Run run = sstc({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("sstc-desk " SSTC_VERSION));
    QCOMPARE(run.err, QString());
}

void TestCli::help()
{
    const Run run = sstc({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    for (const char *text : {"init", "list projects", "list agreements", "--database", "--format",
                             "--lang", "--empty"})
        QVERIFY2(run.out.contains(QLatin1String(text)), text);
}

// In Chinese, the help names the values to give in Chinese too; the option names stay.
void TestCli::helpInChinese()
{
    const Run run =
        sstc({QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *text :
         {"--database <文件>", "--from <日期>", "--donor <机构>", "--project <编号>",
          "--project 编号", "命令", "[对象]"})
        QVERIFY2(run.out.contains(QString::fromUtf8(text)), text);
    for (const char *text : {"<file>", "<date>", "command", "subject", "DATE", "CODE"})
        QVERIFY2(!run.out.contains(QLatin1String(text)), text);
    // A project's code is 编号 everywhere in the interface (the glossary), 代码 only a country's.
    QVERIFY2(!run.out.contains(QStringLiteral("代码")), qPrintable(run.out));
}

void TestCli::initCreatesSample()
{
    QVERIFY(QFileInfo::exists(m_sample));
    auto store = sstc::PortfolioStore::openFile(m_sample);
    QCOMPARE(store->schemaVersion(), sstc::SchemaHistory::standard().latestVersion());
    QCOMPARE(sstc::ProjectRepository(*store).count(), 8);

    const QString other = file(QStringLiteral("second.sstc"));
    const Run run = sstc({QStringLiteral("init"), QStringLiteral("--database"), other});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("second.sstc")));
    QVERIFY(run.out.contains(QStringLiteral("8")));
    QCOMPARE(run.err, QString());
}

void TestCli::initEmpty()
{
    const QString empty = file(QStringLiteral("empty.sstc"));
    Run run = sstc(
        {QStringLiteral("init"), QStringLiteral("--empty"), QStringLiteral("--database"), empty});
    QCOMPARE(run.exitCode, 0);
    run = sstc({QStringLiteral("list"), QStringLiteral("projects"), QStringLiteral("--database"),
                empty, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(csvLines(run.out),
             QStringList{QStringLiteral("Code,Title,Countries,Start,End,Budget,Status")});
    run = sstc({QStringLiteral("list"), QStringLiteral("agreements"), QStringLiteral("--database"),
                empty, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0);
}

void TestCli::initDefaultPortfolio()
{
    // Without --database: the user's own portfolio, in a data folder that does not exist yet.
    Run run = sstc({QStringLiteral("list"), QStringLiteral("projects")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    run = sstc({QStringLiteral("init")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(m_folders.filePath(QStringLiteral("data"))));
    run = sstc({QStringLiteral("list"), QStringLiteral("projects"), QStringLiteral("--format"),
                QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(csvLines(run.out).size(), 9);
}

void TestCli::initRefusesExistingFile()
{
    const QByteArray before = testsupport::fileChecksum(m_sample);
    Run run = sstc({QStringLiteral("init"), QStringLiteral("--database"), m_sample});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY(run.err.contains(QStringLiteral("sample.sstc")));
    QCOMPARE(testsupport::fileChecksum(m_sample), before);

    const QString notes = file(QStringLiteral("notes.txt"));
    {
        QFile text(notes);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("my notes\n");
    }
    run = sstc({QStringLiteral("init"), QStringLiteral("--database"), notes});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
    QFile text(notes);
    QVERIFY(text.open(QIODevice::ReadOnly));
    QCOMPARE(text.readAll(), QByteArray("my notes\n"));
}

void TestCli::listProjectsCsv()
{
    const Run run =
        sstc({QStringLiteral("list"), QStringLiteral("projects"), QStringLiteral("--database"),
              m_sample, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QStringList lines = csvLines(run.out);
    QCOMPARE(lines.size(), 9);
    QCOMPARE(lines.first(), QStringLiteral("Code,Title,Countries,Start,End,Budget,Status"));
    QVERIFY(lines.contains(QStringLiteral(
        ",Achieving SDGs and Ending Poverty through Universal Social Protection,KH;PK,2018,2020,"
        "745000 USD,closed")));
}

void TestCli::listProjectsJson()
{
    const Run run =
        sstc({QStringLiteral("list"), QStringLiteral("projects"), QStringLiteral("--database"),
              m_sample, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    const QJsonArray projects = document.array();
    QCOMPARE(projects.size(), 8);
    QStringList titles;
    for (const QJsonValue &value : projects) {
        QVERIFY(value.isObject());
        const QJsonObject project = value.toObject();
        QVERIFY(project.value(QLatin1String("title")).isString());
        QVERIFY(project.value(QLatin1String("id")).toInteger() > 0);
        titles << project.value(QLatin1String("title")).toString();
        if (titles.last().startsWith(QStringLiteral("Achieving SDGs"))) {
            QCOMPARE(project.value(QLatin1String("countries")).toArray(),
                     (QJsonArray{QStringLiteral("KH"), QStringLiteral("PK")}));
            QCOMPARE(project.value(QLatin1String("budget"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QLatin1String("amount"))
                         .toDouble(),
                     745000.0);
        }
    }
    QVERIFY(titles.contains(
        QStringLiteral("Strengthening Skills Development in Cambodia, Lao PDR and Myanmar")));
}

void TestCli::listProjectsTable()
{
    // The table is the default format.
    const Run run = sstc({QStringLiteral("list"), QStringLiteral("projects"),
                          QStringLiteral("--database"), m_sample});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 10); // header, rule, 8 projects
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Code")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("----")));
    QVERIFY(run.out.contains(QStringLiteral("US$745,000")));
    QVERIFY(run.out.contains(QStringLiteral("Cambodia, Pakistan")));
    QVERIFY(run.out.contains(QStringLiteral("6 Sep 2016")));
    // Titles line up under their header, even with the empty Code column.
    const int titleAt = int(lines.at(0).indexOf(QStringLiteral("Title")));
    QVERIFY(titleAt > 0);
    for (int i = 2; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).at(titleAt) != QLatin1Char(' ') &&
                     lines.at(i).at(titleAt - 1) == QLatin1Char(' '),
                 qPrintable(lines.at(i)));
}

void TestCli::listInChinese()
{
    Run run =
        sstc({QStringLiteral("list"), QStringLiteral("projects"), QStringLiteral("--database"),
              m_sample, QStringLiteral("--lang"), QStringLiteral("zh")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("柬埔寨")));
    QVERIFY(run.out.contains(QStringLiteral("通过全民社会保护实现可持续发展目标并消除贫困")));
    QVERIFY(run.out.contains(QStringLiteral("745,000美元")));
    QVERIFY(run.out.contains(QStringLiteral("2016年9月6日")));
    QVERIFY(!run.out.contains(QStringLiteral("Universal Social Protection")));

    run = sstc({QStringLiteral("list"), QStringLiteral("projects"), QStringLiteral("--database"),
                m_sample, QStringLiteral("--lang=zh"), QStringLiteral("--format"),
                QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray projects = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(projects.size(), 8);
    for (const QJsonValue &value : projects) {
        const QString title = value.toObject().value(QLatin1String("title")).toString();
        QVERIFY2(title.contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(title));
    }

    run = sstc({QStringLiteral("list"), QStringLiteral("agreements"), QStringLiteral("--database"),
                m_sample, QStringLiteral("--lang"), QStringLiteral("zh")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(
        QStringLiteral("国际劳工组织与人力资源和社会保障部战略伙伴关系谅解备忘录")));
    QVERIFY(run.out.contains(QStringLiteral("ILO、MOHRSS")));
}

void TestCli::languageFromSystemLocale()
{
    const Run run =
        sstc({QStringLiteral("list"), QStringLiteral("projects"), QStringLiteral("--database"),
              m_sample, QStringLiteral("--format"), QStringLiteral("csv")},
             QStringLiteral("zh_CN.UTF-8"));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("通过全民社会保护实现可持续发展目标并消除贫困")));
    // --lang wins over the system language.
    const Run english =
        sstc({QStringLiteral("list"), QStringLiteral("projects"), QStringLiteral("--database"),
              m_sample, QStringLiteral("--lang"), QStringLiteral("en")},
             QStringLiteral("zh_CN.UTF-8"));
    QCOMPARE(english.exitCode, 0);
    QVERIFY(english.out.contains(QStringLiteral("Universal Social Protection")));
}

void TestCli::listAgreements()
{
    const Run run =
        sstc({QStringLiteral("list"), QStringLiteral("agreements"), QStringLiteral("--database"),
              m_sample, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = csvLines(run.out);
    QCOMPARE(lines.size(), 13);
    QCOMPARE(lines.first(), QStringLiteral("Year,Kind,Title,Parties,Signed,Valid from,Valid to"));
    QVERIFY(lines.contains(QStringLiteral(
        "2016,mou,Memorandum of Understanding on a Strategic Partnership between the ILO and "
        "MOHRSS,ILO;MOHRSS,2016-09-06,,")));
}

void TestCli::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");

    const QString db = QStringLiteral("--database=sample.sstc");
    QTest::newRow("no command") << QStringList() << "--help";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "frobnicate";
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("list"), QStringLiteral("projects"),
                       QStringLiteral("--bogus")}
        << "bogus";
    QTest::newRow("unknown format")
        << QStringList{QStringLiteral("list"), QStringLiteral("projects"), db,
                       QStringLiteral("--format"), QStringLiteral("xml")}
        << "xml";
    QTest::newRow("unknown subject")
        << QStringList{QStringLiteral("list"), QStringLiteral("widgets"), db} << "widgets";
    QTest::newRow("nothing to list") << QStringList{QStringLiteral("list"), db} << "projects";
    QTest::newRow("unknown language")
        << QStringList{QStringLiteral("list"), QStringLiteral("projects"), db,
                       QStringLiteral("--lang"), QStringLiteral("fr")}
        << "fr";
    QTest::newRow("init with a subject")
        << QStringList{QStringLiteral("init"), QStringLiteral("projects"),
                       QStringLiteral("--database=new.sstc")}
        << "init";
    QTest::newRow("missing file") << QStringList{QStringLiteral("list"), QStringLiteral("projects"),
                                                 QStringLiteral("--database"),
                                                 QStringLiteral("nowhere.sstc")}
                                  << "nowhere.sstc";
}

void TestCli::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = sstc(arguments);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(QStringLiteral("sstc: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(file(QStringLiteral("new.sstc"))));
}

void TestCli::missingFileIsNotCreated()
{
    const QString missing = file(QStringLiteral("missing.sstc"));
    const Run run = sstc({QStringLiteral("list"), QStringLiteral("agreements"),
                          QStringLiteral("--database"), missing});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY(run.err.contains(QStringLiteral("missing.sstc")));
    QVERIFY(!QFileInfo::exists(missing));
}

void TestCli::textFileIsRefused()
{
    const QString fake = file(QStringLiteral("fake.sstc"));
    const QByteArray content("Code,Title\nP1,Not a database\n");
    {
        QFile text(fake);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(content);
    }
    const QStringList entries = QDir(m_folders.path()).entryList(QDir::Files);
    for (const QString &subject : {QStringLiteral("projects"), QStringLiteral("agreements")}) {
        const Run run = sstc({QStringLiteral("list"), subject, QStringLiteral("--database"), fake});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.contains(QStringLiteral("fake.sstc")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("not a database")), qPrintable(run.err));
    }
    QFile text(fake);
    QVERIFY(text.open(QIODevice::ReadOnly));
    QCOMPARE(text.readAll(), content);
    QCOMPARE(QDir(m_folders.path()).entryList(QDir::Files), entries);
}

// Titles that a spreadsheet would run or that a terminal would act on, as an import or another
// program may have stored them: neutralised in CSV, shown as U+FFFD in a table, escaped in JSON.
void TestCli::listHostileTitles()
{
    const QList<std::pair<QString, QString>> titles = {
        {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral(",'=cmd|' /C calc'!A0,")},
        {QStringLiteral("+1+2"), QStringLiteral(",'+1+2,")},
        {QStringLiteral("@SUM(A1)"), QStringLiteral(",'@SUM(A1),")},
        {QStringLiteral("-2+3"), QStringLiteral(",'-2+3,")},
        {QStringLiteral("\tTab start"), QStringLiteral(",'\tTab start,")},
        {QStringLiteral("\rCR start"), QStringLiteral(",\"'\rCR start\",")},
        {QStringLiteral("Esc\x1b]0;owned\x07 title\x1b[2J\u009b31m end"), QString()},
    };
    const QString hostile = file(QStringLiteral("hostile.sstc"));
    QCOMPARE(sstc({QStringLiteral("init"), QStringLiteral("--database"), hostile}).exitCode, 0);
    {
        auto store = sstc::PortfolioStore::openFile(hostile);
        QSqlQuery ids = store->run(QStringLiteral("SELECT id FROM projects ORDER BY id"));
        for (const auto &title : titles) {
            QVERIFY(ids.next());
            store->run(QStringLiteral("UPDATE projects SET title_en = ? WHERE id = ?"),
                       {title.first, ids.value(0)});
        }
    }
    const QStringList list{QStringLiteral("list"), QStringLiteral("projects"),
                           QStringLiteral("--database"), hostile, QStringLiteral("--format")};
    Run run = sstc(list + QStringList{QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 0);
    for (const auto &[title, cell] : titles) {
        if (cell.isEmpty())
            continue; // CSV is data: control characters are kept for the program reading it
        QVERIFY2(run.out.contains(cell), qPrintable(cell));
        QVERIFY2(!run.out.contains(QLatin1Char(',') + title), qPrintable(title));
    }

    // Nothing a terminal would act on reaches it; what was there shows as U+FFFD.
    auto controls = [](const QString &text) {
        QString found;
        for (QChar c : text) {
            if ((c.unicode() < 0x20 && c != QLatin1Char('\n')) ||
                (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
                found += QStringLiteral("U+%1 ").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        }
        return found;
    };
    run = sstc(list + QStringList{QStringLiteral("table")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(controls(run.out), QString());
    QVERIFY2(
        run.out.contains(QStringLiteral("Esc\uFFFD]0;owned\uFFFD title\uFFFD[2J\uFFFD31m end")),
        qPrintable(run.out));

    run = sstc(list + QStringList{QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(controls(run.out), QString());
    QJsonParseError error;
    const QJsonArray projects = QJsonDocument::fromJson(run.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QStringList read;
    for (const QJsonValue &project : projects)
        read << project.toObject().value(QLatin1String("title")).toString();
    for (const auto &title : titles)
        QVERIFY2(read.contains(title.first), qPrintable(title.first));
}

void TestCli::newerVersionIsRefused()
{
    const QString newer = file(QStringLiteral("newer.sstc"));
    QCOMPARE(sstc({QStringLiteral("init"), QStringLiteral("--empty"), QStringLiteral("--database"),
                   newer})
                 .exitCode,
             0);
    {
        auto store = sstc::PortfolioStore::openFile(newer);
        store->run(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"),
                   {sstc::SchemaHistory::standard().latestVersion() + 1});
    }
    const QByteArray before = testsupport::fileChecksum(newer);
    const Run run = sstc(
        {QStringLiteral("list"), QStringLiteral("projects"), QStringLiteral("--database"), newer});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(QStringLiteral("newer version")), qPrintable(run.err));
    QCOMPARE(testsupport::fileChecksum(newer), before);
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestCli::reportByDonorWithoutDisplay()
{
    const QString output = file(QStringLiteral("donor.pdf"));
    m_withoutDisplay = true;
    const Run run =
        sstc({QStringLiteral("report"), QStringLiteral("--database"), m_sample,
              QStringLiteral("--donor"), QStringLiteral("MOHRSS"), QStringLiteral("--from"),
              QStringLiteral("2016-01-01"), QStringLiteral("--to"), QStringLiteral("2019-12-31"),
              QStringLiteral("--lang"), QStringLiteral("both"), QStringLiteral("-o"), output});
    m_withoutDisplay = false;
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("donor.pdf")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("page")), qPrintable(run.out));
    QVERIFY(QFile(output).open(QIODevice::ReadOnly));
    QFile pdf(output);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    SSTC_REQUIRE_TOOL("pdftotext", "poppler-utils");
    const QString text = pdfText(output);
    QVERIFY2(text.contains(QStringLiteral("Progress report to the donor")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("致捐助方的进展报告")));
    QVERIFY(text.contains(QStringLiteral("Reporting period: 1 Jan 2016 – 31 Dec 2019")));
}

void TestCli::reportOfProjectsOnLetter()
{
    const QString output = file(QStringLiteral("projects.pdf"));
    const Run run =
        sstc({QStringLiteral("report"), QStringLiteral("--database"), m_sample,
              QStringLiteral("--project"), QStringLiteral("1"), QStringLiteral("--project"),
              QStringLiteral("4"), QStringLiteral("--from"), QStringLiteral("2018"),
              QStringLiteral("--to"), QStringLiteral("2020"), QStringLiteral("--lang"),
              QStringLiteral("zh"), QStringLiteral("--paper"), QStringLiteral("letter"),
              QStringLiteral("--output"), output});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    SSTC_REQUIRE_TOOL("pdfinfo", "poppler-utils");
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {output});
    info.waitForFinished(60000);
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("612 x 792")));
    const QString text = pdfText(output);
    QVERIFY2(text.contains(QStringLiteral("报告期：2018年1月1日至2020年12月31日")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("项目：2 个")));
}

void TestCli::reportErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    const QStringList base{QStringLiteral("report"), QStringLiteral("--database=sample.sstc"),
                           QStringLiteral("-o"), QStringLiteral("bad.pdf")};
    const QStringList period{QStringLiteral("--from=2016-01-01"), QStringLiteral("--to=2019-12-31"),
                             QStringLiteral("--lang=en")};
    const QString donor = QStringLiteral("--donor=MOHRSS");
    QTest::newRow("neither projects nor donor") << base + period << "--project";
    QTest::newRow("both projects and donor")
        << base + period + QStringList{donor, QStringLiteral("--project=1")} << "--donor";
    QTest::newRow("no period") << base + QStringList{donor, QStringLiteral("--lang=en")}
                               << "--from";
    QTest::newRow("bad date") << base + QStringList{donor, QStringLiteral("--from=2016-13-01"),
                                                    QStringLiteral("--to=2019-12-31"),
                                                    QStringLiteral("--lang=en")}
                              << "--from";
    QTest::newRow("period reversed")
        << base + QStringList{donor, QStringLiteral("--from=2019-01-01"),
                              QStringLiteral("--to=2016-12-31"), QStringLiteral("--lang=en")}
        << "2016-12-31";
    QTest::newRow("no language") << base + QStringList{donor, QStringLiteral("--from=2016"),
                                                       QStringLiteral("--to=2019")}
                                 << "--lang";
    QTest::newRow("unknown language")
        << base + QStringList{donor, QStringLiteral("--from=2016"), QStringLiteral("--to=2019"),
                              QStringLiteral("--lang=fr")}
        << "fr";
    QTest::newRow("unknown paper")
        << base + period + QStringList{donor, QStringLiteral("--paper=a3")} << "a3";
    QTest::newRow("unknown donor")
        << base + period + QStringList{QStringLiteral("--donor=XYZ")} << "XYZ";
    QTest::newRow("unknown project")
        << base + period + QStringList{QStringLiteral("--project=NOPE-1")} << "NOPE-1";
    QTest::newRow("no output") << QStringList{QStringLiteral("report"),
                                              QStringLiteral("--database=sample.sstc"), donor} +
                                      period
                               << "-o";
    QTest::newRow("unwritable output")
        << QStringList{QStringLiteral("report"), QStringLiteral("--database=sample.sstc"), donor,
                       QStringLiteral("-o"), QStringLiteral("no-such-folder/bad.pdf")} +
               period
        << "no-such-folder";
}

void TestCli::reportErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = sstc(arguments);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(QStringLiteral("sstc: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(file(QStringLiteral("bad.pdf"))));
    QVERIFY(!QFileInfo::exists(file(QStringLiteral("no-such-folder"))));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
