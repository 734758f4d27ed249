#pragma once

#include "models/report/ReportDocument.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPageSize>
#include <QRectF>
#include <QSizeF>

namespace sstc {

// What is drawn where on one page, in tenths of a point (the PDF is written at 720 dpi, so
// one unit is one device pixel there; the preview scales the same items down).
struct ReportPageItem
{
    enum class Kind
    {
        Text,
        Fill,
        Line,
        Figure
    };
    Kind kind = Kind::Text;
    QRectF rect;
    QString text;
    QFont font;
    int flags = 0;
    QColor color;
    const ReportFigure *figure = nullptr;
    int firstRow = 0; // a figure may be split across pages by rows
    int rowCount = 0;
};

struct ReportPage
{
    QString header; // the running header; empty on the cover
    QString footer; // "Page %1 of %2" in the page's language; empty: the document's
    QList<ReportPageItem> items;
};

// Lays a ReportDocument out on pages: word-wrapped paragraphs, tables whose header row is
// repeated on every page they cross, figures split by rows, headings kept with what follows.
class ReportLayout
{
public:
    static constexpr double unitsPerPoint = 10;

    ReportLayout(const ReportDocument &document, QPageSize::PageSizeId pageSize);

    QSizeF pageSize() const { return m_pageSize; } // in units
    const QList<ReportPage> &pages() const { return m_pages; }

    // The report's typeface for a size in points: a clean sans-serif for Latin text and a
    // simplified-Chinese face for Chinese, both named explicitly so that the machine's
    // fallback (often a Japanese face) is never used.
    static QFont font(double points, bool bold = false);
    static QStringList fontFamilies();

    // Figure geometry shared by the layout and the painter.
    static double figureRowHeight(const ReportFigure &figure);
    static constexpr double figureHeaderHeight = 260;

private:
    void layoutBlock(int index);
    void layoutText(const QString &text, const QFont &font, double spaceBefore, double spaceAfter,
                    const QColor &color = Qt::black, double keepBelow = 0);
    // The room a heading needs below itself so as not to stand alone at the foot of a page:
    // the headings that follow it and the start of what they head.
    double keptBelow(int index) const;
    double startHeight(const ReportBlock &block) const;
    QList<double> columnWidths(const ReportTable &table) const;
    void layoutTable(const ReportTable &table);
    void layoutFigure(const ReportFigure &figure);
    double figureCaptionHeight(const ReportFigure &figure) const;
    double tableRowHeight(const QStringList &cells, const QList<double> &widths,
                          const QFont &font) const;
    void addTableRow(const QStringList &cells, const QList<double> &widths, const QFont &font,
                     const QList<int> &numericColumns, bool header);
    double textHeight(const QString &text, const QFont &font, double width) const;
    void newPage();
    double remaining() const { return m_bottom - m_y; }
    ReportPage &page() { return m_pages.last(); }

    const ReportDocument &m_document;
    QSizeF m_pageSize;
    double m_left = 0;
    double m_width = 0;
    double m_top = 0;
    double m_bottom = 0;
    double m_y = 0;
    QString m_header; // the running header in force
    QString m_footer; // and the footer
    QList<ReportPage> m_pages;
};

} // namespace sstc
