// The funding dashboard's figures: conversion at the rate in force on each value date (and
// none before the first rate), percentage splits that never count money twice, totals equal
// to sums taken directly from the database, and the exchange-rate CSV refused whole for one
// broken line.
#include "tests/support/StoreTestSupport.h"
#include "tests/support/TestFolders.h"

#include "models/funding/ExchangeRateCsv.h"
#include "models/funding/FundingAggregator.h"
#include "models/repositories/FundingRepository.h"
#include "models/store/PortfolioOpener.h"
#include "models/store/PortfolioStore.h"

#include <QtTest>

#include <memory>

using namespace sstc;

namespace {

// The bars of figures as "key/series=amount" in hundredths, rounded to whole hundredths.
QStringList barsOf(const FundingFigures &figures)
{
    QStringList result;
    for (const FundingBar &bar : figures.bars)
        result
            << QStringLiteral("%1/%2=%3").arg(bar.key, bar.seriesKey).arg(qRound64(bar.hundredths));
    return result;
}

QStringList unconvertedOf(const FundingFigures &figures)
{
    QStringList result;
    for (const UnconvertedAmount &amount : figures.unconverted)
        result << QStringLiteral("%1 %2 in %3%4")
                      .arg(amount.currency)
                      .arg(qRound64(amount.hundredths))
                      .arg(amount.lines)
                      .arg(amount.undated ? QStringLiteral(" undated") : QString());
    return result;
}

} // namespace

class TestFundingAggregator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void convertsAtTheRateInForceOnTheValueDate();
    void convertsWithTheInverseRateWhenNoDirectOne();
    void splitsAcrossCountriesByPercentage();
    void splitsAcrossGoalsAndThemesEqually();
    void budgetIsTheRevisedOneWhenThereIsOne();
    void deliveryComparesBudgetIncomingAndSpent();
    void deliveryKeepsTheLargestBudgets();
    void followsTheFilter();
    void sampleTotalsEqualDirectSums();
    void queryIsTheStatementThatRuns();
    void budgetRuleHasItsIndex();
    void csvImportsGoodFile();
    void csvWithABrokenLineImportsNothing_data();
    void csvWithABrokenLineImportsNothing();

private:
    qint64 addProject(const QString &title);
    void addLine(qint64 project, const QString &kind, qint64 hundredths, const QString &currency,
                 const QVariant &valueDate, qint64 provider = 0);
    void addRate(const QString &from, const QString &to, const QString &date, double rate);

    TestFolders m_folders;
    std::unique_ptr<PortfolioStore> m_store;
};

void TestFundingAggregator::init()
{
    const QString path = m_folders.filePath(QStringLiteral("funding.sstc"));
    QFile::remove(path);
    m_store = PortfolioStore::openFile(path);
    m_store->run(QStringLiteral("INSERT INTO countries (code, name_en, name_zh) VALUES "
                                "('KH', 'Cambodia', '柬埔寨'), ('LA', 'Lao PDR', '老挝'), "
                                "('MM', 'Myanmar', '缅甸')"));
    m_store->run(QStringLiteral("INSERT INTO organisations (id, acronym, name_en, name_zh, "
                                "org_type) VALUES (7, 'MOHRSS', 'Ministry', '人社部', "
                                "'government')"));
}

void TestFundingAggregator::cleanup()
{
    m_store.reset();
}

qint64 TestFundingAggregator::addProject(const QString &title)
{
    return m_store->insert(
        QStringLiteral("INSERT INTO projects (title_en) VALUES (?) RETURNING id"), {title});
}

void TestFundingAggregator::addLine(qint64 project, const QString &kind, qint64 hundredths,
                                    const QString &currency, const QVariant &valueDate,
                                    qint64 provider)
{
    m_store->run(QStringLiteral("INSERT INTO funding_lines (project_id, kind, amount_hundredths, "
                                "currency, value_date, provider_id) VALUES (?, ?, ?, ?, ?, ?)"),
                 {project, kind, hundredths, currency, valueDate,
                  provider ? QVariant(provider) : QVariant(QMetaType::fromType<qlonglong>())});
}

void TestFundingAggregator::addRate(const QString &from, const QString &to, const QString &date,
                                    double rate)
{
    FundingRepository(*m_store).insertRate(
        {0, from, to, QDate::fromString(date, Qt::ISODate), rate, QStringLiteral("test")});
}

void TestFundingAggregator::convertsAtTheRateInForceOnTheValueDate()
{
    const qint64 project = addProject(QStringLiteral("P"));
    addRate(QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("2019-01-01"), 0.15);
    addRate(QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("2019-07-01"), 0.14);
    // Between the two rates: the earlier one is in force.
    addLine(project, QStringLiteral("commitment"), 100000, QStringLiteral("CNY"),
            QStringLiteral("2019-06-30"), 7);
    // On the day of the second.
    addLine(project, QStringLiteral("commitment"), 200000, QStringLiteral("CNY"),
            QStringLiteral("2020-07-01"), 7);
    // A year only: its first day, on which the first rate is in force.
    addLine(project, QStringLiteral("commitment"), 300000, QStringLiteral("CNY"),
            QStringLiteral("2019"), 7);
    // Before the first known rate, and undated: not converted, never zero.
    addLine(project, QStringLiteral("commitment"), 5000, QStringLiteral("CNY"),
            QStringLiteral("2018-12-31"), 7);
    addLine(project, QStringLiteral("commitment"), 7000, QStringLiteral("CNY"), QVariant(), 7);
    // The reporting currency needs no rate, even undated.
    addLine(project, QStringLiteral("commitment"), 999, QStringLiteral("USD"), QVariant(), 7);

    FundingAggregator aggregator(*m_store);
    const FundingFigures figures =
        aggregator.byYearAndDonor(FundingMeasure::Commitment, {}, QStringLiteral("USD"));
    QCOMPARE(figures.reportingCurrency, QStringLiteral("USD"));
    QCOMPARE(barsOf(figures), (QStringList{QStringLiteral("/7=999"),
                                           QStringLiteral("2019/7=60000"), // 15000 + 45000
                                           QStringLiteral("2020/7=28000")}));
    // Told apart: a rate entered for 2018 would convert the first, none ever the second.
    QCOMPARE(unconvertedOf(figures), (QStringList{QStringLiteral("CNY 5000 in 1"),
                                                  QStringLiteral("CNY 7000 in 1 undated")}));
    QCOMPARE(figures.bars.at(1).seriesLabel.en, QStringLiteral("MOHRSS"));
    QCOMPARE(figures.bars.at(1).seriesLabel.zh, QStringLiteral("人社部"));

    // The same lines in yuan: the yuan need no rate, and there is none for the dollars.
    const FundingFigures inYuan =
        aggregator.byYearAndDonor(FundingMeasure::Commitment, {}, QStringLiteral("CNY"));
    QCOMPARE(qRound64(inYuan.totalHundredths()), qint64(100000 + 200000 + 300000 + 5000 + 7000));
    QCOMPARE(unconvertedOf(inYuan), QStringList{QStringLiteral("USD 999 in 1 undated")});
}

void TestFundingAggregator::convertsWithTheInverseRateWhenNoDirectOne()
{
    const qint64 project = addProject(QStringLiteral("P"));
    addRate(QStringLiteral("USD"), QStringLiteral("CNY"), QStringLiteral("2020-01-01"), 8.0);
    addLine(project, QStringLiteral("pledge"), 800000, QStringLiteral("CNY"),
            QStringLiteral("2021-03-04"));
    FundingAggregator aggregator(*m_store);
    QCOMPARE(barsOf(aggregator.byCountry(FundingMeasure::Pledge, {}, QStringLiteral("USD"))),
             QStringList{QStringLiteral("/=100000")});
    // A direct rate wins over an inverse one.
    addRate(QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("2020-01-01"), 0.2);
    QCOMPARE(barsOf(aggregator.byCountry(FundingMeasure::Pledge, {}, QStringLiteral("USD"))),
             QStringList{QStringLiteral("/=160000")});
}

void TestFundingAggregator::splitsAcrossCountriesByPercentage()
{
    const qint64 byPercent = addProject(QStringLiteral("60/40"));
    const qint64 equally = addProject(QStringLiteral("no percentages"));
    const qint64 normalised = addProject(QStringLiteral("30/30"));
    const qint64 nowhere = addProject(QStringLiteral("no country"));
    m_store->run(QStringLiteral("INSERT INTO project_countries (project_id, country_code, "
                                "percentage, position) VALUES (?, 'KH', 60, 0), (?, 'LA', 40, 1), "
                                "(?, 'KH', NULL, 0), (?, 'LA', NULL, 1), (?, 'MM', NULL, 2), "
                                "(?, 'KH', 30, 0), (?, 'MM', 30, 1)"),
                 {byPercent, byPercent, equally, equally, equally, normalised, normalised});
    addLine(byPercent, QStringLiteral("original_budget"), 100000, QStringLiteral("USD"),
            QStringLiteral("2018"));
    addLine(equally, QStringLiteral("original_budget"), 90000, QStringLiteral("USD"),
            QStringLiteral("2018"));
    addLine(normalised, QStringLiteral("original_budget"), 50000, QStringLiteral("USD"),
            QStringLiteral("2018"));
    addLine(nowhere, QStringLiteral("original_budget"), 1234, QStringLiteral("USD"),
            QStringLiteral("2018"));
    // An unconverted line is split too, but counted once.
    addLine(byPercent, QStringLiteral("original_budget"), 500, QStringLiteral("EUR"),
            QStringLiteral("2018"));

    const FundingFigures figures =
        FundingAggregator(*m_store).byCountry(FundingMeasure::Budget, {}, QStringLiteral("USD"));
    QCOMPARE(barsOf(figures), (QStringList{QStringLiteral("/=1234"),
                                           QStringLiteral("KH/=115000"),   // 60000 + 30000 + 25000
                                           QStringLiteral("LA/=70000"),    // 40000 + 30000
                                           QStringLiteral("MM/=55000")})); // 30000 + 25000
    QCOMPARE(figures.bars.at(1).label.zh, QStringLiteral("柬埔寨"));
    QCOMPARE(qRound64(figures.totalHundredths()), qint64(100000 + 90000 + 50000 + 1234));
    QCOMPARE(unconvertedOf(figures), QStringList{QStringLiteral("EUR 500 in 1")});
}

void TestFundingAggregator::splitsAcrossGoalsAndThemesEqually()
{
    const qint64 project = addProject(QStringLiteral("P"));
    m_store->run(QStringLiteral("INSERT INTO project_sdgs (project_id, goal) VALUES (?, 1), "
                                "(?, 8), (?, 10), (?, 5)"),
                 {project, project, project, project});
    m_store->run(QStringLiteral("INSERT INTO themes (id, key, name_en) VALUES (3, 'sp', 'Social "
                                "protection'), (4, 'sk', 'Skills')"));
    m_store->run(QStringLiteral("INSERT INTO project_themes (project_id, theme_id) VALUES "
                                "(?, 3), (?, 4)"),
                 {project, project});
    addLine(project, QStringLiteral("expenditure"), 100000, QStringLiteral("USD"),
            QStringLiteral("2020-05"));
    FundingAggregator aggregator(*m_store);
    QCOMPARE(barsOf(aggregator.bySdgGoal(FundingMeasure::Expenditure, {}, QStringLiteral("USD"))),
             (QStringList{QStringLiteral("1/=25000"), QStringLiteral("10/=25000"),
                          QStringLiteral("5/=25000"), QStringLiteral("8/=25000")}));
    const FundingFigures themes =
        aggregator.byTheme(FundingMeasure::Expenditure, {}, QStringLiteral("USD"));
    QCOMPARE(barsOf(themes), (QStringList{QStringLiteral("3/=50000"), QStringLiteral("4/=50000")}));
    QCOMPARE(themes.bars.at(0).label.en, QStringLiteral("Social protection"));
}

void TestFundingAggregator::budgetIsTheRevisedOneWhenThereIsOne()
{
    const qint64 revised = addProject(QStringLiteral("revised"));
    const qint64 original = addProject(QStringLiteral("original"));
    addLine(revised, QStringLiteral("original_budget"), 100000, QStringLiteral("USD"),
            QStringLiteral("2016"));
    addLine(revised, QStringLiteral("revised_budget"), 120000, QStringLiteral("USD"),
            QStringLiteral("2016"));
    addLine(original, QStringLiteral("original_budget"), 5000, QStringLiteral("USD"),
            QStringLiteral("2016"));
    addLine(original, QStringLiteral("expenditure"), 700, QStringLiteral("USD"),
            QStringLiteral("2016"));
    QCOMPARE(qRound64(FundingAggregator(*m_store)
                          .byYearAndDonor(FundingMeasure::Budget, {}, QStringLiteral("USD"))
                          .totalHundredths()),
             qint64(125000));
}

// With more projects than the limit, the delivery figures are those of the largest budgets,
// the same as without a limit, and say how many projects they leave out.
void TestFundingAggregator::deliveryKeepsTheLargestBudgets()
{
    // Five projects; ids and budgets in different orders, each with money received and spent.
    const qint64 givenBudgets[] = {300, 900, 100, 700, 500};
    for (qint64 budget : givenBudgets) {
        const qint64 project = addProject(QStringLiteral("Budget %1").arg(budget));
        addLine(project, QStringLiteral("original_budget"), budget, QStringLiteral("USD"),
                QStringLiteral("2016"));
        addLine(project, QStringLiteral("incoming_funds"), budget / 2, QStringLiteral("USD"),
                QStringLiteral("2016-06-01"));
        addLine(project, QStringLiteral("expenditure"), budget / 4, QStringLiteral("USD"),
                QStringLiteral("2016-12-01"));
    }
    FundingAggregator all(*m_store);
    const FundingFigures everything = all.deliveryByProject({}, QStringLiteral("USD"));
    QMap<QString, double> budgets;
    for (const FundingBar &bar : everything.bars)
        if (bar.seriesKey == QLatin1String("budget"))
            budgets[bar.key] += bar.hundredths;
    QVERIFY(budgets.size() > 2);
    QCOMPARE(everything.projectsLeftOut, 0);
    QList<double> largest = budgets.values();
    std::sort(largest.begin(), largest.end(), std::greater<>());

    FundingAggregator limited(*m_store);
    limited.setDeliveryLimit(2);
    const FundingFigures two = limited.deliveryByProject({}, QStringLiteral("USD"));
    QMap<QString, double> kept;
    for (const FundingBar &bar : two.bars) {
        if (bar.seriesKey == QLatin1String("budget"))
            kept[bar.key] += bar.hundredths;
        // Every series of a kept project is there, with the same amount as without a limit.
        bool same = false;
        for (const FundingBar &full : everything.bars)
            same = same || (full.key == bar.key && full.seriesKey == bar.seriesKey &&
                            full.hundredths == bar.hundredths);
        QVERIFY(same);
    }
    QCOMPARE(kept.size(), 2);
    QList<double> keptBudgets = kept.values();
    std::sort(keptBudgets.begin(), keptBudgets.end(), std::greater<>());
    QCOMPARE(keptBudgets, largest.mid(0, 2));
    QCOMPARE(keptBudgets, (QList<double>{900, 700}));
    QCOMPARE(two.bars.size(), 6);
    QSet<QString> projects;
    for (const FundingBar &bar : everything.bars)
        projects.insert(bar.key);
    QCOMPARE(two.projectsLeftOut, int(projects.size()) - 2);
}

void TestFundingAggregator::deliveryComparesBudgetIncomingAndSpent()
{
    const qint64 project = addProject(QStringLiteral("P"));
    addLine(project, QStringLiteral("original_budget"), 100000, QStringLiteral("USD"),
            QStringLiteral("2016"));
    addLine(project, QStringLiteral("incoming_funds"), 60000, QStringLiteral("USD"),
            QStringLiteral("2016-03-01"));
    addLine(project, QStringLiteral("incoming_funds"), 20000, QStringLiteral("USD"),
            QStringLiteral("2017-03-01"));
    addLine(project, QStringLiteral("expenditure"), 45000, QStringLiteral("USD"),
            QStringLiteral("2017-12-31"));
    addLine(project, QStringLiteral("pledge"), 1, QStringLiteral("USD"), QStringLiteral("2016"));
    const FundingFigures figures =
        FundingAggregator(*m_store).deliveryByProject({}, QStringLiteral("USD"));
    const QString id = QString::number(project);
    QCOMPARE(barsOf(figures), (QStringList{id + QStringLiteral("/budget=100000"),
                                           id + QStringLiteral("/expenditure=45000"),
                                           id + QStringLiteral("/incoming_funds=80000")}));
    QCOMPARE(figures.bars.at(0).label.en, QStringLiteral("P"));
}

void TestFundingAggregator::followsTheFilter()
{
    const qint64 inCambodia = addProject(QStringLiteral("KH"));
    const qint64 inLaos = addProject(QStringLiteral("LA"));
    m_store->run(QStringLiteral("INSERT INTO project_countries (project_id, country_code, "
                                "position) VALUES (?, 'KH', 0), (?, 'LA', 0)"),
                 {inCambodia, inLaos});
    addLine(inCambodia, QStringLiteral("pledge"), 300, QStringLiteral("USD"),
            QStringLiteral("2016"));
    addLine(inLaos, QStringLiteral("pledge"), 400, QStringLiteral("USD"), QStringLiteral("2016"));
    ProjectFilter filter;
    filter.countryCodes = {QStringLiteral("LA")};
    QCOMPARE(barsOf(FundingAggregator(*m_store).byCountry(FundingMeasure::Pledge, filter,
                                                          QStringLiteral("USD"))),
             QStringList{QStringLiteral("LA/=400")});
}

void TestFundingAggregator::sampleTotalsEqualDirectSums()
{
    m_store.reset();
    const QString path = m_folders.filePath(QStringLiteral("sample.sstc"));
    QFile::remove(path);
    m_store = PortfolioOpener::open(path, PortfolioOpener::NewFileContent::Sample);
    // The sample's budgets, in dollars; a yuan pledge without any rate must stay unconverted.
    const QString directBudget = QStringLiteral(
        "SELECT SUM(f.amount_hundredths) FROM funding_lines f WHERE f.kind = 'original_budget' "
        "AND f.currency = 'USD' %1");
    auto direct = [&](const QString &extra, const QVariantList &values = {}) {
        QSqlQuery query = m_store->run(directBudget.arg(extra), values);
        return query.next() ? query.value(0).toLongLong() : -1;
    };
    const qint64 total = direct(QString());
    QVERIFY(total > 0);
    QSqlQuery first = m_store->run(QStringLiteral("SELECT MIN(project_id) FROM funding_lines"));
    QVERIFY(first.next());
    addLine(first.value(0).toLongLong(), QStringLiteral("original_budget"), 123456,
            QStringLiteral("CNY"), QStringLiteral("2019-06-01"));

    FundingAggregator aggregator(*m_store);
    for (FundingBreakdown breakdown : {FundingBreakdown::YearByDonor, FundingBreakdown::Country,
                                       FundingBreakdown::SdgGoal, FundingBreakdown::Theme}) {
        const FundingFigures figures =
            aggregator.figures(breakdown, FundingMeasure::Budget, {}, QStringLiteral("USD"));
        QCOMPARE(qRound64(figures.totalHundredths()), total);
        QCOMPARE(unconvertedOf(figures), QStringList{QStringLiteral("CNY 123456 in 1")});
    }

    ProjectFilter filter;
    filter.countryCodes = {QStringLiteral("KH")};
    const qint64 inCambodia = direct(QStringLiteral("AND f.project_id IN (SELECT project_id FROM "
                                                    "project_countries WHERE country_code = ?)"),
                                     {QStringLiteral("KH")});
    QVERIFY(inCambodia > 0 && inCambodia < total);
    for (FundingBreakdown breakdown : {FundingBreakdown::YearByDonor, FundingBreakdown::Country,
                                       FundingBreakdown::SdgGoal, FundingBreakdown::Theme})
        QCOMPARE(
            qRound64(
                aggregator.figures(breakdown, FundingMeasure::Budget, filter, QStringLiteral("USD"))
                    .totalHundredths()),
            inCambodia);
    // The delivery chart's budgets add up to the same.
    double budgets = 0;
    for (const FundingBar &bar : aggregator.deliveryByProject({}, QStringLiteral("USD")).bars)
        if (bar.seriesKey == QStringLiteral("budget"))
            budgets += bar.hundredths;
    QCOMPARE(qRound64(budgets), total);
}

void TestFundingAggregator::queryIsTheStatementThatRuns()
{
    const qint64 project = addProject(QStringLiteral("P"));
    addLine(project, QStringLiteral("pledge"), 300, QStringLiteral("USD"), QStringLiteral("2016"));
    ProjectFilter filter;
    filter.text = QStringLiteral("P");
    const FundingQuery query = FundingAggregator(*m_store).query(
        FundingBreakdown::Country, FundingMeasure::Pledge, filter, QStringLiteral("USD"));
    QCOMPARE(query.sql.count(QLatin1Char('?')), query.values.size());
    QVERIFY(query.values.contains(QStringLiteral("USD")));
    QSqlQuery rows = m_store->run(query.sql, query.values);
    QVERIFY(rows.next());
    QCOMPARE(rows.value(8).toDouble(), 300.0); // the converted sum
}

void TestFundingAggregator::budgetRuleHasItsIndex()
{
    // The lookup of a project's revised budget seeks the (project_id, kind) index.
    QSqlQuery plan = m_store->run(
        QStringLiteral("EXPLAIN QUERY PLAN SELECT 1 FROM funding_lines rb WHERE rb.project_id = "
                       "? AND rb.kind = ?"),
        {1, QStringLiteral("revised_budget")});
    QStringList details;
    while (plan.next())
        details << plan.value(3).toString();
    QVERIFY2(details.join(QLatin1Char(' ')).contains(QStringLiteral("funding_lines_project_kind")),
             qPrintable(details.join(QLatin1Char(' '))));
}

void TestFundingAggregator::csvImportsGoodFile()
{
    const ExchangeRateCsv::Result result =
        ExchangeRateCsv::parse("\xEF\xBB\xBF"
                               "currency,to_currency,date,rate,source\r\n"
                               "CNY,USD,2019-01-02,0.1456,\"People's Bank of China, daily\"\r\n"
                               "\r\n"
                               "USD,CNY,2020-01-02,6.9762\r\n");
    QCOMPARE(result.errors, QStringList());
    QCOMPARE(result.rates.size(), 2);
    QCOMPARE(result.rates.at(0).source, QStringLiteral("People's Bank of China, daily"));
    QCOMPARE(result.rates.at(1).rate, 6.9762);
    QCOMPARE(result.rates.at(1).date, QDate(2020, 1, 2));
    // Written back, it reads the same.
    QCOMPARE(ExchangeRateCsv::parse(ExchangeRateCsv::write(result.rates)).rates.at(0).source,
             result.rates.at(0).source);
}

void TestFundingAggregator::csvWithABrokenLineImportsNothing_data()
{
    QTest::addColumn<QByteArray>("badLine");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown currency")
        << QByteArray("CNX,USD,2019-02-01,0.15,x") << QStringLiteral("Line 3: “CNX” is not");
    QTest::newRow("negative rate") << QByteArray("CNY,USD,2019-02-01,-0.15,x")
                                   << QStringLiteral("Line 3: The rate must be a number above");
    QTest::newRow("not a number") << QByteArray("CNY,USD,2019-02-01,abc,x")
                                  << QStringLiteral("Line 3: The rate must be a number above");
    QTest::newRow("bad date") << QByteArray("CNY,USD,2019-02-30,0.15,x")
                              << QStringLiteral("Line 3: The date must be");
    QTest::newRow("missing field")
        << QByteArray("CNY,USD,0.15") << QStringLiteral("Line 3: expected 4 or 5 fields");
    QTest::newRow("open quote") << QByteArray("CNY,USD,2019-02-01,0.15,\"x")
                                << QStringLiteral("Line 3: a quote");
    QTest::newRow("same day twice")
        << QByteArray("CNY,USD,2019-01-02,0.15,x") << QStringLiteral("Line 3: a second CNY");
}

void TestFundingAggregator::csvWithABrokenLineImportsNothing()
{
    QFETCH(QByteArray, badLine);
    QFETCH(QString, message);
    const ExchangeRateCsv::Result result =
        ExchangeRateCsv::parse("currency,to_currency,date,rate,source\n"
                               "CNY,USD,2019-01-02,0.1456,PBC\n" +
                               badLine + "\nCNY,USD,2019-03-01,0.1490,PBC\n");
    QCOMPARE(result.rates.size(), 0);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.at(0).startsWith(message), qPrintable(result.errors.at(0)));
    const ExchangeRateCsv::Result noHeader = ExchangeRateCsv::parse("CNY,USD,2019-01-02,0.1,x\n");
    QVERIFY(noHeader.rates.isEmpty());
    QVERIFY(noHeader.errors.at(0).startsWith(QStringLiteral("Line 1:")));
}

QTEST_GUILESS_MAIN(TestFundingAggregator)
#include "tst_fundingaggregator.moc"
