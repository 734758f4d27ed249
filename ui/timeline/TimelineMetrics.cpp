#include "ui/timeline/TimelineMetrics.h"

#include <QFontMetricsF>
#include <QtMath>

namespace sstc {

TimelineMetrics TimelineMetrics::forFont(const QFont &font, QPaintDevice *device, double titleWidth)
{
    const QFontMetricsF fontMetrics(font, device);
    TimelineMetrics metrics;
    metrics.font = font;
    metrics.rowHeight = qCeil(fontMetrics.height() * 1.7);
    metrics.laneHeight = qCeil(fontMetrics.height() + 4);
    metrics.scaleHeight = qCeil(fontMetrics.height() + 8);
    metrics.titleWidth = titleWidth;
    return metrics;
}

void TimelineFrame::showVisibleRows(const TimelineMetrics &metrics, int rowCount)
{
    const double rowsHeight = rect.height() - metrics.headerHeight();
    firstRow = qMax(0, int(scrollY / metrics.rowHeight));
    lastRow = qMin(rowCount - 1, int((scrollY + qMax(0.0, rowsHeight)) / metrics.rowHeight));
}

} // namespace sstc
