#include "ui/timeline/TimelinePainter.h"

#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/TimelineModel.h"
#include "models/text/DomainNames.h"
#include "ui/shell/FallbackTag.h"
#include "ui/timeline/TimelineBars.h"
#include "ui/timeline/TimelineColors.h"
#include "ui/timeline/TimelineGeometry.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <functional>

namespace sstc {

namespace {
const QColor gridColour(0xe3, 0xe5, 0xe8);
const QColor yearGridColour(0xc4, 0xc8, 0xce);
const QColor headerColour(0xf3, 0xf4, 0xf6);
const QColor stripeColour(0xfa, 0xfa, 0xfb);
const QColor textColour(0x20, 0x24, 0x2a);
const QColor quietTextColour(0x70, 0x74, 0x7a);
constexpr double textInset = 6;

QPolygonF diamond(const QRectF &rect)
{
    return QPolygonF(
        {QPointF(rect.center().x(), rect.top()), QPointF(rect.right(), rect.center().y()),
         QPointF(rect.center().x(), rect.bottom()), QPointF(rect.left(), rect.center().y())});
}

QPen markerPen()
{
    QPen pen(TimelineColors::agreement(), 1, Qt::DashLine);
    pen.setCosmetic(true);
    return pen;
}

std::optional<ProjectStatus> statusOf(const QModelIndex &index)
{
    const QVariant status = index.data(StatusRole);
    if (status.isNull())
        return std::nullopt;
    return ProjectStatus(status.toInt());
}
} // namespace

struct TimelinePainter::LegendItem
{
    QString text;
    std::function<void(QPainter &, const QRectF &)> drawSwatch;
};

TimelinePainter::TimelinePainter(const TimelineModel &model, const TimeScale &scale,
                                 const TimelineMetrics &metrics)
    : m_model(model)
    , m_scale(scale)
    , m_metrics(metrics)
{}

void TimelinePainter::paint(QPainter &painter, const TimelineFrame &frame) const
{
    const TimelineGeometry geometry(m_scale, m_metrics, frame);
    painter.save();
    painter.setFont(m_metrics.font);
    painter.fillRect(frame.rect, Qt::white);

    // Row backgrounds span the titles and the chart, so that a row reads as one line.
    const QRectF rows = geometry.titlesRect().united(geometry.chartRect());
    painter.save();
    painter.setClipRect(rows);
    for (int row = frame.firstRow; row <= frame.lastRow; ++row) {
        const QRectF band(rows.left(), geometry.rowTop(row), rows.width(), m_metrics.rowHeight);
        if (m_model.projectIdAt(row) == frame.currentProjectId && frame.currentProjectId != 0)
            painter.fillRect(band, TimelineColors::currentRow());
        else if (row % 2 == 1)
            painter.fillRect(band, stripeColour);
    }
    painter.restore();

    painter.save();
    painter.setClipRect(geometry.chartRect());
    paintGrid(painter, geometry);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int row = frame.firstRow; row <= frame.lastRow; ++row)
        paintRow(painter, geometry, row);
    painter.restore();

    paintTitles(painter, geometry);
    paintHeader(painter, geometry);
    painter.setPen(yearGridColour);
    painter.drawLine(QPointF(geometry.chartLeft(), frame.rect.top()),
                     QPointF(geometry.chartLeft(), frame.rect.bottom()));
    painter.restore();
}

void TimelinePainter::paintGrid(QPainter &painter, const TimelineGeometry &geometry) const
{
    const QRectF chart = geometry.chartRect();
    const TimelineFrame &frame = geometry.frame();
    const bool finerThanYears = m_scale.unit() != TimeScale::Unit::Year;
    for (const TimeScale::Tick &tick :
         m_scale.ticks(frame.scrollX, frame.scrollX + chart.width())) {
        const double x = geometry.xOf(tick.start);
        const bool yearStart = tick.start.month() == 1;
        painter.setPen(finerThanYears && yearStart ? yearGridColour : gridColour);
        painter.drawLine(QPointF(x, chart.top()), QPointF(x, chart.bottom()));
    }

    painter.setPen(markerPen());
    for (const TimelineAgreement &agreement : m_model.agreements()) {
        const QDate day = middleDay(agreement.signedOn);
        const double x = (geometry.xOf(day) + geometry.endXOf(day)) / 2;
        painter.drawLine(QPointF(x, chart.top()), QPointF(x, chart.bottom()));
    }

    if (m_today.isValid()) {
        const double x = geometry.xOf(m_today);
        painter.setPen(QPen(TimelineColors::today(), 1.5));
        painter.drawLine(QPointF(x, chart.top()), QPointF(x, chart.bottom()));
    }
}

void TimelinePainter::paintRow(QPainter &painter, const TimelineGeometry &geometry, int row) const
{
    const QModelIndex index = m_model.index(row, 0);
    const double top = geometry.rowTop(row);
    const QRectF chart = geometry.chartRect();
    if (index.data(UndatedRole).toBool()) {
        // Listed rather than drawn at some default date.
        QFont font = m_metrics.font;
        font.setItalic(true);
        painter.setFont(font);
        painter.setPen(quietTextColour);
        painter.drawText(
            QRectF(chart.left() + textInset, top, chart.width() - textInset, m_metrics.rowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, tr("No dates"));
        painter.setFont(m_metrics.font);
        return;
    }

    const TimelineBars bars = TimelineBars::of(index, m_today);
    const QColor colour = TimelineColors::status(statusOf(index));
    if (bars.hasPlanned()) {
        const QRectF planned = geometry.plannedRect(row, bars.plannedFirst, bars.plannedLast);
        QColor tint = colour;
        tint.setAlpha(60);
        painter.setPen(QPen(colour, 1.5));
        painter.setBrush(tint);
        painter.drawRect(planned.adjusted(0.75, 0.75, -0.75, -0.75));
        const QVariant progress = index.data(ProgressRole);
        if (!progress.isNull()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour.darker(140));
            painter.drawRect(QRectF(planned.left(), planned.bottom() - 3,
                                    planned.width() * progress.toDouble(), 3));
        }
    }
    if (bars.hasActual()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRect(geometry.actualRect(row, bars.actualFirst, bars.actualLast));
    }
    if (bars.warning) {
        const QDate first = bars.hasActual() ? bars.actualFirst : bars.plannedFirst;
        const QDate last = bars.hasActual() ? bars.actualLast : bars.plannedLast;
        const QRectF span = geometry.plannedRect(row, first, last);
        painter.setPen(QPen(TimelineColors::warning(), 1.5, Qt::DashLine));
        painter.setBrush(QBrush(TimelineColors::warning(), Qt::BDiagPattern));
        painter.drawRect(span);
        painter.setPen(TimelineColors::warning());
        painter.drawText(QRectF(span.right() + 4, top, 200, m_metrics.rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, tr("End before start"));
    }

    const int events = m_model.rowCount(index);
    for (int i = 0; i < events; ++i) {
        const QDate day = m_model.index(i, 0, index).data(MarkerDateRole).toDate();
        if (!day.isValid())
            continue;
        const QRectF rect = geometry.diamondRect(row, day);
        if (rect.right() < chart.left() || rect.left() > chart.right())
            continue;
        painter.setPen(QPen(Qt::white, 1));
        painter.setBrush(TimelineColors::event());
        painter.drawPolygon(diamond(rect));
    }
}

void TimelinePainter::paintTitles(QPainter &painter, const TimelineGeometry &geometry) const
{
    const TimelineFrame &frame = geometry.frame();
    const QRectF titles = geometry.titlesRect();
    painter.save();
    painter.setClipRect(titles);
    QFont bold = m_metrics.font;
    bold.setBold(true);
    const QFontMetricsF normalMetrics(m_metrics.font, painter.device());
    const QFontMetricsF boldMetrics(bold, painter.device());
    for (int row = frame.firstRow; row <= frame.lastRow; ++row) {
        const QModelIndex index = m_model.index(row, 0);
        const bool current = index.data(IdRole).toLongLong() == frame.currentProjectId;
        const bool undated = row >= m_model.datedRowCount();
        QFont font = current ? bold : m_metrics.font;
        painter.setPen(undated ? quietTextColour : textColour);
        QRectF rect(titles.left() + textInset, geometry.rowTop(row), titles.width() - 2 * textInset,
                    m_metrics.rowHeight);
        // A title not yet translated, shown in the other language, is marked as in the tables.
        const QString fallback = index.data(FallbackLanguageRole).toString();
        if (!fallback.isEmpty()) {
            FallbackTag::paint(painter, rect, m_metrics.font, fallback);
            rect.setRight(rect.right() -
                          FallbackTag::width(m_metrics.font, fallback, painter.device()));
            font.setItalic(true);
            painter.setPen(FallbackTag::textColour());
        }
        painter.setFont(font);
        // Metrics made once per paint; an untranslated title's italics (rare) get their own.
        const QFontMetricsF fontMetrics = !fallback.isEmpty()
                                              ? QFontMetricsF(font, painter.device())
                                              : (current ? boldMetrics : normalMetrics);
        painter.drawText(
            rect, Qt::AlignLeft | Qt::AlignVCenter,
            fontMetrics.elidedText(index.data().toString(), Qt::ElideRight, rect.width()));
    }
    // The undated projects are set apart, under the chart.
    const int undated = m_model.datedRowCount();
    if (undated > 0 && undated < m_model.rowCount() && undated >= frame.firstRow &&
        undated <= frame.lastRow + 1) {
        painter.setClipping(false);
        painter.setPen(QPen(yearGridColour, 1));
        const double y = geometry.rowTop(undated);
        if (y >= titles.top())
            painter.drawLine(QPointF(frame.rect.left(), y), QPointF(frame.rect.right(), y));
    }
    painter.restore();
}

void TimelinePainter::paintHeader(QPainter &painter, const TimelineGeometry &geometry) const
{
    const TimelineFrame &frame = geometry.frame();
    const QRectF header = geometry.headerRect();
    painter.save();
    painter.fillRect(header, headerColour);
    painter.setFont(m_metrics.font);
    const QFontMetricsF fontMetrics(m_metrics.font, painter.device());

    painter.setPen(textColour);
    painter.drawText(QRectF(header.left() + textInset, geometry.scaleRect().top(),
                            m_metrics.titleWidth - 2 * textInset, m_metrics.scaleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics.elidedText(tr("Project"), Qt::ElideRight,
                                            m_metrics.titleWidth - 2 * textInset));

    const QRectF scale = geometry.scaleRect();
    painter.setClipRect(QRectF(scale.left(), header.top(), scale.width(), header.height()));
    const TimeScale::Unit unit = m_scale.unit();
    const Language language = m_model.language();
    for (const TimeScale::Tick &tick :
         m_scale.ticks(frame.scrollX, frame.scrollX + scale.width())) {
        // Only labelled divisions get a mark here, so that a label wider than its year
        // is not crossed by the next year's mark.
        if (!tick.labelled)
            continue;
        const double x = geometry.xOf(tick.start);
        painter.setPen(yearGridColour);
        painter.drawLine(QPointF(x, scale.top()), QPointF(x, scale.bottom()));
        // A division cut by the left edge keeps its label in view while there is room.
        const double left = qMax(x, scale.left());
        const double room = x + tick.width - left - textInset;
        const QString text = TimeScale::label(tick.start, unit, language);
        const double textWidth = fontMetrics.horizontalAdvance(text);
        const bool spansSeveral = unit == TimeScale::Unit::Year;
        if (textWidth > room && !spansSeveral)
            continue;
        painter.setPen(textColour);
        painter.drawText(
            QRectF(left + textInset / 2, scale.top(), textWidth + textInset, scale.height()),
            Qt::AlignLeft | Qt::AlignVCenter, text);
    }

    const QList<TimelineMarkerGroup> groups =
        geometry.markerGroups(m_model.agreements(), language, fontMetrics);
    for (const TimelineMarkerGroup &group : groups) {
        const QRectF lane = geometry.laneRect(group.lane);
        painter.setPen(markerPen());
        // Down to the scale, not through it: the year labels stay readable.
        painter.drawLine(QPointF(group.x, lane.top()), QPointF(group.x, scale.top()));
        if (group.label.isEmpty())
            continue;
        painter.setPen(TimelineColors::agreement());
        if (group.fallbackLanguage.isEmpty()) {
            painter.drawText(group.labelRect.adjusted(2, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             group.label);
            continue;
        }
        const QFont font = painter.font();
        QFont italic = font;
        italic.setItalic(true);
        painter.setFont(italic);
        painter.drawText(group.labelRect.adjusted(2, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         group.label);
        painter.setFont(font);
        FallbackTag::paint(painter, group.labelRect, m_metrics.font, group.fallbackLanguage);
    }
    painter.setClipping(false);
    painter.setPen(yearGridColour);
    painter.drawLine(QPointF(header.left(), header.bottom()),
                     QPointF(header.right(), header.bottom()));
    painter.restore();
}

QList<TimelinePainter::LegendItem> TimelinePainter::legendItems() const
{
    QList<LegendItem> items;
    for (ProjectStatus status :
         {ProjectStatus::Pipeline, ProjectStatus::Implementation, ProjectStatus::Finalisation,
          ProjectStatus::Closed, ProjectStatus::Cancelled, ProjectStatus::Suspended}) {
        const QColor colour = TimelineColors::status(status);
        items.append({DomainNames::status(status), [colour](QPainter &p, const QRectF &r) {
                          p.fillRect(r.adjusted(0, r.height() * 0.2, 0, -r.height() * 0.2), colour);
                      }});
    }
    const QColor neutral = TimelineColors::status(std::nullopt);
    items.append({tr("Planned (outline)"), [neutral](QPainter &p, const QRectF &r) {
                      p.setPen(QPen(neutral.darker(130), 1.5));
                      p.setBrush(Qt::NoBrush);
                      p.drawRect(r.adjusted(1, r.height() * 0.15, -1, -r.height() * 0.15));
                  }});
    items.append({tr("Actual (filled)"), [neutral](QPainter &p, const QRectF &r) {
                      p.fillRect(r.adjusted(0, r.height() * 0.3, 0, -r.height() * 0.3),
                                 neutral.darker(130));
                  }});
    items.append({tr("Event"), [](QPainter &p, const QRectF &r) {
                      const double side = r.height() * 0.7;
                      p.setPen(Qt::NoPen);
                      p.setBrush(TimelineColors::event());
                      p.drawPolygon(diamond(QRectF(r.center().x() - side / 2,
                                                   r.center().y() - side / 2, side, side)));
                  }});
    items.append({tr("Agreement signed"), [](QPainter &p, const QRectF &r) {
                      p.setPen(markerPen());
                      p.drawLine(QPointF(r.center().x(), r.top()),
                                 QPointF(r.center().x(), r.bottom()));
                  }});
    items.append({tr("Today"), [](QPainter &p, const QRectF &r) {
                      p.setPen(QPen(TimelineColors::today(), 1.5));
                      p.drawLine(QPointF(r.center().x(), r.top()),
                                 QPointF(r.center().x(), r.bottom()));
                  }});
    items.append({tr("End before start"), [](QPainter &p, const QRectF &r) {
                      p.setPen(QPen(TimelineColors::warning(), 1, Qt::DashLine));
                      p.setBrush(QBrush(TimelineColors::warning(), Qt::BDiagPattern));
                      p.drawRect(r.adjusted(1, r.height() * 0.15, -1, -r.height() * 0.15));
                  }});
    return items;
}

// The legend flows like words in a paragraph; legendHeight() and paintLegend() walk the
// same layout.
double TimelinePainter::legendHeight(double width) const
{
    const QFontMetricsF fontMetrics(m_metrics.font);
    const double lineHeight = m_metrics.laneHeight + 4;
    const double swatch = lineHeight * 1.4;
    double x = 0;
    int lines = 1;
    for (const LegendItem &item : legendItems()) {
        const double itemWidth = swatch + 4 + fontMetrics.horizontalAdvance(item.text) + 16;
        if (x > 0 && x + itemWidth > width) {
            ++lines;
            x = 0;
        }
        x += itemWidth;
    }
    return lines * lineHeight + 8;
}

void TimelinePainter::paintLegend(QPainter &painter, const QRectF &rect) const
{
    painter.save();
    painter.setClipRect(rect);
    painter.fillRect(rect, Qt::white);
    painter.setFont(m_metrics.font);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fontMetrics(m_metrics.font);
    const double lineHeight = m_metrics.laneHeight + 4;
    const double swatch = lineHeight * 1.4;
    double x = 0;
    double y = rect.top() + 4;
    for (const LegendItem &item : legendItems()) {
        const double textWidth = fontMetrics.horizontalAdvance(item.text);
        const double itemWidth = swatch + 4 + textWidth + 16;
        if (x > 0 && x + itemWidth > rect.width()) {
            x = 0;
            y += lineHeight;
        }
        painter.save();
        item.drawSwatch(painter,
                        QRectF(rect.left() + textInset + x, y + 3, swatch, lineHeight - 6));
        painter.restore();
        painter.setPen(textColour);
        painter.drawText(
            QRectF(rect.left() + textInset + x + swatch + 4, y, textWidth + 4, lineHeight),
            Qt::AlignLeft | Qt::AlignVCenter, item.text);
        x += itemWidth;
    }
    painter.restore();
}

} // namespace sstc
