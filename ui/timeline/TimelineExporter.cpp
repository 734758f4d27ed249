#include "ui/timeline/TimelineExporter.h"

#include "models/domain/Clock.h"
#include "models/itemmodels/TimelineModel.h"
#include "models/text/Formats.h"
#include "ui/timeline/TimeScale.h"
#include "ui/timeline/TimelineMetrics.h"
#include "ui/timeline/TimelinePainter.h"

#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QtMath>

namespace sstc {

namespace {
constexpr int pdfResolution = 96; // the screen's logical dots, so that sizes match the view

double titleWidthFor(double width)
{
    return qBound(160.0, width * 0.26, 340.0);
}

QFont fontOf(const TimelineExportOptions &options)
{
    return options.font == QFont() ? TimelineExporter::exportFont() : options.font;
}

TimeScale fittedScale(const TimelineModel &model, double chartWidth)
{
    const QDate first = model.firstDay().isValid() ? model.firstDay() : Clock::today();
    const QDate last = model.lastDay().isValid() ? model.lastDay() : first;
    return TimeScale::fitting(first, last, chartWidth - 1);
}
} // namespace

QFont TimelineExporter::exportFont(double pointSize)
{
    // Latin text in a Latin face: in a CJK face, Latin runs get digit glyphs
    // that have no Unicode mapping in the PDF, and "Page 1" comes back as "Page".
    QFont font;
    QStringList families;
    for (const char *family : {"DejaVu Sans", "Noto Sans", "Arial", "Helvetica"})
        families << QString::fromLatin1(family);
    for (const char *family : {"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
                               "Microsoft YaHei", "PingFang SC"})
        families << QString::fromLatin1(family);
    font.setFamilies(families);
    font.setPointSizeF(pointSize);
    return font;
}

TimelineImageLayout TimelineExporter::imageLayout(const TimelineModel &model,
                                                  const TimelineExportOptions &options)
{
    QImage probe(1, 1, QImage::Format_RGB32);
    const double width = options.width;
    TimelineImageLayout layout;
    layout.metrics = TimelineMetrics::forFont(fontOf(options), &probe, titleWidthFor(width));
    layout.scale = fittedScale(model, width - layout.metrics.titleWidth);
    return layout;
}

int TimelineExporter::pngRowCapacity(const TimelineModel &model,
                                     const TimelineExportOptions &options)
{
    const TimelineImageLayout layout = imageLayout(model, options);
    TimelinePainter painter(model, layout.scale, layout.metrics);
    const double legend = painter.legendHeight(options.width);
    const double room = options.maxHeight - layout.metrics.headerHeight() - legend;
    return qMax(0, int(room / layout.metrics.rowHeight));
}

QString TimelineExporter::pngLeftOutNotice(const TimelineModel &model,
                                           const TimelineExportOptions &options)
{
    const int capacity = pngRowCapacity(model, options);
    if (model.rowCount() <= capacity)
        return {};
    const QLocale locale;
    return tr("The image shows the first %1 of %2 projects: a taller image could not be "
              "opened. Export the timeline as PDF to have them all, or narrow the portfolio "
              "filter.")
        .arg(locale.toString(capacity), locale.toString(model.rowCount()));
}

QImage TimelineExporter::renderImage(const TimelineModel &model,
                                     const TimelineExportOptions &options)
{
    const double width = options.width;
    const TimelineImageLayout layout = imageLayout(model, options);
    const TimelineMetrics &metrics = layout.metrics;
    const TimeScale &scale = layout.scale;
    TimelinePainter painter(model, scale, metrics);
    painter.setToday(options.today);

    const double legend = painter.legendHeight(width);
    const int rows = qMin(model.rowCount(), pngRowCapacity(model, options));
    TimelineFrame frame;
    frame.rect = QRectF(0, 0, width, metrics.headerHeight() + rows * metrics.rowHeight);
    frame.firstRow = 0;
    frame.lastRow = rows - 1;

    QImage image(int(width), qCeil(frame.rect.height() + legend), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter imagePainter(&image);
    painter.paint(imagePainter, frame);
    painter.paintLegend(imagePainter, QRectF(0, frame.rect.bottom(), width, legend));
    return image;
}

bool TimelineExporter::savePng(const TimelineModel &model, const QString &path,
                               const TimelineExportOptions &options, QString *error)
{
    if (renderImage(model, options).save(path, "PNG"))
        return true;
    if (error)
        *error = tr("Could not write the image %1.").arg(QFileInfo(path).fileName());
    return false;
}

bool TimelineExporter::savePdf(const TimelineModel &model, const QString &path,
                               const TimelineExportOptions &options, QString *error)
{
    QPdfWriter writer(path);
    writer.setResolution(pdfResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    writer.setTitle(tr("Project timeline"));
    writer.setCreator(QStringLiteral("SSTC Desk"));
    if (paintPages(model, writer, options))
        return true;
    if (error)
        *error = tr("Could not write the PDF %1.").arg(QFileInfo(path).fileName());
    return false;
}

void TimelineExporter::print(const TimelineModel &model, QPrinter &printer,
                             const TimelineExportOptions &options)
{
    printer.setResolution(pdfResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    paintPages(model, printer, options);
}

bool TimelineExporter::paintPages(const TimelineModel &model, QPagedPaintDevice &device,
                                  const TimelineExportOptions &options)
{
    QPainter pdfPainter;
    if (!pdfPainter.begin(&device))
        return false;

    const QRectF page(QPointF(0, 0), device.pageLayout().paintRectPixels(pdfResolution).size());
    const TimelineMetrics metrics =
        TimelineMetrics::forFont(fontOf(options), &device, titleWidthFor(page.width()));
    const TimeScale scale = fittedScale(model, page.width() - metrics.titleWidth);
    TimelinePainter painter(model, scale, metrics);
    painter.setToday(options.today);

    const double heading = metrics.laneHeight * 1.6;
    const double footer = metrics.laneHeight;
    const double legend = painter.legendHeight(page.width());
    const double rowsRoom = page.height() - heading - footer - legend - metrics.headerHeight() - 4;
    const int rowsPerPage = qMax(1, int(rowsRoom / metrics.rowHeight));
    const int rowCount = model.rowCount();
    const int pages = qMax(1, (rowCount + rowsPerPage - 1) / rowsPerPage);
    const Language language = model.language();
    const QString title = tr("Project timeline");
    const QString date = Formats::date(PartialDate::day(options.today), language);

    for (int pageIndex = 0; pageIndex < pages; ++pageIndex) {
        if (pageIndex > 0)
            device.newPage();
        TimelineFrame frame;
        frame.firstRow = pageIndex * rowsPerPage;
        frame.lastRow = qMin(rowCount, frame.firstRow + rowsPerPage) - 1;
        frame.scrollY = frame.firstRow * metrics.rowHeight;
        frame.rect = QRectF(0, heading, page.width(),
                            metrics.headerHeight() +
                                (frame.lastRow - frame.firstRow + 1) * metrics.rowHeight);

        QFont headingFont = metrics.font;
        headingFont.setBold(true);
        headingFont.setPointSizeF(metrics.font.pointSizeF() * 1.25);
        pdfPainter.setFont(headingFont);
        pdfPainter.setPen(Qt::black);
        pdfPainter.drawText(QRectF(0, 0, page.width(), heading), Qt::AlignLeft | Qt::AlignTop,
                            title);
        pdfPainter.setFont(metrics.font);
        pdfPainter.drawText(QRectF(0, 0, page.width(), heading), Qt::AlignRight | Qt::AlignTop,
                            date);

        painter.paint(pdfPainter, frame);
        painter.paintLegend(pdfPainter, QRectF(0, frame.rect.bottom() + 4, page.width(), legend));
        pdfPainter.setFont(metrics.font);
        pdfPainter.setPen(Qt::darkGray);
        pdfPainter.drawText(QRectF(0, page.height() - footer, page.width(), footer),
                            Qt::AlignRight | Qt::AlignBottom,
                            tr("Page %1 of %2").arg(pageIndex + 1).arg(pages));
    }
    return pdfPainter.end();
}

} // namespace sstc
