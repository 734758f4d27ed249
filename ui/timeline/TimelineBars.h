#pragma once

#include <QDate>
#include <QModelIndex>

namespace sstc {

// The spans one project row draws, completed from its roles: a start without an end stands
// for its own period; a running project's actual bar reaches today. Reversed dates are put
// in order and flagged, so that they are drawn as a warning.
struct TimelineBars
{
    QDate plannedFirst;
    QDate plannedLast;
    QDate actualFirst;
    QDate actualLast;
    bool warning = false;

    bool hasPlanned() const { return plannedFirst.isValid(); }
    bool hasActual() const { return actualFirst.isValid(); }

    static TimelineBars of(const QModelIndex &projectIndex, const QDate &today);
};

} // namespace sstc
