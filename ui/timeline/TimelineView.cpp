#include "ui/timeline/TimelineView.h"

#include "models/itemmodels/TimelineModel.h"
#include "models/repositories/ProjectRepository.h"
#include "models/repositories/TimelineRepository.h"
#include "models/store/BackgroundReader.h"
#include "models/store/PortfolioStore.h"
#include "models/store/StoreError.h"
#include "ui/shell/FileDialogs.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/shell/RefreshWhenShown.h"
#include "ui/timeline/TimelineBars.h"
#include "ui/timeline/TimelineExporter.h"
#include "ui/timeline/TimelineGeometry.h"
#include "ui/timeline/TimelineHitTester.h"
#include "ui/timeline/TimelinePainter.h"

#include <QAction>
#include <QHelpEvent>
#include <QMessageBox>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

namespace sstc {

namespace {
constexpr double zoomStep = 1.25;
} // namespace

TimelineView::TimelineView(PortfolioContext &context, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_context(context)
    , m_model(new TimelineModel(this))
    , m_refresh(new RefreshWhenShown(this, [this] { reload(); }))
    , m_zoomInAction(new QAction(this))
    , m_zoomOutAction(new QAction(this))
    , m_fitAllAction(new QAction(this))
    , m_exportPngAction(new QAction(this))
    , m_exportPdfAction(new QAction(this))
    , m_reader(new BackgroundReader(this))
{
    setObjectName(QStringLiteral("timelineView"));
    viewport()->setObjectName(QStringLiteral("timelineViewport"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);

    m_zoomInAction->setObjectName(QStringLiteral("timelineZoomInAction"));
    m_zoomOutAction->setObjectName(QStringLiteral("timelineZoomOutAction"));
    m_fitAllAction->setObjectName(QStringLiteral("timelineFitAllAction"));
    m_exportPngAction->setObjectName(QStringLiteral("timelineExportPngAction"));
    m_exportPdfAction->setObjectName(QStringLiteral("timelineExportPdfAction"));
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_fitAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    // The shortcuts work while the timeline has focus, so that they do not clash with
    // other views' zoom once the main window holds several.
    for (QAction *action : {m_zoomInAction, m_zoomOutAction, m_fitAllAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_zoomInAction, &QAction::triggered, this, &TimelineView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, this, &TimelineView::zoomOut);
    connect(m_fitAllAction, &QAction::triggered, this, &TimelineView::fitAll);
    connect(m_exportPngAction, &QAction::triggered, this, &TimelineView::exportPng);
    connect(m_exportPdfAction, &QAction::triggered, this, &TimelineView::exportPdf);
    retranslate();

    connect(&m_context, &PortfolioContext::storeChanged, this, [this] {
        // The old portfolio's rows go now, not when the tab is next shown: hidden, they would
        // hold the memory of a portfolio no longer open.
        m_reader->cancel();
        m_loading = false;
        m_model->clear();
        m_fitted = false;
        m_refresh->request();
    });
    connect(&m_context, &PortfolioContext::filterChanged, m_refresh, &RefreshWhenShown::request);
    connect(&m_context, &PortfolioContext::dataChanged, m_refresh, &RefreshWhenShown::request);
    connect(&m_context, &PortfolioContext::languageChanged, this, [this](Language language) {
        m_model->setLanguage(language);
        viewport()->update();
    });
    connect(&m_context, &PortfolioContext::currentProjectChanged, this,
            &TimelineView::showCurrentProject);

    m_model->setLanguage(m_context.language());
    m_currentProjectId = m_context.currentProjectId();
    updateMetrics();
    reload();
}

TimelineView::~TimelineView() = default;

TimelineModel *TimelineView::model() const
{
    finishLoading();
    return m_model;
}

void TimelineView::finishLoading() const
{
    m_refresh->flush();
    if (m_loading) {
        auto *self = const_cast<TimelineView *>(this);
        self->m_reader->cancel();
        self->m_loading = false;
        self->showTimeline(TimelineRepository(*m_context.store()).load(m_context.filter()));
    }
}

void TimelineView::retranslate()
{
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_fitAllAction->setText(tr("&Fit All"));
    m_fitAllAction->setToolTip(tr("Show the whole period of the portfolio"));
    m_exportPngAction->setText(tr("Export Timeline as &PNG…"));
    m_exportPdfAction->setText(tr("Export Timeline as P&DF…"));
}

// The rows follow the filter; the zoom and the first visible day stay, so that narrowing the
// portfolio does not throw the user's view away.
void TimelineView::reload()
{
    m_reader->cancel();
    m_loading = false;
    PortfolioStore *store = m_context.store();
    if (!store) {
        showTimeline({});
        return;
    }
    try {
        if (!store->canBeReadElsewhere() || ProjectRepository(*store).count() < m_backgroundFrom) {
            showTimeline(TimelineRepository(*store).load(m_context.filter()));
            return;
        }
    } catch (const StoreError &error) {
        showTimeline({});
        m_context.reportError(error.message());
        return;
    }
    // Read and arranged on another thread; the tab paints at once, saying it is loading.
    m_loading = true;
    viewport()->update();
    const ProjectFilter filter = m_context.filter();
    m_reader->start(
        store->location(),
        [this, filter](PortfolioStore &reader,
                       const std::atomic<bool> &) -> BackgroundReader::Answer {
            auto data = std::make_shared<TimelineData>(TimelineRepository(reader).load(filter));
            TimelineModel::arrange(*data);
            return [this, data] {
                m_loading = false;
                showTimeline(std::move(*data));
            };
        },
        [this](const QString &message) {
            m_loading = false;
            showTimeline({});
            m_context.reportError(message);
        });
}

void TimelineView::showTimeline(TimelineData data)
{
    const QDate leftDay = m_scale.dateAt(horizontalScrollBar()->value());
    m_model->setTimeline(std::move(data));
    m_model->setLanguage(m_context.language());
    if (!m_fitted && m_model->rowCount() > 0) {
        m_fitted = true;
        fitAll();
    } else {
        if (m_model->firstDay().isValid())
            m_scale.setOrigin(QDate(m_model->firstDay().year(), 1, 1));
        updateScrollBars();
        horizontalScrollBar()->setValue(int(m_scale.x(leftDay)));
    }
    viewport()->update();
}

void TimelineView::updateMetrics()
{
    const double titleWidth = qBound(160.0, viewport()->width() * 0.26, 360.0);
    m_metrics = TimelineMetrics::forFont(font(), viewport(), titleWidth);
}

double TimelineView::legendHeight() const
{
    TimelinePainter painter(*m_model, m_scale, m_metrics);
    return painter.legendHeight(viewport()->width());
}

double TimelineView::chartWidth() const
{
    return qMax(1.0, viewport()->width() - m_metrics.titleWidth);
}

QDate TimelineView::rangeEnd() const
{
    const QDate last = m_model->lastDay().isValid() ? m_model->lastDay() : m_today;
    return QDate(last.year() + 1, 1, 1);
}

TimelineFrame TimelineView::frame() const
{
    TimelineFrame frame;
    frame.rect = QRectF(0, 0, viewport()->width(), viewport()->height() - legendHeight());
    frame.scrollX = horizontalScrollBar()->value();
    frame.scrollY = verticalScrollBar()->value();
    frame.currentProjectId = m_currentProjectId;
    frame.showVisibleRows(m_metrics, m_model->rowCount());
    return frame;
}

void TimelineView::updateScrollBars()
{
    const TimelineFrame current = frame();
    const double rowsHeight = qMax(0.0, current.rect.height() - m_metrics.headerHeight());
    const double contentHeight = m_model->rowCount() * m_metrics.rowHeight;
    verticalScrollBar()->setRange(0, qMax(0, int(contentHeight - rowsHeight + 0.5)));
    verticalScrollBar()->setPageStep(int(rowsHeight));
    verticalScrollBar()->setSingleStep(int(m_metrics.rowHeight));
    const double contentWidth = m_scale.x(rangeEnd());
    horizontalScrollBar()->setRange(0, qMax(0, int(contentWidth - chartWidth() + 0.5)));
    horizontalScrollBar()->setPageStep(int(chartWidth()));
    horizontalScrollBar()->setSingleStep(20);
}

void TimelineView::zoomIn()
{
    zoomBy(zoomStep);
}

void TimelineView::zoomOut()
{
    zoomBy(1 / zoomStep);
}

void TimelineView::zoomBy(double factor, double anchorX)
{
    const double chartLeft = m_metrics.titleWidth;
    const double anchor = anchorX < chartLeft ? chartWidth() / 2 : anchorX - chartLeft;
    const double days = (horizontalScrollBar()->value() + anchor) / m_scale.pixelsPerDay();
    m_scale.setPixelsPerDay(m_scale.pixelsPerDay() * factor);
    updateScrollBars();
    horizontalScrollBar()->setValue(int(days * m_scale.pixelsPerDay() - anchor + 0.5));
    viewport()->update();
}

void TimelineView::fitAll()
{
    const QDate first = m_model->firstDay().isValid() ? m_model->firstDay() : m_today;
    const QDate last = m_model->lastDay().isValid() ? m_model->lastDay() : first;
    m_scale = TimeScale::fitting(first, last, chartWidth() - 1);
    updateScrollBars();
    horizontalScrollBar()->setValue(0);
    viewport()->update();
}

QRect TimelineView::projectRect(qint64 projectId) const
{
    const int row = m_model->rowOfProject(projectId);
    if (row < 0)
        return {};
    const TimelineFrame current = frame();
    const TimelineGeometry geometry(m_scale, m_metrics, current);
    const QModelIndex index = m_model->index(row, 0);
    if (index.data(UndatedRole).toBool())
        return QRectF(current.rect.left(), geometry.rowTop(row), m_metrics.titleWidth,
                      m_metrics.rowHeight)
            .toAlignedRect();
    const TimelineBars bars = TimelineBars::of(index, m_today);
    const QRectF bar = bars.hasActual()
                           ? geometry.actualRect(row, bars.actualFirst, bars.actualLast)
                           : geometry.plannedRect(row, bars.plannedFirst, bars.plannedLast);
    return bar.toAlignedRect();
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const TimelineFrame current = frame();
    TimelinePainter timeline(*m_model, m_scale, m_metrics);
    timeline.setToday(m_today);
    timeline.paint(painter, current);
    timeline.paintLegend(painter, QRectF(0, current.rect.bottom(), viewport()->width(),
                                         viewport()->height() - current.rect.bottom()));
    if (m_loading && m_model->rowCount() == 0)
        painter.drawText(current.rect, Qt::AlignCenter, tr("Loading…"));
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateMetrics();
    if (m_fitted && horizontalScrollBar()->maximum() == 0)
        fitAll(); // still showing everything: keep doing so at the new width
    else
        updateScrollBars();
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

TimelineHit TimelineView::hitAt(const QPointF &point) const
{
    TimelineHitTester tester(*m_model, m_scale, m_metrics);
    tester.setToday(m_today);
    return tester.hit(point, frame());
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const TimelineHit hit = hitAt(event->position());
        if (hit.projectId != 0)
            m_context.setCurrentProject(hit.projectId);
        event->accept();
        return;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    // The press did the work; taking the release too keeps it from reaching the parent.
    if (event->button() == Qt::LeftButton) {
        event->accept();
        return;
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const TimelineHit hit = hitAt(event->position());
        if (hit.projectId != 0) {
            m_context.setCurrentProject(hit.projectId);
            m_context.requestEdit(hit.projectId);
            return;
        }
    }
    QAbstractScrollArea::mouseDoubleClickEvent(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            zoomBy(delta > 0 ? zoomStep : 1 / zoomStep, event->position().x());
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_Up:
        moveCurrent(-1);
        return;
    case Qt::Key_Down:
        moveCurrent(1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_currentProjectId != 0)
            m_context.requestEdit(m_currentProjectId);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void TimelineView::moveCurrent(int rows)
{
    if (m_model->rowCount() == 0)
        return;
    const int row = m_model->rowOfProject(m_currentProjectId);
    const int next = row < 0 ? 0 : qBound(0, row + rows, m_model->rowCount() - 1);
    m_context.setCurrentProject(m_model->projectIdAt(next));
}

void TimelineView::showCurrentProject(qint64 projectId)
{
    m_currentProjectId = projectId;
    const int row = m_model->rowOfProject(projectId);
    if (row >= 0) {
        const TimelineFrame current = frame();
        const double rowsHeight = current.rect.height() - m_metrics.headerHeight();
        const double top = row * m_metrics.rowHeight;
        QScrollBar *vertical = verticalScrollBar();
        if (top < vertical->value())
            vertical->setValue(int(top));
        else if (top + m_metrics.rowHeight > vertical->value() + rowsHeight)
            vertical->setValue(int(top + m_metrics.rowHeight - rowsHeight + 0.5));
        // Bring the bar's start into view when it lies outside the chart.
        const QRect bar = projectRect(projectId);
        if (!bar.isEmpty() &&
            (bar.left() < m_metrics.titleWidth || bar.left() > viewport()->width() - 20)) {
            QScrollBar *horizontal = horizontalScrollBar();
            horizontal->setValue(
                int(horizontal->value() + bar.left() - m_metrics.titleWidth - chartWidth() / 8));
        }
    }
    viewport()->update();
}

QString TimelineView::toolTipFor(const TimelineHit &hit) const
{
    switch (hit.kind) {
    case TimelineHit::Kind::Agreement: {
        QStringList parts;
        for (int i : hit.agreements)
            parts << m_model->agreementToolTip(m_model->agreements().at(i));
        return parts.join(QStringLiteral("<hr>"));
    }
    case TimelineHit::Kind::Row:
    case TimelineHit::Kind::Bar:
    case TimelineHit::Kind::Event:
        return hit.index.data(Qt::ToolTipRole).toString();
    case TimelineHit::Kind::None:
        break;
    }
    return {};
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipFor(hitAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        viewport()->update();
    } else if (event->type() == QEvent::FontChange) {
        updateMetrics();
        updateScrollBars();
    }
    QAbstractScrollArea::changeEvent(event);
}

void TimelineView::exportPng()
{
    finishLoading();
    const QString path = FileDialogs::saveFile(
        this, tr("Export Timeline as PNG"),
        FileDialogs::inLastFolder(QStringLiteral("timeline.png")), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    TimelineExportOptions options;
    options.today = m_today;
    QString error;
    if (!TimelineExporter::savePng(*m_model, path, options, &error)) {
        QMessageBox::warning(this, tr("Export Timeline"), error);
        return;
    }
    m_context.reportSaved(path);
    const QString leftOut = TimelineExporter::pngLeftOutNotice(*m_model, options);
    if (!leftOut.isEmpty())
        QMessageBox::information(this, tr("Export Timeline"), leftOut);
}

void TimelineView::exportPdf()
{
    finishLoading();
    const QString path = FileDialogs::saveFile(
        this, tr("Export Timeline as PDF"),
        FileDialogs::inLastFolder(QStringLiteral("timeline.pdf")), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    TimelineExportOptions options;
    options.today = m_today;
    QString error;
    if (!TimelineExporter::savePdf(*m_model, path, options, &error))
        QMessageBox::warning(this, tr("Export Timeline"), error);
    else
        m_context.reportSaved(path);
}

} // namespace sstc
