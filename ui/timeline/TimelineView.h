#pragma once

#include "models/domain/Clock.h"
#include "models/repositories/TimelineEntry.h"
#include "ui/timeline/TimeScale.h"
#include "ui/timeline/TimelineMetrics.h"

#include <QAbstractScrollArea>
#include <QDate>

class QAction;

namespace sstc {

class BackgroundReader;
class PortfolioContext;
class RefreshWhenShown;
class TimelineModel;
struct TimelineHit;

// The portfolio's timeline: project titles on the left, a scale header on top, and the bars,
// events, agreement signings and today's line, zoomable from decades to months. Follows the
// context: its filter, language, data and current project; a click makes the project under
// the mouse current, a double click asks to edit it.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
    // True while a large portfolio's rows are read in the background.
    Q_PROPERTY(bool loading READ isLoading)

public:
    explicit TimelineView(PortfolioContext &context, QWidget *parent = nullptr);
    ~TimelineView() override;

    // The rows of the current filter (read now if the view was hidden when it changed).
    TimelineModel *model() const;
    bool isLoading() const { return m_loading; }
    // Portfolios of this many projects or more are read in the background (a smaller one is
    // read at once: no "Loading…" flashes up).
    void setReadsInBackgroundFrom(int projects) { m_backgroundFrom = projects; }
    const TimeScale &scale() const { return m_scale; }
    const TimelineMetrics &metrics() const { return m_metrics; }
    qint64 currentProjectId() const { return m_currentProjectId; }

    // For menus and toolbars: zoom in, zoom out, fit all, export PNG, export PDF.
    QAction *zoomInAction() const { return m_zoomInAction; }
    QAction *zoomOutAction() const { return m_zoomOutAction; }
    QAction *fitAllAction() const { return m_fitAllAction; }
    QAction *exportPngAction() const { return m_exportPngAction; }
    QAction *exportPdfAction() const { return m_exportPdfAction; }

    // The frame the next paint draws, in viewport coordinates.
    TimelineFrame frame() const;
    // A project's bar (or its row's title when it has no dates), in viewport coordinates;
    // empty when the project is not shown.
    QRect projectRect(qint64 projectId) const;

public slots:
    void zoomIn();
    void zoomOut();
    void fitAll();
    // Keeps the day under `anchorX` (viewport) in place; the chart's middle when negative.
    void zoomBy(double factor, double anchorX = -1);
    void reload();
    void showTimeline(TimelineData data);
    void finishLoading() const; // reads now what is being read in the background
    void exportPng();
    void exportPdf();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    TimelineHit hitAt(const QPointF &point) const;
    QString toolTipFor(const TimelineHit &hit) const;
    void showCurrentProject(qint64 projectId);
    void moveCurrent(int rows);
    void updateMetrics();
    void updateScrollBars();
    double legendHeight() const;
    double chartWidth() const;
    QDate rangeEnd() const;
    void retranslate();

    PortfolioContext &m_context;
    TimelineModel *m_model;
    RefreshWhenShown *m_refresh;
    TimeScale m_scale;
    TimelineMetrics m_metrics;
    QDate m_today = Clock::today();
    qint64 m_currentProjectId = 0;
    bool m_fitted = false; // false until the first data is fitted to the width
    BackgroundReader *m_reader;
    bool m_loading = false;
    int m_backgroundFrom = 5000;
    QAction *m_zoomInAction;
    QAction *m_zoomOutAction;
    QAction *m_fitAllAction;
    QAction *m_exportPngAction;
    QAction *m_exportPdfAction;
};

} // namespace sstc
