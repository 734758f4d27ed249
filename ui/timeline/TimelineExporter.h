#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QImage>

#include "models/domain/Clock.h"
#include "ui/timeline/TimeScale.h"
#include "ui/timeline/TimelineMetrics.h"

class QPagedPaintDevice;
class QPrinter;

namespace sstc {

class TimelineModel;

struct TimelineExportOptions
{
    int width = 1600;      // PNG only; a PDF fits its page width
    int maxHeight = 30000; // PNG only: rows beyond it are left out (see pngRowCapacity)
    QDate today = Clock::today();
    QFont font; // when empty, exportFont()
};

// Where a PNG puts things: the sizes for its font, and a scale fitting its width.
struct TimelineImageLayout
{
    TimelineMetrics metrics;
    TimeScale scale;
};

// Writes the timeline to a PNG image or to PDF pages, drawn by TimelinePainter like the screen.
// The whole span of the model fits the width; PDF rows continue on further pages, each with
// the scale header and the legend. Needs a QGuiApplication (fonts), no widgets or dialogs.
class TimelineExporter
{
    Q_DECLARE_TR_FUNCTIONS(sstc::TimelineExporter)

public:
    // A simplified-Chinese face chosen explicitly: Qt's own fallback is often the Japanese
    // variant, and a PDF would embed its glyphs.
    static QFont exportFont(double pointSize = 8.5);

    static TimelineImageLayout imageLayout(const TimelineModel &model,
                                           const TimelineExportOptions &options);
    // How many rows a PNG holds: image viewers and Qt refuse taller images, so a larger
    // portfolio's later rows are left out of it (the PDF has them all).
    static int pngRowCapacity(const TimelineModel &model, const TimelineExportOptions &options);
    // What to tell the user after a PNG export that left rows out; empty when all fit.
    static QString pngLeftOutNotice(const TimelineModel &model,
                                    const TimelineExportOptions &options);
    static QImage renderImage(const TimelineModel &model,
                              const TimelineExportOptions &options = TimelineExportOptions());
    static bool savePng(const TimelineModel &model, const QString &path,
                        const TimelineExportOptions &options = TimelineExportOptions(),
                        QString *error = nullptr);
    // Returns false with a message in `error` when the file cannot be written.
    static bool savePdf(const TimelineModel &model, const QString &path,
                        const TimelineExportOptions &options = TimelineExportOptions(),
                        QString *error = nullptr);
    // The same pages as the PDF, landscape, on a printer (or its preview).
    static void print(const TimelineModel &model, QPrinter &printer,
                      const TimelineExportOptions &options = TimelineExportOptions());

private:
    // The PDF's pages on any paged device laid out at the screen's 96 dots per inch; false
    // when it cannot be painted on.
    static bool paintPages(const TimelineModel &model, QPagedPaintDevice &device,
                           const TimelineExportOptions &options);
};

} // namespace sstc
