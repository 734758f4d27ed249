#pragma once

#include "ui/report/ReportLayout.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageSize>

#include <functional>

class QIODevice;
class QPainter;

namespace sstc {

// Draws a laid-out report: one page to any QPainter (the preview's images, the PDF), with the
// running header and "page n of N" footer; and the whole report as a PDF written through
// QSaveFile, so that a failed or cancelled report leaves no half-written file.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(sstc::ReportRenderer)

public:
    // Called after each page with the pages done and the total; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    ReportRenderer(const ReportDocument &document, QPageSize::PageSizeId pageSize);

    int pageCount() const { return int(m_layout.pages().size()); }
    QSizeF pageSize() const { return m_layout.pageSize(); }

    // The painter's coordinates must be in layout units (tenths of a point).
    void paintPage(QPainter &painter, int index) const;
    QImage pageImage(int index, double pixelsPerPoint) const;

    // Writes the PDF to a device already open for writing; false when cancelled.
    bool writePdf(QIODevice &device, const Progress &progress = {}) const;
    // Writes the PDF to a file. An empty string on success, else a message saying why; the
    // file is not touched when the report is cancelled or cannot be written.
    QString savePdf(const QString &path, const Progress &progress = {},
                    bool *cancelled = nullptr) const;

private:
    void paintFigure(QPainter &painter, const ReportPageItem &item) const;

    const ReportDocument &m_document;
    QPageSize::PageSizeId m_pageSizeId;
    ReportLayout m_layout;
};

} // namespace sstc
