// The content of a donor report, without a window: the text per language for the sample
// portfolio (golden files), totals equal to sums taken directly from the database, and what
// the report says where data is missing (no funding lines, no exchange rate, nothing in the
// period) instead of printing zeros.
#include "tests/support/ExternalTools.h"
#include "tests/support/StoreTestSupport.h"
#include "tests/support/TestFolders.h"

#include "models/query/ProjectIdQuery.h"
#include "models/report/ReportBuilder.h"
#include "models/report/ReportWords.h"
#include "models/repositories/FundingRepository.h"
#include "models/store/PortfolioOpener.h"
#include "models/store/PortfolioStore.h"
#include "models/text/Formats.h"

#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace sstc;

class TestReportBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void sampleReportText_data();
    void sampleReportText();
    void donorSelectsItsProjects();
    void totalsEqualDatabaseSums();
    void sectionsCanBeLeftOut();
    void emptyPeriodSaysSo();
    void projectWithoutFundingSaysSo();
    void missingExchangeRateSaysSo();
    void fundingFigureLabelsOnlyWhatIsRecorded();
    void openEndsSaidInWords_data();
    void openEndsSaidInWords();
    void unitSaidOnce_data();
    void unitSaidOnce();

private:
    qint64 mohrss();
    ReportRequest sampleRequest(ReportLanguages languages);
    qint64 sqlSum(const QString &condition, const QVariantList &values);

    TestFolders m_folders;
    std::unique_ptr<PortfolioStore> m_sample;
    std::unique_ptr<PortfolioStore> m_own;
};

void TestReportBuilder::initTestCase()
{
    m_sample = PortfolioOpener::open(m_folders.filePath(QStringLiteral("sample.sstc")),
                                     PortfolioOpener::NewFileContent::Sample);
    m_own = PortfolioOpener::open(m_folders.filePath(QStringLiteral("own.sstc")),
                                  PortfolioOpener::NewFileContent::ReferenceOnly);
}

void TestReportBuilder::cleanupTestCase()
{
    m_sample.reset();
    m_own.reset();
}

qint64 TestReportBuilder::mohrss()
{
    QSqlQuery query =
        m_sample->run(QStringLiteral("SELECT id FROM organisations WHERE acronym = ?"),
                      {QStringLiteral("MOHRSS")});
    return query.next() ? query.value(0).toLongLong() : 0;
}

ReportRequest TestReportBuilder::sampleRequest(ReportLanguages languages)
{
    ReportRequest request;
    request.donorId = mohrss();
    request.from = QDate(2016, 1, 1);
    request.to = QDate(2019, 12, 31);
    request.languages = languages;
    request.issuedOn = QDate(2026, 1, 15);
    return request;
}

qint64 TestReportBuilder::sqlSum(const QString &condition, const QVariantList &values)
{
    QSqlQuery query = m_sample->run(
        QStringLiteral("SELECT COALESCE(SUM(amount_hundredths), 0) FROM funding_lines WHERE ") +
            condition,
        values);
    return query.next() ? query.value(0).toLongLong() : -1;
}

void TestReportBuilder::sampleReportText_data()
{
    QTest::addColumn<int>("languages");
    QTest::addColumn<QString>("golden");
    QTest::newRow("en") << int(ReportLanguages::English) << QStringLiteral("report-sample-en.txt");
    QTest::newRow("zh") << int(ReportLanguages::Chinese) << QStringLiteral("report-sample-zh.txt");
    QTest::newRow("both") << int(ReportLanguages::Both) << QStringLiteral("report-sample-both.txt");
}

void TestReportBuilder::sampleReportText()
{
    QFETCH(int, languages);
    QFETCH(QString, golden);
    QVERIFY(mohrss() != 0);
    const ReportDocument document =
        ReportBuilder(*m_sample).build(sampleRequest(ReportLanguages(languages)));
    const QByteArray actual = document.plainText().toUtf8();
    const QString goldenPath = QStringLiteral(SSTC_SOURCE_DIR "/tests/models/golden/") + golden;
    testsupport::updateGoldenIfAsked(goldenPath, actual);
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(testsupport::fileBytes(goldenPath)));
}

void TestReportBuilder::donorSelectsItsProjects()
{
    ReportBuilder builder(*m_sample);
    ProjectFilter filter;
    filter.donorIds = {mohrss()};
    QList<qint64> expected = ProjectIdQuery(*m_sample).matching(filter);
    std::sort(expected.begin(), expected.end());
    QVERIFY(!expected.isEmpty());
    QCOMPARE(builder.projectIdsOf(sampleRequest(ReportLanguages::English)), expected);

    ReportRequest named;
    named.projectIds = {expected.last(), expected.first(), expected.last()};
    QCOMPARE(builder.projectIdsOf(named), (QList<qint64>{expected.first(), expected.last()}));
}

void TestReportBuilder::totalsEqualDatabaseSums()
{
    // The sample's amounts are all in US dollars, so the report's totals are plain sums.
    QCOMPARE(sqlSum(QStringLiteral("currency <> 'USD'"), {}), qint64(0));
    ReportRequest request = sampleRequest(ReportLanguages::English);
    request.to = QDate(2030, 12, 31);
    ReportBuilder builder(*m_sample);
    FundingRepository funding(*m_sample);
    qint64 budgetTotal = 0;
    for (const qint64 id : builder.projectIdsOf(request)) {
        const auto details = ProjectDetails::load(*m_sample, id);
        QVERIFY(details);
        const ReportFinance finance =
            ReportFinance::compute(details->funding, request.to, request.currency, funding);
        const qint64 revised =
            sqlSum(QStringLiteral("project_id = ? AND kind = 'revised_budget'"), {id});
        const qint64 budget =
            revised ? revised
                    : sqlSum(QStringLiteral("project_id = ? AND kind = 'original_budget'"), {id});
        QCOMPARE(finance.totalBudget().value_or(0), budget);
        QCOMPARE(finance.totalReceived().value_or(0),
                 sqlSum(QStringLiteral("project_id = ? AND kind = 'incoming_funds'"), {id}));
        QCOMPARE(finance.totalSpent().value_or(0),
                 sqlSum(QStringLiteral("project_id = ? AND kind = 'expenditure'"), {id}));
        budgetTotal += budget;
    }
    QVERIFY(budgetTotal > 0);
    // The summary prints the same total, formatted as the language writes money.
    const QString text = builder.build(request).plainText();
    QVERIFY2(
        text.contains(QStringLiteral("Budget | ") +
                      Formats::money(Money{budgetTotal, QStringLiteral("USD")}, Language::English)),
        qPrintable(text));
}

void TestReportBuilder::sectionsCanBeLeftOut()
{
    ReportRequest request = sampleRequest(ReportLanguages::English);
    request.sections = ReportSection::Agreements;
    const QString text = ReportBuilder(*m_sample).build(request).plainText();
    QVERIFY(text.contains(QStringLiteral("# Agreements the projects rest on")));
    QVERIFY(!text.contains(QStringLiteral("# Summary")));
    QVERIFY(!text.contains(QStringLiteral("# Financial statement")));
    QVERIFY(
        !text.contains(QStringLiteral("[Timeline of the projects (the reporting period shaded)]")));
}

void TestReportBuilder::emptyPeriodSaysSo()
{
    ReportRequest request = sampleRequest(ReportLanguages::Both);
    request.from = QDate(1990, 1, 1);
    request.to = QDate(1990, 12, 31);
    const QString text = ReportBuilder(*m_sample).build(request).plainText();
    QVERIFY(
        text.contains(QStringLiteral("No event of these projects falls in the reporting period.")));
    QVERIFY(text.contains(QStringLiteral("报告期内这些项目没有任何活动。")));
    QVERIFY(text.contains(QStringLiteral(
        "No budget, receipt or expenditure is recorded up to the end of the period.")));
    QVERIFY(!text.contains(QStringLiteral("US$0")));
}

void TestReportBuilder::projectWithoutFundingSaysSo()
{
    const qint64 id = m_own->insert(
        QStringLiteral("INSERT INTO projects (code, title_en, title_zh) VALUES (?, ?, ?) "
                       "RETURNING id"),
        {QStringLiteral("T-1"), QStringLiteral("Unfunded"), QStringLiteral("无资金")});
    ReportRequest request;
    request.projectIds = {id};
    request.from = QDate(2020, 1, 1);
    request.to = QDate(2020, 12, 31);
    request.languages = ReportLanguages::Both;
    const QString text = ReportBuilder(*m_own).build(request).plainText();
    QVERIFY(text.contains(
        QStringLiteral("## 1. T-1 Unfunded\nNo funding lines are recorded for this project.")));
    QVERIFY(text.contains(QStringLiteral("## 1. T-1 无资金\n该项目未记录任何资金条目。")));
    QVERIFY(text.contains(QStringLiteral("Budget | —")));
    m_own->run(QStringLiteral("DELETE FROM projects WHERE id = ?"), {id});
}

void TestReportBuilder::missingExchangeRateSaysSo()
{
    const qint64 id = m_own->insert(
        QStringLiteral("INSERT INTO projects (code, title_en) VALUES (?, ?) RETURNING id"),
        {QStringLiteral("T-2"), QStringLiteral("In yuan")});
    m_own->run(QStringLiteral("INSERT INTO funding_lines (project_id, kind, amount_hundredths, "
                              "currency, value_date) VALUES (?, 'incoming_funds', 1000000, 'CNY', "
                              "'2019-03-01'), (?, 'expenditure', 50000, 'USD', '2019-06-01')"),
               {id, id});
    ReportRequest request;
    request.projectIds = {id};
    request.from = QDate(2019, 1, 1);
    request.to = QDate(2019, 12, 31);
    ReportBuilder builder(*m_own);
    QString text = builder.build(request).plainText();
    QVERIFY2(text.contains(QStringLiteral("Not converted: CN¥10,000 (funds received, 1 Mar 2019): "
                                          "no exchange rate to USD in force on that date.")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2019 | — | — | US$500 | -US$500 | —")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("1 funding line(s) could not be converted")));

    FundingRepository(*m_own).insertRate({0, QStringLiteral("CNY"), QStringLiteral("USD"),
                                          QDate(2019, 1, 1), 0.15, QStringLiteral("test")});
    text = builder.build(request).plainText();
    QVERIFY(!text.contains(QStringLiteral("Not converted")));
    // 10,000 yuan at 0.15: 1,500 dollars received, 500 spent.
    QVERIFY2(text.contains(QStringLiteral("2019 | — | US$1,500 | US$500 | US$1,000 | —")),
             qPrintable(text));
    m_own->run(QStringLiteral("DELETE FROM projects WHERE id = ?"), {id});
}

// The per-year funding bars label the kinds that have lines; a kind without any gets neither
// bar nor "0" label (the statement shows a dash for it).
void TestReportBuilder::fundingFigureLabelsOnlyWhatIsRecorded()
{
    // The sample records budgets only.
    QCOMPARE(sqlSum(QStringLiteral("kind IN ('incoming_funds', 'expenditure')"), {}), 0);
    QVERIFY(sqlSum(QStringLiteral("kind = 'original_budget'"), {}) > 0);
    ReportRequest request = sampleRequest(ReportLanguages::English);
    request.from = QDate(2012, 1, 1);
    request.to = QDate(2025, 12, 31);
    const ReportDocument document = ReportBuilder(*m_sample).build(request);
    const auto figure = std::find_if(document.blocks.cbegin(), document.blocks.cend(),
                                     [](const ReportBlock &block) {
                                         return block.kind == ReportBlockKind::Figure &&
                                                block.figure.kind == ReportFigureKind::FundingBars;
                                     });
    QVERIFY(figure != document.blocks.cend());
    QVERIFY(!figure->figure.rows.isEmpty());
    for (const ReportFigureRow &row : figure->figure.rows) {
        QCOMPARE(row.valueTexts.size(), 3);
        QVERIFY2(row.valueTexts.at(0).startsWith(QStringLiteral("US$")),
                 qPrintable(row.valueTexts.at(0)));
        QCOMPARE(row.valueTexts.at(1), QString());
        QCOMPARE(row.valueTexts.at(2), QString());
        QCOMPARE(row.values.at(1), 0.0);
    }
}

void TestReportBuilder::openEndsSaidInWords_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("chinese");
    QTest::newRow("both ends") << "2018"
                               << "2020"
                               << "2018 – 2020"
                               << "2018年至2020年";
    QTest::newRow("no start") << ""
                              << "2020"
                              << "until 2020"
                              << "至2020年";
    QTest::newRow("no end") << "2018-03"
                            << ""
                            << "from Mar 2018"
                            << "2018年3月起";
    QTest::newRow("neither") << ""
                             << ""
                             << "—"
                             << "—";
    QTest::newRow("one day") << "2019-06-01"
                             << "2019-06-01"
                             << "1 Jun 2019"
                             << "2019年6月1日";
}

void TestReportBuilder::openEndsSaidInWords()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, english);
    QFETCH(QString, chinese);
    const PartialDate start = PartialDate::fromIso(from);
    const PartialDate end = PartialDate::fromIso(to);
    QCOMPARE(ReportWords::span(start, end, Language::English), english);
    QCOMPARE(ReportWords::span(start, end, Language::Chinese), chinese);
}

void TestReportBuilder::unitSaidOnce_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("named");
    QTest::newRow("the title's word") << "Partners"
                                      << "partners" << true;
    QTest::newRow("inside the title") << "People who found work"
                                      << "people" << true;
    QTest::newRow("another word") << "Direct beneficiaries"
                                  << "people" << false;
    QTest::newRow("part of a word") << "Peoples' assemblies"
                                    << "people" << false;
    QTest::newRow("Chinese measure word") << "合作伙伴"
                                          << "个" << false;
}

void TestReportBuilder::unitSaidOnce()
{
    QFETCH(QString, title);
    QFETCH(QString, unit);
    QFETCH(bool, named);
    QCOMPARE(ReportWords::namesUnit(title, unit), named);
}

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
