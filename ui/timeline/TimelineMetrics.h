#pragma once

#include <QFont>
#include <QRectF>

class QPaintDevice;

namespace sstc {

// The sizes of the timeline's parts, derived from the font so that the screen, a PNG and a
// PDF page all keep their text inside its row.
struct TimelineMetrics
{
    double rowHeight = 24;
    double titleWidth = 280; // the project titles beside the chart
    double laneHeight = 18;  // one line of agreement labels in the header
    int markerLanes = 2;
    double scaleHeight = 22; // the year, quarter or month labels
    QFont font;

    double headerHeight() const { return laneHeight * markerLanes + scaleHeight; }

    static TimelineMetrics forFont(const QFont &font, QPaintDevice *device, double titleWidth);
};

// What one paint covers: the area (title column, header and rows), how far the chart is
// scrolled, and which rows to draw.
struct TimelineFrame
{
    QRectF rect;
    double scrollX = 0; // chart pixels scrolled off to the left
    double scrollY = 0; // row pixels scrolled off above the header
    int firstRow = 0;   // rows drawn, inclusive; none when lastRow < firstRow
    int lastRow = -1;
    qint64 currentProjectId = 0;

    // The rows that [scrollY, scrollY + height of the rows area) shows, clamped to rowCount.
    void showVisibleRows(const TimelineMetrics &metrics, int rowCount);
};

} // namespace sstc
