#include "tests/support/FakeClock.h"

#include "models/domain/Clock.h"

FakeClock::FakeClock(const QDate &today)
    : m_before(sstc::Clock::fix(QDateTime(today, QTime(12, 0))))
{}

FakeClock::~FakeClock()
{
    sstc::Clock::fix(m_before);
}

void FakeClock::setToday(const QDate &today)
{
    sstc::Clock::fix(QDateTime(today, QTime(12, 0)));
}
