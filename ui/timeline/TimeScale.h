#pragma once

#include "models/domain/Language.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sstc {

// Maps days to horizontal pixels and back, and divides the axis into years, quarters or
// months for the scale header. Pure arithmetic: no painting, no widgets.
class TimeScale
{
public:
    enum class Unit
    {
        Year,
        Quarter,
        Month
    };

    // One division of the axis: a year, a quarter or a month.
    struct Tick
    {
        QDate start;
        double x = 0;     // left edge
        double width = 0; // to the next tick
        bool labelled = true;
    };

    // From decades (a century in about 700 px) to months (a month in about 360 px).
    static constexpr double minPixelsPerDay = 0.02;
    static constexpr double maxPixelsPerDay = 12.0;

    TimeScale() = default;
    TimeScale(const QDate &origin, double pixelsPerDay);
    // A scale on which [first, last] fills `width`, starting at 1 January of the first year.
    static TimeScale fitting(const QDate &first, const QDate &last, double width);

    QDate origin() const { return m_origin; }
    void setOrigin(const QDate &origin) { m_origin = origin; }
    double pixelsPerDay() const { return m_pixelsPerDay; }
    void setPixelsPerDay(double pixelsPerDay); // clamped to the limits above

    // The left edge of a day, and its right edge (the left edge of the next day).
    double x(const QDate &day) const;
    double endX(const QDate &day) const { return x(day) + m_pixelsPerDay; }
    // The day under a pixel.
    QDate dateAt(double x) const;

    // The finest unit whose labels still fit their width.
    Unit unit() const;
    // The divisions overlapping [fromX, toX); at the year scale only every n-th year is
    // labelled when years are too narrow for their label.
    QList<Tick> ticks(double fromX, double toX) const;

    static QDate startOfUnit(const QDate &day, Unit unit);
    static QDate nextUnit(const QDate &start, Unit unit);
    // "2016" / "2016年", "Q3 2016" / "2016年第3季度", "Sep 2016" / "2016年9月".
    static QString label(const QDate &start, Unit unit, Language language);

private:
    int yearLabelStep() const;

    QDate m_origin = QDate(2000, 1, 1);
    double m_pixelsPerDay = 0.2;
};

} // namespace sstc
