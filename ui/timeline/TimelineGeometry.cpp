#include "ui/timeline/TimelineGeometry.h"

#include "ui/shell/FallbackTag.h"

#include <QFontMetricsF>

namespace sstc {

namespace {
constexpr double minBarWidth = 3;     // a one-day project stays visible at the decade scale
constexpr double sameMarkerGap = 4;   // markers closer than this share one line and label
constexpr double maxLabelWidth = 260; // agreement titles are long; the tooltip has the rest
constexpr double minLabelWidth = 28;
} // namespace

TimelineGeometry::TimelineGeometry(const TimeScale &scale, const TimelineMetrics &metrics,
                                   const TimelineFrame &frame)
    : m_scale(scale)
    , m_metrics(metrics)
    , m_frame(frame)
{}

QRectF TimelineGeometry::headerRect() const
{
    const QRectF &rect = m_frame.rect;
    return QRectF(rect.left(), rect.top(), rect.width(), m_metrics.headerHeight());
}

QRectF TimelineGeometry::laneRect(int lane) const
{
    const QRectF &rect = m_frame.rect;
    return QRectF(chartLeft(), rect.top() + lane * m_metrics.laneHeight, rect.right() - chartLeft(),
                  m_metrics.laneHeight);
}

QRectF TimelineGeometry::scaleRect() const
{
    const QRectF &rect = m_frame.rect;
    return QRectF(chartLeft(), rect.top() + m_metrics.laneHeight * m_metrics.markerLanes,
                  rect.right() - chartLeft(), m_metrics.scaleHeight);
}

QRectF TimelineGeometry::titlesRect() const
{
    const QRectF &rect = m_frame.rect;
    const double top = rect.top() + m_metrics.headerHeight();
    return QRectF(rect.left(), top, m_metrics.titleWidth, qMax(0.0, rect.bottom() - top));
}

QRectF TimelineGeometry::chartRect() const
{
    const QRectF &rect = m_frame.rect;
    const double top = rect.top() + m_metrics.headerHeight();
    return QRectF(chartLeft(), top, qMax(0.0, rect.right() - chartLeft()),
                  qMax(0.0, rect.bottom() - top));
}

double TimelineGeometry::xOf(const QDate &day) const
{
    return chartLeft() + m_scale.x(day) - m_frame.scrollX;
}

double TimelineGeometry::endXOf(const QDate &day) const
{
    return chartLeft() + m_scale.endX(day) - m_frame.scrollX;
}

double TimelineGeometry::rowTop(int row) const
{
    return m_frame.rect.top() + m_metrics.headerHeight() + row * m_metrics.rowHeight -
           m_frame.scrollY;
}

int TimelineGeometry::rowAt(double y, int rowCount) const
{
    const double top = m_frame.rect.top() + m_metrics.headerHeight();
    if (y < top || y >= m_frame.rect.bottom())
        return -1;
    const int row = int((y - top + m_frame.scrollY) / m_metrics.rowHeight);
    return row < rowCount ? row : -1;
}

QRectF TimelineGeometry::spanRect(int row, const QDate &first, const QDate &last, double top,
                                  double height) const
{
    const double left = xOf(first);
    const double width = qMax(minBarWidth, endXOf(last) - left);
    const double rowHeight = m_metrics.rowHeight;
    return QRectF(left, rowTop(row) + rowHeight * top, width, rowHeight * height);
}

QRectF TimelineGeometry::plannedRect(int row, const QDate &first, const QDate &last) const
{
    return spanRect(row, first, last, 0.2, 0.6);
}

QRectF TimelineGeometry::actualRect(int row, const QDate &first, const QDate &last) const
{
    return spanRect(row, first, last, 0.32, 0.36);
}

QRectF TimelineGeometry::diamondRect(int row, const QDate &day) const
{
    const double half = m_metrics.rowHeight * 0.3;
    const double centreX = (xOf(day) + endXOf(day)) / 2;
    const double centreY = rowTop(row) + m_metrics.rowHeight / 2;
    return QRectF(centreX - half, centreY - half, 2 * half, 2 * half);
}

QList<TimelineMarkerGroup>
TimelineGeometry::markerGroups(const QList<TimelineAgreement> &agreements, Language language,
                               const QFontMetricsF &fontMetrics) const
{
    QList<TimelineMarkerGroup> groups;
    const double left = chartLeft();
    const double right = m_frame.rect.right();
    for (int i = 0; i < agreements.size(); ++i) {
        const QDate day = middleDay(agreements.at(i).signedOn);
        const double x = (xOf(day) + endXOf(day)) / 2;
        if (x < left - sameMarkerGap || x > right + sameMarkerGap)
            continue;
        // The agreements come by signing date, so neighbours on the axis are neighbours here.
        if (!groups.isEmpty() && x - groups.last().x < sameMarkerGap)
            groups.last().agreements << i;
        else
            groups.append({x, {i}, 0, {}, {}, {}});
    }
    const int lanes = qMax(1, m_metrics.markerLanes);
    for (int i = 0; i < groups.size(); ++i) {
        TimelineMarkerGroup &group = groups[i];
        group.lane = i % lanes;
        const double nextX = i + lanes < groups.size() ? groups.at(i + lanes).x : right;
        const double room = qMin(maxLabelWidth, nextX - group.x - 8);
        if (room < minLabelWidth)
            continue;
        const QString more = group.agreements.size() > 1
                                 ? QStringLiteral(" +%1").arg(group.agreements.size() - 1)
                                 : QString();
        const LocalizedText &title = agreements.at(group.agreements.first()).title;
        if (title.fallsBack(language))
            group.fallbackLanguage = languageCode(otherLanguage(language));
        const double tag = group.fallbackLanguage.isEmpty()
                               ? 0
                               : FallbackTag::width(m_metrics.font, group.fallbackLanguage);
        group.label =
            fontMetrics.elidedText(title.preferring(language).simplified(), Qt::ElideRight,
                                   room - tag - fontMetrics.horizontalAdvance(more)) +
            more;
        const QRectF lane = laneRect(group.lane);
        group.labelRect =
            QRectF(group.x + 3, lane.top(), fontMetrics.horizontalAdvance(group.label) + 4 + tag,
                   lane.height());
    }
    return groups;
}

} // namespace sstc
