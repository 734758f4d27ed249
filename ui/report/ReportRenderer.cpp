#include "ui/report/ReportRenderer.h"

#include "models/report/ArchivalPdf.h"

#include <QBuffer>
#include <QDir>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace sstc {

namespace {
const QColor seriesColors[] = {QColor(0x4c, 0x72, 0xb0), QColor(0x55, 0xa8, 0x68),
                               QColor(0xc4, 0x4e, 0x52), QColor(0x81, 0x72, 0xb2)};
const QColor gridColor(0xd0, 0xd5, 0xdd);
const QColor textGrey(0x55, 0x5d, 0x6b);
constexpr double labelWidth = 1000;
} // namespace

ReportRenderer::ReportRenderer(const ReportDocument &document, QPageSize::PageSizeId pageSize)
    : m_document(document)
    , m_pageSizeId(pageSize)
    , m_layout(document, pageSize)
{}

void ReportRenderer::paintPage(QPainter &painter, int index) const
{
    const ReportPage &page = m_layout.pages().at(index);
    const QSizeF size = m_layout.pageSize();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const ReportPageItem &item : page.items) {
        switch (item.kind) {
        case ReportPageItem::Kind::Text:
            painter.setFont(item.font);
            painter.setPen(item.color);
            painter.drawText(item.rect, item.flags, item.text);
            break;
        case ReportPageItem::Kind::Fill:
            painter.fillRect(item.rect, item.color);
            break;
        case ReportPageItem::Kind::Line:
            painter.setPen(QPen(item.color, 5));
            painter.drawLine(item.rect.topLeft(), item.rect.topRight());
            break;
        case ReportPageItem::Kind::Figure:
            paintFigure(painter, item);
            break;
        }
    }
    // Header and footer: the cover has only the footer.
    const double margin = 560;
    const QFont small = ReportLayout::font(7.5);
    painter.setFont(small);
    painter.setPen(textGrey);
    const QString &runningHeader = m_layout.pages().at(index).header;
    if (!runningHeader.isEmpty()) {
        const QRectF header(margin, margin - 160, size.width() - 2 * margin, 120);
        painter.drawText(
            header, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
            QFontMetricsF(small).elidedText(runningHeader, Qt::ElideRight, header.width()));
        painter.setPen(QPen(gridColor, 5));
        painter.drawLine(header.bottomLeft() + QPointF(0, 30),
                         header.bottomRight() + QPointF(0, 30));
        painter.setPen(textGrey);
    }
    const QString &pageFooter = m_layout.pages().at(index).footer;
    QString footer = pageFooter.isEmpty() ? m_document.pageFooter : pageFooter;
    footer.replace(QLatin1String("%1"), QString::number(index + 1))
        .replace(QLatin1String("%2"), QString::number(pageCount()));
    painter.drawText(QRectF(margin, size.height() - margin, size.width() - 2 * margin, 120),
                     Qt::AlignHCenter | Qt::AlignTop, footer);
    painter.restore();
}

void ReportRenderer::paintFigure(QPainter &painter, const ReportPageItem &item) const
{
    const ReportFigure &figure = *item.figure;
    const double rowHeight = ReportLayout::figureRowHeight(figure);
    const QRectF area = item.rect;
    const double plotLeft = area.left() + labelWidth;
    const double plotWidth = area.width() - labelWidth - 40;
    const double plotTop = area.top() + ReportLayout::figureHeaderHeight;
    const double plotBottom = plotTop + item.rowCount * rowHeight;
    const QFont labelFont = ReportLayout::font(7.5);
    painter.setFont(labelFont);

    if (figure.kind == ReportFigureKind::Timeline) {
        const double span = std::max(1.0, figure.axisTo - figure.axisFrom);
        auto xOf = [&](double year) {
            return plotLeft + (year - figure.axisFrom) / span * plotWidth;
        };
        if (figure.periodTo > figure.periodFrom)
            painter.fillRect(QRectF(QPointF(xOf(figure.periodFrom), plotTop - 40),
                                    QPointF(xOf(figure.periodTo), plotBottom)),
                             QColor(0xfd, 0xf1, 0xd6));
        const int step = span > 24 ? 5 : span > 12 ? 2 : 1;
        for (int year = int(figure.axisFrom); year <= int(figure.axisTo); year += step) {
            painter.setPen(QPen(gridColor, 4));
            painter.drawLine(QPointF(xOf(year), plotTop - 40), QPointF(xOf(year), plotBottom));
            painter.setPen(textGrey);
            if (year < int(figure.axisTo))
                painter.drawText(QRectF(xOf(year) + 20, area.top() + 60, 600, 140),
                                 Qt::AlignLeft | Qt::AlignBottom, QString::number(year));
        }
        for (int i = 0; i < item.rowCount; ++i) {
            const ReportFigureRow &row = figure.rows.at(item.firstRow + i);
            const double y = plotTop + i * rowHeight;
            painter.setPen(Qt::black);
            painter.drawText(QRectF(area.left(), y, labelWidth - 60, rowHeight),
                             Qt::AlignLeft | Qt::AlignVCenter, row.label);
            const QRectF bar(QPointF(xOf(row.values.value(0)), y + 30),
                             QPointF(xOf(row.values.value(1)), y + rowHeight - 30));
            painter.fillRect(bar, seriesColors[0]);
        }
        return;
    }

    // Grouped horizontal bars, one per series, the amount printed beside each bar.
    double maximum = 0;
    for (const ReportFigureRow &row : figure.rows)
        for (const double value : row.values)
            maximum = std::max(maximum, value);
    const double valueRoom = 1300;
    const double barWidth = plotWidth - valueRoom;
    double legendX = plotLeft;
    for (int series = 0; series < figure.seriesNames.size(); ++series) {
        painter.fillRect(QRectF(legendX, area.top() + 90, 100, 100), seriesColors[series % 4]);
        painter.setPen(Qt::black);
        const QString name = figure.seriesNames.at(series);
        painter.drawText(QRectF(legendX + 140, area.top() + 60, 1400, 160),
                         Qt::AlignLeft | Qt::AlignVCenter, name);
        legendX += 140 + QFontMetricsF(labelFont).horizontalAdvance(name) + 200;
    }
    const double barHeight = 60;
    for (int i = 0; i < item.rowCount; ++i) {
        const ReportFigureRow &row = figure.rows.at(item.firstRow + i);
        const double y = plotTop + i * rowHeight;
        painter.setPen(Qt::black);
        painter.drawText(QRectF(area.left(), y, labelWidth - 60, rowHeight - 50),
                         Qt::AlignLeft | Qt::AlignVCenter, row.label);
        for (int series = 0; series < row.values.size(); ++series) {
            const double length = maximum > 0 ? row.values.at(series) / maximum * barWidth : 0;
            const QRectF bar(plotLeft, y + series * barHeight, length, barHeight - 8);
            painter.fillRect(bar, seriesColors[series % 4]);
            painter.setPen(textGrey);
            painter.drawText(QRectF(bar.right() + 40, bar.top() - 20, valueRoom, barHeight + 40),
                             Qt::AlignLeft | Qt::AlignVCenter, row.valueTexts.value(series));
        }
    }
    painter.setPen(QPen(gridColor, 4));
    painter.drawLine(QPointF(plotLeft, plotTop - 20), QPointF(plotLeft, plotBottom));
}

QImage ReportRenderer::pageImage(int index, double pixelsPerPoint) const
{
    const double scale = pixelsPerPoint / ReportLayout::unitsPerPoint;
    const QSize size = (m_layout.pageSize() * scale).toSize();
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintPage(painter, index);
    return image;
}

bool ReportRenderer::writePdf(QIODevice &device, const Progress &progress) const
{
    // Written to memory first: the archival metadata Qt cannot set is added to the whole file.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        // PDF/A-1b, so that the report can be archived: fonts embedded, colours defined.
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setPageSize(QPageSize(m_pageSizeId));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        // 720 dpi: one device unit is one layout unit, a tenth of a point.
        writer.setResolution(int(72 * ReportLayout::unitsPerPoint));
        writer.setCreator(QStringLiteral("SSTC Desk"));
        writer.setTitle(m_document.title);
        QPainter painter(&writer);
        for (int index = 0; index < pageCount(); ++index) {
            if (index > 0)
                writer.newPage();
            paintPage(painter, index);
            if (progress && !progress(index + 1, pageCount())) {
                painter.end();
                return false;
            }
        }
        painter.end();
    }
    const std::optional<QByteArray> archival = ArchivalPdf::completed(
        buffer.data(), ArchivalPdfMetadata{m_document.author, m_document.languageTags});
    if (!archival)
        qWarning("The report's PDF has no author and language: its layout was not recognised.");
    // A failed write is the device's to report (QSaveFile::commit), not a cancellation.
    device.write(archival ? *archival : buffer.data());
    return true;
}

QString ReportRenderer::savePdf(const QString &path, const Progress &progress,
                                bool *cancelled) const
{
    if (cancelled)
        *cancelled = false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    if (!writePdf(file, progress)) {
        file.cancelWriting();
        if (cancelled)
            *cancelled = true;
        return tr("The report was cancelled; “%1” was not written.")
            .arg(QDir::toNativeSeparators(path));
    }
    if (!file.commit())
        return tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace sstc
