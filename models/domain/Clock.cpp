#include "models/domain/Clock.h"

namespace sstc {

namespace {
QDateTime &fixedMoment()
{
    static QDateTime moment;
    return moment;
}
} // namespace

QDate Clock::today()
{
    return now().date();
}

QDateTime Clock::now()
{
    const QDateTime &fixed = fixedMoment();
    return fixed.isValid() ? fixed : QDateTime::currentDateTime();
}

QDateTime Clock::fix(const QDateTime &moment)
{
    const QDateTime before = fixedMoment();
    fixedMoment() = moment;
    return before;
}

} // namespace sstc
