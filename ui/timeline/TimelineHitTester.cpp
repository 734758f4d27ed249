#include "ui/timeline/TimelineHitTester.h"

#include "models/itemmodels/TimelineModel.h"
#include "ui/timeline/TimelineBars.h"
#include "ui/timeline/TimelineGeometry.h"

#include <QFontMetricsF>

namespace sstc {

namespace {
constexpr double lineSlop = 3; // a one-pixel line is hard to hit exactly
} // namespace

TimelineHitTester::TimelineHitTester(const TimelineModel &model, const TimeScale &scale,
                                     const TimelineMetrics &metrics)
    : m_model(model)
    , m_scale(scale)
    , m_metrics(metrics)
{}

TimelineHit TimelineHitTester::hit(const QPointF &point, const TimelineFrame &frame) const
{
    TimelineHit result;
    if (!frame.rect.contains(point))
        return result;
    const TimelineGeometry geometry(m_scale, m_metrics, frame);
    const bool inChart = point.x() >= geometry.chartLeft();

    if (inChart) {
        const QList<TimelineMarkerGroup> groups = geometry.markerGroups(
            m_model.agreements(), m_model.language(), QFontMetricsF(m_metrics.font));
        const bool inHeader = point.y() < geometry.headerRect().bottom();
        for (const TimelineMarkerGroup &group : groups) {
            const bool onLabel = !group.label.isEmpty() && group.labelRect.contains(point);
            const bool onLine = qAbs(point.x() - group.x) <= lineSlop &&
                                point.y() >= geometry.laneRect(group.lane).top();
            if (inHeader && (onLabel || onLine)) {
                result.kind = TimelineHit::Kind::Agreement;
                result.agreements = group.agreements;
                return result;
            }
        }
        if (inHeader)
            return result;
    }

    const int row = geometry.rowAt(point.y(), m_model.rowCount());
    if (row < 0 || row < frame.firstRow || row > frame.lastRow)
        return result;
    const QModelIndex index = m_model.index(row, 0);
    result.row = row;
    result.projectId = m_model.projectIdAt(row);
    result.index = index;
    result.kind = TimelineHit::Kind::Row;
    if (!inChart || index.data(UndatedRole).toBool())
        return result;

    for (int i = m_model.rowCount(index) - 1; i >= 0; --i) {
        const QModelIndex event = m_model.index(i, 0, index);
        const QDate day = event.data(MarkerDateRole).toDate();
        if (!day.isValid())
            continue;
        // The diamond's own shape: |dx| + |dy| within half its diagonal.
        const QRectF rect = geometry.diamondRect(row, day);
        const QPointF offset = point - rect.center();
        if (qAbs(offset.x()) + qAbs(offset.y()) <= rect.width() / 2 + 1) {
            result.kind = TimelineHit::Kind::Event;
            result.index = event;
            return result;
        }
    }

    const TimelineBars bars = TimelineBars::of(index, m_today);
    if ((bars.hasPlanned() &&
         geometry.plannedRect(row, bars.plannedFirst, bars.plannedLast).contains(point)) ||
        (bars.hasActual() &&
         geometry.plannedRect(row, bars.actualFirst, bars.actualLast).contains(point))) {
        result.kind = TimelineHit::Kind::Bar;
        return result;
    }

    for (int i = 0; i < m_model.agreements().size(); ++i) {
        const QDate day = middleDay(m_model.agreements().at(i).signedOn);
        const double x = (geometry.xOf(day) + geometry.endXOf(day)) / 2;
        if (qAbs(point.x() - x) <= lineSlop) {
            result.kind = TimelineHit::Kind::Agreement;
            result.agreements << i;
        }
    }
    return result;
}

} // namespace sstc
