// PartialDate: a date known to the year, the month or the day.
#include "models/domain/PartialDate.h"

#include <QtTest>

using sstc::PartialDate;
using Precision = sstc::PartialDate::Precision;

Q_DECLARE_METATYPE(sstc::PartialDate::Precision)

class TestPartialDate : public QObject
{
    Q_OBJECT

private slots:
    void parsesEachPrecision_data();
    void parsesEachPrecision();
    void rejectsInvalidText_data();
    void rejectsInvalidText();
    void nullDate();
    void factories();
    void firstAndLastDay_data();
    void firstAndLastDay();
    void equality();
    void isoTextSortsInDateOrder();
    void isBeforeAtMixedPrecision_data();
    void isBeforeAtMixedPrecision();
};

void TestPartialDate::parsesEachPrecision_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QString>("iso");

    QTest::newRow("year") << "2019" << Precision::Year << QDate(2019, 1, 1) << "2019";
    QTest::newRow("month") << "2023-12" << Precision::Month << QDate(2023, 12, 1) << "2023-12";
    QTest::newRow("day") << "2016-09-06" << Precision::Day << QDate(2016, 9, 6) << "2016-09-06";
    QTest::newRow("surrounding spaces") << "  2016-09-06\n"
                                        << Precision::Day << QDate(2016, 9, 6) << "2016-09-06";
    QTest::newRow("leap day") << "2020-02-29" << Precision::Day << QDate(2020, 2, 29)
                              << "2020-02-29";
    QTest::newRow("old year") << "1919" << Precision::Year << QDate(1919, 1, 1) << "1919";
}

void TestPartialDate::parsesEachPrecision()
{
    QFETCH(QString, text);
    QFETCH(Precision, precision);
    QFETCH(QDate, first);
    QFETCH(QString, iso);

    const PartialDate date = PartialDate::fromIso(text);
    QVERIFY(!date.isNull());
    QCOMPARE(date.precision(), precision);
    QCOMPARE(date.firstDay(), first);
    QCOMPARE(date.toIso(), iso);
    // The printed text parses back to the same date.
    QCOMPARE(PartialDate::fromIso(date.toIso()), date);
}

void TestPartialDate::rejectsInvalidText_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("two-digit year") << "19";
    QTest::newRow("five-digit year") << "20190";
    QTest::newRow("month 13") << "2019-13";
    QTest::newRow("month 0") << "2019-00";
    QTest::newRow("one-digit month") << "2019-1";
    QTest::newRow("31 April") << "2019-04-31";
    QTest::newRow("29 Feb of a common year") << "2019-02-29";
    QTest::newRow("day 0") << "2019-04-00";
    QTest::newRow("slashes") << "2019/04/01";
    QTest::newRow("day first") << "06-09-2016";
    QTest::newRow("words") << "September 2016";
    QTest::newRow("trailing text") << "2016-09-06T10:00";
    QTest::newRow("year 0") << "0000";
}

void TestPartialDate::rejectsInvalidText()
{
    QFETCH(QString, text);
    const PartialDate date = PartialDate::fromIso(text);
    QVERIFY2(date.isNull(), qPrintable(QStringLiteral("parsed as %1").arg(date.toIso())));
    QCOMPARE(date.precision(), Precision::None);
    QCOMPARE(date.toIso(), QString());
    QVERIFY(!date.firstDay().isValid());
    QVERIFY(!date.lastDay().isValid());
}

void TestPartialDate::nullDate()
{
    const PartialDate date;
    QVERIFY(date.isNull());
    QCOMPARE(date.toIso(), QString());
    QCOMPARE(date, PartialDate::fromIso(QString()));
}

void TestPartialDate::factories()
{
    QCOMPARE(PartialDate::year(2019), PartialDate::fromIso(QStringLiteral("2019")));
    QCOMPARE(PartialDate::month(2023, 12), PartialDate::fromIso(QStringLiteral("2023-12")));
    QCOMPARE(PartialDate::day(QDate(2016, 9, 6)),
             PartialDate::fromIso(QStringLiteral("2016-09-06")));
    QVERIFY(PartialDate::month(2023, 13).isNull());
    QVERIFY(PartialDate::day(QDate()).isNull());
    QVERIFY(PartialDate::day(QDate(2019, 2, 29)).isNull());
}

void TestPartialDate::firstAndLastDay_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    QTest::newRow("year") << "2019" << QDate(2019, 1, 1) << QDate(2019, 12, 31);
    QTest::newRow("31-day month") << "2023-12" << QDate(2023, 12, 1) << QDate(2023, 12, 31);
    QTest::newRow("30-day month") << "2019-04" << QDate(2019, 4, 1) << QDate(2019, 4, 30);
    QTest::newRow("February, leap year") << "2020-02" << QDate(2020, 2, 1) << QDate(2020, 2, 29);
    QTest::newRow("February, common year") << "2019-02" << QDate(2019, 2, 1) << QDate(2019, 2, 28);
    QTest::newRow("day") << "2016-09-06" << QDate(2016, 9, 6) << QDate(2016, 9, 6);
}

void TestPartialDate::firstAndLastDay()
{
    QFETCH(QString, text);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const PartialDate date = PartialDate::fromIso(text);
    QCOMPARE(date.firstDay(), first);
    QCOMPARE(date.lastDay(), last);
}

void TestPartialDate::equality()
{
    // Same first day, different precision: not the same fact.
    QVERIFY(PartialDate::year(2019) != PartialDate::month(2019, 1));
    QVERIFY(PartialDate::month(2019, 1) != PartialDate::day(QDate(2019, 1, 1)));
    QVERIFY(PartialDate::year(2019) != PartialDate());
    QVERIFY(PartialDate::year(2019) == PartialDate::year(2019));
}

void TestPartialDate::isoTextSortsInDateOrder()
{
    QStringList texts = {QStringLiteral("2016-09-06"), QStringLiteral("2016"),
                         QStringLiteral("2023-12"), QStringLiteral("2001"),
                         QStringLiteral("2016-09")};
    texts.sort();
    QCOMPARE(texts,
             QStringList({QStringLiteral("2001"), QStringLiteral("2016"), QStringLiteral("2016-09"),
                          QStringLiteral("2016-09-06"), QStringLiteral("2023-12")}));
}

void TestPartialDate::isBeforeAtMixedPrecision_data()
{
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("start");
    QTest::addColumn<bool>("before");

    QTest::newRow("same day") << "2016-09-06"
                              << "2016-09-06" << false;
    QTest::newRow("day before day") << "2016-09-05"
                                    << "2016-09-06" << true;
    QTest::newRow("day after day") << "2016-09-08"
                                   << "2016-09-06" << false;
    QTest::newRow("year ends before next year") << "2015"
                                                << "2016" << true;
    QTest::newRow("same year") << "2018"
                               << "2018" << false;
    QTest::newRow("year around a later month") << "2016"
                                               << "2016-09" << false;
    QTest::newRow("month inside the start year") << "2016-03"
                                                 << "2016" << false;
    QTest::newRow("month before a day") << "2016-08"
                                        << "2016-09-01" << true;
    QTest::newRow("month containing the day") << "2016-09"
                                              << "2016-09-30" << false;
    QTest::newRow("day before a month") << "2016-08-31"
                                        << "2016-09" << true;
    QTest::newRow("last day of year before next year") << "2015-12-31"
                                                       << "2016" << true;
    QTest::newRow("year before a day") << "2015"
                                       << "2016-01-01" << true;
    QTest::newRow("no end") << ""
                            << "2016" << false;
    QTest::newRow("no start") << "2016"
                              << "" << false;
    QTest::newRow("neither") << ""
                             << "" << false;
}

void TestPartialDate::isBeforeAtMixedPrecision()
{
    QFETCH(QString, end);
    QFETCH(QString, start);
    QFETCH(bool, before);
    QCOMPARE(sstc::isBefore(PartialDate::fromIso(end), PartialDate::fromIso(start)), before);
}

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
