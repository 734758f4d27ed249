// What share of its budget a project has spent, as the dashboard's delivery chart and the donor
// report both print it: to one decimal, and nothing (a dash, "no budget") without a budget.
#include "models/funding/DeliveryRate.h"
#include "models/report/ReportWords.h"

#include <QtTest>

using namespace sstc;

class TestDeliveryRate : public QObject
{
    Q_OBJECT

private slots:
    void percent_data();
    void percent();
    void theReportPrintsIt();
};

void TestDeliveryRate::percent_data()
{
    QTest::addColumn<double>("spent");
    QTest::addColumn<double>("budget");
    QTest::addColumn<double>("percent"); // -1: none
    QTest::newRow("a third") << 1.0 << 3.0 << 33.3;
    QTest::newRow("two thirds rounds up") << 2.0 << 3.0 << 66.7;
    QTest::newRow("a half up at the second decimal") << 8125.0 << 10000.0 << 81.3;
    QTest::newRow("nothing spent") << 0.0 << 500.0 << 0.0;
    QTest::newRow("overspent") << 150000.0 << 100000.0 << 150.0;
    QTest::newRow("converted amounts are not whole") << 1234.56 << 9876.54 << 12.5;
    QTest::newRow("no budget") << 100.0 << 0.0 << -1.0;
    QTest::newRow("a negative budget") << 100.0 << -10.0 << -1.0;
}

void TestDeliveryRate::percent()
{
    QFETCH(double, spent);
    QFETCH(double, budget);
    QFETCH(double, percent);
    const std::optional<double> rate = DeliveryRate::percent(spent, budget);
    QCOMPARE(rate.has_value(), percent >= 0);
    if (rate)
        QCOMPARE(*rate, percent);
}

void TestDeliveryRate::theReportPrintsIt()
{
    QCOMPARE(ReportWords::rate(8125, 10000, Language::English), QStringLiteral("81.3%"));
    QCOMPARE(ReportWords::rate(0, 10000, Language::English), QStringLiteral("0%"));
    QCOMPARE(ReportWords::rate(5, 0, Language::English), ReportWords::dash());
    QCOMPARE(ReportWords::rate(std::nullopt, 10000, Language::English), ReportWords::dash());
    QCOMPARE(ReportWords::rate(5, std::nullopt, Language::English), ReportWords::dash());
}

QTEST_GUILESS_MAIN(TestDeliveryRate)
#include "tst_deliveryrate.moc"
