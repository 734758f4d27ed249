// TimeScale: days to pixels and back at the year, quarter and month scales, the divisions of
// the axis, and their labels in English and Chinese.
#include "ui/timeline/TimeScale.h"

#include <QtTest>

using namespace sstc;

class TestTimeScale : public QObject
{
    Q_OBJECT

private slots:
    void mapsDatesToPixels_data();
    void mapsDatesToPixels();
    void choosesTheUnitByZoom_data();
    void choosesTheUnitByZoom();
    void clampsTheZoom();
    void fitsARange();
    void ticksCoverTheRange();
    void labelsOnlyEveryNthYearWhenNarrow();
    void labels_data();
    void labels();
};

void TestTimeScale::mapsDatesToPixels_data()
{
    QTest::addColumn<double>("pixelsPerDay");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<double>("x");
    // Origin 1 Jan 2016; 2016 is a leap year.
    QTest::newRow("years: origin") << 0.1 << QDate(2016, 1, 1) << 0.0;
    QTest::newRow("years: next year") << 0.1 << QDate(2017, 1, 1) << 36.6;
    QTest::newRow("years: before origin") << 0.1 << QDate(2015, 1, 1) << -36.5;
    QTest::newRow("quarters: Q3") << 1.2 << QDate(2016, 7, 1) << 182 * 1.2;
    QTest::newRow("months: 6 Sep") << 3.0 << QDate(2016, 9, 6) << (244 + 5) * 3.0;
}

void TestTimeScale::mapsDatesToPixels()
{
    QFETCH(double, pixelsPerDay);
    QFETCH(QDate, day);
    QFETCH(double, x);
    const TimeScale scale(QDate(2016, 1, 1), pixelsPerDay);
    QCOMPARE(scale.x(day), x);
    QCOMPARE(scale.endX(day), x + pixelsPerDay);
    // Back again: the pixel at the day's left edge, and one just before its right edge.
    QCOMPARE(scale.dateAt(x), day);
    QCOMPARE(scale.dateAt(x + pixelsPerDay * 0.99), day);
    QCOMPARE(scale.dateAt(x - pixelsPerDay * 0.01), day.addDays(-1));
}

void TestTimeScale::choosesTheUnitByZoom_data()
{
    QTest::addColumn<double>("pixelsPerDay");
    QTest::addColumn<int>("unit");
    QTest::newRow("decades") << 0.05 << int(TimeScale::Unit::Year);
    QTest::newRow("years") << 0.5 << int(TimeScale::Unit::Year);
    QTest::newRow("quarters") << 1.2 << int(TimeScale::Unit::Quarter);
    QTest::newRow("months") << 2.5 << int(TimeScale::Unit::Month);
    QTest::newRow("close months") << 10.0 << int(TimeScale::Unit::Month);
}

void TestTimeScale::choosesTheUnitByZoom()
{
    QFETCH(double, pixelsPerDay);
    QFETCH(int, unit);
    QCOMPARE(int(TimeScale(QDate(2000, 1, 1), pixelsPerDay).unit()), unit);
}

void TestTimeScale::clampsTheZoom()
{
    TimeScale scale(QDate(2000, 1, 1), 1000);
    QCOMPARE(scale.pixelsPerDay(), TimeScale::maxPixelsPerDay);
    scale.setPixelsPerDay(0);
    QCOMPARE(scale.pixelsPerDay(), TimeScale::minPixelsPerDay);
}

void TestTimeScale::fitsARange()
{
    // 2013–2026 is 14 whole years, from 1 January 2013 to 1 January 2027.
    const TimeScale scale = TimeScale::fitting(QDate(2013, 3, 1), QDate(2026, 12, 31), 1000);
    QCOMPARE(scale.origin(), QDate(2013, 1, 1));
    QCOMPARE(scale.x(QDate(2027, 1, 1)), 1000.0);
    QCOMPARE(int(scale.unit()), int(TimeScale::Unit::Year));
}

void TestTimeScale::ticksCoverTheRange()
{
    // Months of 2016, from the middle of January to the middle of March.
    const TimeScale scale(QDate(2016, 1, 1), 3.0);
    const QList<TimeScale::Tick> ticks =
        scale.ticks(scale.x(QDate(2016, 1, 15)), scale.x(QDate(2016, 3, 15)));
    QCOMPARE(ticks.size(), 3);
    QCOMPARE(ticks.at(0).start, QDate(2016, 1, 1));
    QCOMPARE(ticks.at(1).start, QDate(2016, 2, 1));
    QCOMPARE(ticks.at(1).x, 31 * 3.0);
    QCOMPARE(ticks.at(1).width, 29 * 3.0); // February of a leap year
    QCOMPARE(ticks.at(2).start, QDate(2016, 3, 1));

    const TimeScale quarters(QDate(2016, 1, 1), 1.2);
    const QList<TimeScale::Tick> quarterTicks =
        quarters.ticks(quarters.x(QDate(2016, 8, 1)), quarters.x(QDate(2017, 2, 1)));
    QCOMPARE(quarterTicks.size(), 3);
    QCOMPARE(quarterTicks.first().start, QDate(2016, 7, 1));
    QCOMPARE(quarterTicks.last().start, QDate(2017, 1, 1));
    QVERIFY(scale.ticks(10, 10).isEmpty());
}

void TestTimeScale::labelsOnlyEveryNthYearWhenNarrow()
{
    // 0.05 px a day is 18 px a year: too narrow for "2016", so every 5th year is labelled.
    const TimeScale scale(QDate(2000, 1, 1), 0.05);
    const QList<TimeScale::Tick> ticks = scale.ticks(0, scale.x(QDate(2020, 1, 1)));
    QCOMPARE(ticks.size(), 20);
    for (const TimeScale::Tick &tick : ticks)
        QCOMPARE(tick.labelled, tick.start.year() % 5 == 0);
    for (const TimeScale::Tick &tick : TimeScale(QDate(2000, 1, 1), 0.2).ticks(0, 500))
        QVERIFY(tick.labelled);
}

void TestTimeScale::labels_data()
{
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("chinese");
    QTest::newRow("year") << int(TimeScale::Unit::Year) << QStringLiteral("2016")
                          << QStringLiteral("2016年");
    QTest::newRow("quarter") << int(TimeScale::Unit::Quarter) << QStringLiteral("Q3 2016")
                             << QStringLiteral("2016年第3季度");
    QTest::newRow("month") << int(TimeScale::Unit::Month) << QStringLiteral("Sep 2016")
                           << QStringLiteral("2016年9月");
}

void TestTimeScale::labels()
{
    QFETCH(int, unit);
    QFETCH(QString, english);
    QFETCH(QString, chinese);
    const QDate start = TimeScale::startOfUnit(QDate(2016, 9, 6), TimeScale::Unit(unit));
    QCOMPARE(TimeScale::label(start, TimeScale::Unit(unit), Language::English), english);
    QCOMPARE(TimeScale::label(start, TimeScale::Unit(unit), Language::Chinese), chinese);
}

QTEST_GUILESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"
