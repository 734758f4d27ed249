// One portfolio reported in yuan three ways: the donor report's financial statement (built,
// and as the PDF `sstc report --currency CNY` writes), the funding dashboard's figures as
// `sstc list funding` writes them (CSV and JSON, from the dashboard's own aggregation), and
// what each leaves unconverted. The lines are in dollars against rates stored as yuan to
// dollars, so every conversion divides; the yuan rate changes twice, so only the latest rate
// on or before a line's day gives the amounts below; and one line has no value date, only a
// period, whose first day picks its rate. The expected amounts are worked out by hand.
#include "tests/support/CliRun.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestFolders.h"

#include "models/report/ReportBuilder.h"
#include "models/store/PortfolioOpener.h"
#include "models/store/PortfolioStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <memory>

using namespace sstc;

class TestYuanFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statementInYuan();
    void fundingCsvInYuan();
    void fundingJsonInYuan();
    void pdfReportInYuan();
    void listFundingErrors_data();
    void listFundingErrors();

private:
    CliRun sstc(const QStringList &arguments);
    QStringList listFunding(const QString &measure, QString *errors = nullptr);

    TestFolders m_folders;
    QString m_path;
    qint64 m_projectId = 0;
};

void TestYuanFigures::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SSTC_CLI_PATH)).isExecutable(), SSTC_CLI_PATH);
    m_path = m_folders.filePath(QStringLiteral("yuan.sstc"));
    auto store = PortfolioOpener::open(m_path, PortfolioOpener::NewFileContent::ReferenceOnly);
    const qint64 donor = store->insert(
        QStringLiteral("INSERT INTO organisations (acronym, name_en, name_zh, org_type) "
                       "VALUES ('MOHRSS', 'Ministry of Human Resources and Social Security', "
                       "'人力资源和社会保障部', 'government') RETURNING id"),
        {});
    m_projectId = store->insert(
        QStringLiteral("INSERT INTO projects (code, title_en, title_zh, planned_start, "
                       "planned_end) VALUES ('YF-1', 'Skills in yuan', '人民币技能项目', "
                       "'2019-01-01', '2021-12-31') RETURNING id"),
        {});
    // Yuan to dollars, three rates: a dollar line is divided by the one in force on its day.
    for (const auto &[day, rate] : {std::pair{"2019-01-01", 0.15}, std::pair{"2020-01-01", 0.14},
                                    std::pair{"2021-01-01", 0.125}})
        store->run(QStringLiteral("INSERT INTO exchange_rates (currency, to_currency, rate_date, "
                                  "rate, source) VALUES ('CNY', 'USD', ?, ?, 'test')"),
                   {QString::fromLatin1(day), rate});
    const QString line = QStringLiteral(
        "INSERT INTO funding_lines (project_id, kind, amount_hundredths, currency, value_date, "
        "period_start, provider_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const QVariant none;
    // 2,000,000 yuan: no conversion at all.
    store->run(line, {m_projectId, QStringLiteral("original_budget"), 200000000,
                      QStringLiteral("CNY"), QStringLiteral("2019-03-01"), none, donor});
    // 100,000 dollars on 30 June 2020, at 0.14 (not 0.15 before it, nor 0.125 after it).
    store->run(line, {m_projectId, QStringLiteral("incoming_funds"), 10000000,
                      QStringLiteral("USD"), QStringLiteral("2020-06-30"), none, donor});
    // 50,000 dollars spent in a period from February 2021, undated: its period's first day
    // falls after the 0.125 rate.
    store->run(line, {m_projectId, QStringLiteral("expenditure"), 5000000, QStringLiteral("USD"),
                      none, QStringLiteral("2021-02"), donor});
    // 30,000 dollars spent before the first rate: not converted, never counted as zero.
    store->run(line, {m_projectId, QStringLiteral("expenditure"), 3000000, QStringLiteral("USD"),
                      QStringLiteral("2018-06-01"), none, donor});
}

CliRun TestYuanFigures::sstc(const QStringList &arguments)
{
    return runCli(m_folders, arguments);
}

// The CSV lines of `sstc list funding --by year --measure MEASURE --currency CNY`.
QStringList TestYuanFigures::listFunding(const QString &measure, QString *errors)
{
    const CliRun run =
        sstc({QStringLiteral("list"), QStringLiteral("funding"), QStringLiteral("--database"),
              m_path, QStringLiteral("--by"), QStringLiteral("year"), QStringLiteral("--measure"),
              measure, QStringLiteral("--currency"), QStringLiteral("CNY"),
              QStringLiteral("--format"), QStringLiteral("csv")});
    if (run.exitCode != 0)
        qWarning("list funding failed: %s", qPrintable(run.err));
    if (errors)
        *errors = run.err;
    return run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestYuanFigures::statementInYuan()
{
    auto store = PortfolioOpener::openForReading(m_path);
    ReportRequest request;
    request.projectIds = {m_projectId};
    request.from = QDate(2019, 1, 1);
    request.to = QDate(2021, 12, 31);
    request.languages = ReportLanguages::English;
    request.currency = QStringLiteral("CNY");
    const QString text = ReportBuilder(*store).build(request).plainText();
    // Year | budget | received | spent | balance | delivery.
    QVERIFY2(text.contains(QStringLiteral("2019 | CN¥2,000,000 | — | — | — | —")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2020 | — | CN¥714,285.71 | — | CN¥714,285.71 | —")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2021 | — | — | CN¥400,000 | -CN¥400,000 | —")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Not converted: US$30,000 (expenditure, 1 Jun 2018): "
                                          "no exchange rate to CNY in force on that date.")),
             qPrintable(text));
}

void TestYuanFigures::fundingCsvInYuan()
{
    // The dashboard names a donor by its acronym in English.
    const QString donor = QStringLiteral("MOHRSS");
    QCOMPARE(listFunding(QStringLiteral("budget")),
             (QStringList{QStringLiteral("Year,Donor,Amount,Currency\r"),
                          QStringLiteral("2019,%1,2000000,CNY\r").arg(donor)}));
    QCOMPARE(listFunding(QStringLiteral("incoming_funds")),
             (QStringList{QStringLiteral("Year,Donor,Amount,Currency\r"),
                          QStringLiteral("2020,%1,714285.71,CNY\r").arg(donor)}));
    QString errors;
    QCOMPARE(listFunding(QStringLiteral("expenditure"), &errors),
             (QStringList{QStringLiteral("Year,Donor,Amount,Currency\r"),
                          QStringLiteral("2021,%1,400000,CNY\r").arg(donor)}));
    QCOMPARE(errors, QStringLiteral("Not converted to CNY: US$30,000 in 1 funding line, which "
                                    "has no exchange rate in force on its date, or no date.\n"));
}

void TestYuanFigures::fundingJsonInYuan()
{
    const CliRun run =
        sstc({QStringLiteral("list"), QStringLiteral("funding"), QStringLiteral("--database"),
              m_path, QStringLiteral("--measure"), QStringLiteral("incoming_funds"),
              QStringLiteral("--currency"), QStringLiteral("cny"), QStringLiteral("--format"),
              QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("zh")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.at(0).toObject();
    QCOMPARE(row.value(QStringLiteral("year")).toInt(), 2020);
    QCOMPARE(row.value(QStringLiteral("donor")).toString(), QStringLiteral("人力资源和社会保障部"));
    QCOMPARE(row.value(QStringLiteral("amount")).toDouble(), 714285.71);
    QCOMPARE(row.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
}

void TestYuanFigures::pdfReportInYuan()
{
    const QString output = m_folders.filePath(QStringLiteral("yuan.pdf"));
    const CliRun run =
        sstc({QStringLiteral("report"), QStringLiteral("--database"), m_path,
              QStringLiteral("--project"), QStringLiteral("YF-1"), QStringLiteral("--from"),
              QStringLiteral("2019-01-01"), QStringLiteral("--to"), QStringLiteral("2021-12-31"),
              QStringLiteral("--lang"), QStringLiteral("both"), QStringLiteral("--currency"),
              QStringLiteral("CNY"), QStringLiteral("-o"), output});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    SSTC_REQUIRE_TOOL("pdftotext", "poppler-utils");
    const QString text = testsupport::runTool(
        QStringLiteral("pdftotext"), {QStringLiteral("-layout"), output, QStringLiteral("-")});
    for (const QString &figure : {QStringLiteral("CN¥2,000,000"), QStringLiteral("CN¥714,285.71"),
                                  QStringLiteral("CN¥400,000"), QStringLiteral("2,000,000元"),
                                  QStringLiteral("714,285.71元"), QStringLiteral("400,000元")})
        QVERIFY2(text.contains(figure),
                 qPrintable(figure + QStringLiteral(" missing in:\n") + text));
    // The line before the first rate is named apart, not counted.
    QVERIFY2(text.contains(QStringLiteral("Not converted: US$30,000")), qPrintable(text));
}

void TestYuanFigures::listFundingErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("breakdown") << QStringList{QStringLiteral("--by"), QStringLiteral("project")}
                               << QStringLiteral("Unknown breakdown “project”");
    QTest::newRow("measure") << QStringList{QStringLiteral("--measure"), QStringLiteral("spent")}
                             << QStringLiteral("Unknown measure “spent”");
    QTest::newRow("currency") << QStringList{QStringLiteral("--currency"), QStringLiteral("EUR")}
                              << QStringLiteral("Unknown reporting currency “EUR”");
    QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")}
                            << QStringLiteral("Unknown format “xml”");
    QTest::newRow("donor") << QStringList{QStringLiteral("--donor"), QStringLiteral("NOPE")}
                           << QStringLiteral("No organisation “NOPE”");
}

void TestYuanFigures::listFundingErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const CliRun run = sstc(QStringList{QStringLiteral("list"), QStringLiteral("funding"),
                                        QStringLiteral("--database"), m_path} +
                            arguments);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestYuanFigures)
#include "tst_yuanfigures.moc"
