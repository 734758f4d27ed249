#include "ui/timeline/TimelineBars.h"

#include "models/domain/Project.h"
#include "models/itemmodels/ItemRoles.h"

#include <utility>

namespace sstc {

namespace {
// Fills in a missing end of a span and orders it; returns true when it was reversed.
bool complete(QDate &first, QDate &last)
{
    if (!first.isValid())
        first = last;
    if (!last.isValid())
        last = first;
    if (first.isValid() && last < first) {
        std::swap(first, last);
        return true;
    }
    return false;
}
} // namespace

TimelineBars TimelineBars::of(const QModelIndex &index, const QDate &today)
{
    TimelineBars bars;
    bars.plannedFirst = index.data(PlannedStartRole).toDate();
    bars.plannedLast = index.data(PlannedEndRole).toDate();
    bars.actualFirst = index.data(ActualStartRole).toDate();
    bars.actualLast = index.data(ActualEndRole).toDate();
    const QVariant status = index.data(StatusRole);
    const bool running =
        !status.isNull() && (status.toInt() == int(ProjectStatus::Implementation) ||
                             status.toInt() == int(ProjectStatus::Finalisation));
    if (running && bars.actualFirst.isValid() && !bars.actualLast.isValid() &&
        today > bars.actualFirst)
        bars.actualLast = today;
    const bool plannedReversed = complete(bars.plannedFirst, bars.plannedLast);
    const bool actualReversed = complete(bars.actualFirst, bars.actualLast);
    bars.warning = plannedReversed || actualReversed || index.data(DateWarningRole).toBool();
    return bars;
}

} // namespace sstc
