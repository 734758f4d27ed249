#include "ui/timeline/TimeScale.h"

#include "models/domain/Clock.h"
#include "models/domain/PartialDate.h"
#include "models/text/Formats.h"

#include <QtMath>

namespace sstc {

namespace {
// The narrowest a division may be for its label: the longest labels are "2016年第3季度" and
// "Sep 2016" at a normal interface font.
constexpr double minMonthWidth = 72;
constexpr double minQuarterWidth = 100;
constexpr double minYearWidth = 44;
constexpr double daysPerMonth = 365.25 / 12;
constexpr double daysPerQuarter = 365.25 / 4;
constexpr double daysPerYear = 365.25;
} // namespace

TimeScale::TimeScale(const QDate &origin, double pixelsPerDay)
    : m_origin(origin)
{
    setPixelsPerDay(pixelsPerDay);
}

TimeScale TimeScale::fitting(const QDate &first, const QDate &last, double width)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return TimeScale(QDate(Clock::today().year(), 1, 1), 0.2);
    const QDate origin(first.year(), 1, 1);
    const QDate end(last.year() + 1, 1, 1);
    return TimeScale(origin, qMax(width, 1.0) / double(origin.daysTo(end)));
}

void TimeScale::setPixelsPerDay(double pixelsPerDay)
{
    m_pixelsPerDay = qBound(minPixelsPerDay, pixelsPerDay, maxPixelsPerDay);
}

double TimeScale::x(const QDate &day) const
{
    return double(m_origin.daysTo(day)) * m_pixelsPerDay;
}

QDate TimeScale::dateAt(double x) const
{
    return m_origin.addDays(qint64(qFloor(x / m_pixelsPerDay)));
}

TimeScale::Unit TimeScale::unit() const
{
    if (m_pixelsPerDay * daysPerMonth >= minMonthWidth)
        return Unit::Month;
    if (m_pixelsPerDay * daysPerQuarter >= minQuarterWidth)
        return Unit::Quarter;
    return Unit::Year;
}

int TimeScale::yearLabelStep() const
{
    for (int step : {1, 2, 5, 10, 20, 50})
        if (step * daysPerYear * m_pixelsPerDay >= minYearWidth)
            return step;
    return 100;
}

QList<TimeScale::Tick> TimeScale::ticks(double fromX, double toX) const
{
    QList<Tick> result;
    if (toX <= fromX)
        return result;
    const Unit divisions = unit();
    const int step = divisions == Unit::Year ? yearLabelStep() : 1;
    for (QDate start = startOfUnit(dateAt(fromX), divisions); x(start) < toX;
         start = nextUnit(start, divisions)) {
        const QDate next = nextUnit(start, divisions);
        result.append({start, x(start), x(next) - x(start), start.year() % step == 0});
    }
    return result;
}

QDate TimeScale::startOfUnit(const QDate &day, Unit unit)
{
    switch (unit) {
    case Unit::Year:
        return QDate(day.year(), 1, 1);
    case Unit::Quarter:
        return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    case Unit::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QDate TimeScale::nextUnit(const QDate &start, Unit unit)
{
    switch (unit) {
    case Unit::Year:
        return start.addYears(1);
    case Unit::Quarter:
        return start.addMonths(3);
    case Unit::Month:
        return start.addMonths(1);
    }
    return start.addDays(1);
}

QString TimeScale::label(const QDate &start, Unit unit, Language language)
{
    const bool chinese = language == Language::Chinese;
    switch (unit) {
    case Unit::Year:
        return Formats::date(PartialDate::year(start.year()), language);
    case Unit::Quarter: {
        const int quarter = (start.month() - 1) / 3 + 1;
        // Like Formats, in the language asked for, so that an export can differ from the UI.
        return chinese ? QStringLiteral("%1年第%2季度").arg(start.year()).arg(quarter)
                       : QStringLiteral("Q%1 %2").arg(quarter).arg(start.year());
    }
    case Unit::Month:
        return Formats::date(PartialDate::month(start.year(), start.month()), language);
    }
    return {};
}

} // namespace sstc
