#pragma once

#include <QDate>
#include <QDateTime>

namespace sstc {

// The day and the moment the app takes for now. Everything that asks for today asks here, so
// that a test can fix the date (tests/support/FakeClock) and expiry reminders, agreement
// statuses, the timeline's today line and a report's issue date do not depend on the day the
// test runs.
class Clock
{
public:
    static QDate today();
    static QDateTime now();

    // Makes `moment` stand for now until it is replaced; an invalid moment gives the real clock
    // back. Returns the moment fixed before, so that the caller can restore it. Meant for tests,
    // set before any thread asks.
    static QDateTime fix(const QDateTime &moment);
};

} // namespace sstc
