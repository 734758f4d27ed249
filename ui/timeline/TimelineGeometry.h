#pragma once

#include "models/domain/Language.h"
#include "models/repositories/TimelineEntry.h"
#include "ui/timeline/TimeScale.h"
#include "ui/timeline/TimelineMetrics.h"

#include <QList>
#include <QRectF>

class QFontMetricsF;

namespace sstc {

// Agreements signed so close together that their lines coincide, drawn as one marker with
// one label in one of the header's lanes.
struct TimelineMarkerGroup
{
    double x = 0;
    QList<int> agreements; // indexes into the model's agreements()
    int lane = 0;
    QString label; // elided to its room; empty when there is none
    QRectF labelRect;
    // "en"/"zh" when the label's title is in the other language (not translated yet): it is
    // marked as in the tables, and labelRect holds the tag too.
    QString fallbackLanguage;
};

// Where everything of a frame goes, shared by the painter and the hit tester so that a click
// finds exactly what was drawn.
class TimelineGeometry
{
public:
    TimelineGeometry(const TimeScale &scale, const TimelineMetrics &metrics,
                     const TimelineFrame &frame);

    QRectF headerRect() const;
    QRectF laneRect(int lane) const; // chart part only
    QRectF scaleRect() const;        // chart part only
    QRectF titlesRect() const;       // the project titles, below the header
    QRectF chartRect() const;        // the bars, below the header
    double chartLeft() const { return m_frame.rect.left() + m_metrics.titleWidth; }

    double xOf(const QDate &day) const;
    double endXOf(const QDate &day) const;
    double rowTop(int row) const;
    // The row under a y within the rows area; -1 in the header or outside the rows.
    int rowAt(double y, int rowCount) const;

    QRectF plannedRect(int row, const QDate &first, const QDate &last) const;
    QRectF actualRect(int row, const QDate &first, const QDate &last) const;
    QRectF diamondRect(int row, const QDate &day) const;
    QList<TimelineMarkerGroup> markerGroups(const QList<TimelineAgreement> &agreements,
                                            Language language,
                                            const QFontMetricsF &fontMetrics) const;

    const TimeScale &scale() const { return m_scale; }
    const TimelineMetrics &metrics() const { return m_metrics; }
    const TimelineFrame &frame() const { return m_frame; }

private:
    QRectF spanRect(int row, const QDate &first, const QDate &last, double top,
                    double height) const;

    const TimeScale &m_scale;
    const TimelineMetrics &m_metrics;
    const TimelineFrame &m_frame;
};

} // namespace sstc
