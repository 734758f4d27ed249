// The app's clock: the real day unless a test fixes one, and FakeClock gives back what was
// there before it, even when guards nest.
#include "tests/support/FakeClock.h"

#include "models/domain/Clock.h"

#include <QtTest>

using namespace sstc;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void followsTheRealClock();
    void fakeClockFixesTheDayAndRestoresIt();
};

void TestClock::followsTheRealClock()
{
    const QDateTime before = QDateTime::currentDateTime();
    const QDateTime now = Clock::now();
    const QDateTime after = QDateTime::currentDateTime();
    QVERIFY(before <= now && now <= after);
    QVERIFY(Clock::today() == before.date() || Clock::today() == after.date());
}

void TestClock::fakeClockFixesTheDayAndRestoresIt()
{
    const QDate realDay = QDate::currentDate();
    {
        FakeClock outer(QDate(2015, 11, 1));
        QCOMPARE(Clock::today(), QDate(2015, 11, 1));
        QCOMPARE(Clock::now(), QDateTime(QDate(2015, 11, 1), QTime(12, 0)));
        {
            FakeClock inner(QDate(2024, 6, 15));
            QCOMPARE(Clock::today(), QDate(2024, 6, 15));
            inner.setToday(QDate(2024, 6, 16));
            QCOMPARE(Clock::today(), QDate(2024, 6, 16));
        }
        QCOMPARE(Clock::today(), QDate(2015, 11, 1));
    }
    // The real clock again (allowing for midnight passing during the test).
    QVERIFY(Clock::today() == realDay || Clock::today() == QDate::currentDate());
    QVERIFY(qAbs(Clock::now().secsTo(QDateTime::currentDateTime())) < 5);
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
