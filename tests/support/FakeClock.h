#pragma once

#include <QDate>
#include <QDateTime>

// Fixes the app's today (sstc::Clock) for as long as it lives, then gives the clock back as it
// was, so that a test asserts what the user sees on a known day, whatever day it runs.
class FakeClock
{
public:
    // Noon of the day: far from midnight in every time zone the test may run in.
    explicit FakeClock(const QDate &today);
    ~FakeClock();
    FakeClock(const FakeClock &) = delete;
    FakeClock &operator=(const FakeClock &) = delete;

    // Moves the fixed day on, as if the app stayed open until then.
    void setToday(const QDate &today);

private:
    QDateTime m_before;
};
