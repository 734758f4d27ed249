#pragma once

#include "models/domain/Clock.h"
#include "ui/timeline/TimeScale.h"
#include "ui/timeline/TimelineMetrics.h"

#include <QCoreApplication>
#include <QDate>

class QPainter;

namespace sstc {

class TimelineGeometry;
class TimelineModel;

// The one routine that draws the timeline, on the screen, into a PNG and onto PDF pages:
// the scale header with agreement labels, the project titles, and for the frame's rows the
// planned and actual bars, event diamonds, agreement lines and today's line. It reads only
// the model's precomputed rows, never the database.
class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(sstc::TimelinePainter)

public:
    TimelinePainter(const TimelineModel &model, const TimeScale &scale,
                    const TimelineMetrics &metrics);

    void setToday(const QDate &today) { m_today = today; }

    void paint(QPainter &painter, const TimelineFrame &frame) const;
    // The colours and shapes explained, in as many lines as `width` needs.
    void paintLegend(QPainter &painter, const QRectF &rect) const;
    double legendHeight(double width) const;

private:
    struct LegendItem;
    QList<LegendItem> legendItems() const;
    void paintGrid(QPainter &painter, const TimelineGeometry &geometry) const;
    void paintRow(QPainter &painter, const TimelineGeometry &geometry, int row) const;
    void paintTitles(QPainter &painter, const TimelineGeometry &geometry) const;
    void paintHeader(QPainter &painter, const TimelineGeometry &geometry) const;

    const TimelineModel &m_model;
    const TimeScale &m_scale;
    const TimelineMetrics &m_metrics;
    QDate m_today = Clock::today();
};

} // namespace sstc
