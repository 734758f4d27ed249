#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sstc {

// The content of a donor report as a plain structure, independent of how it is drawn: the
// renderer in ui/report lays it out on pages, the tests read its text without a window.

enum class ReportBlockKind
{
    Title,     // the cover's title
    CoverLine, // a line of the cover (donor, period, date of issue)
    Heading,   // a section
    Subheading,
    Paragraph,
    Note, // what is missing or not converted: said in place, never printed as zero
    Table,
    Figure,
    PageBreak // its text is the running header of the pages from here on
};

enum class ReportFigureKind
{
    Timeline,   // one bar per row from start to end
    FundingBars // grouped bars per row, one per series
};

struct ReportTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> numericColumns; // right-aligned
    // Relative widths of the columns; equal when empty.
    QList<double> columnWeights;
};

// A vector figure: rows of values the renderer draws. For a timeline, values are the start and
// end as fractional years; for bars, one amount per series.
struct ReportFigureRow
{
    QString label;
    QList<double> values;
    QStringList valueTexts; // the values as printed beside the bars, formatted for the language
};

struct ReportFigure
{
    ReportFigureKind kind = ReportFigureKind::Timeline;
    QString caption;
    QStringList seriesNames;
    QList<ReportFigureRow> rows;
    double axisFrom = 0; // timeline: first year shown
    double axisTo = 0;
    double periodFrom = 0; // timeline: the reporting period, shaded
    double periodTo = 0;
};

struct ReportBlock
{
    ReportBlockKind kind = ReportBlockKind::Paragraph;
    QString text; // a PageBreak's: the running header of the pages it starts
    // A PageBreak's: the footer of the pages it starts ("Page %1 of %2"), in their language.
    QString footer;
    ReportTable table;
    ReportFigure figure;
};

struct ReportDocument
{
    QString title; // the PDF's title, in the report's language(s)
    // "Page %1 of %2" in the report's language(s): the cover's footer, and that of pages no
    // PageBreak gives one.
    QString pageFooter;
    QString author; // who issues it, in the report's language(s): the PDF's author
    QStringList languageTags; // BCP 47 tags of its languages, in the order they appear
    QList<ReportBlock> blocks;

    void add(ReportBlockKind kind, const QString &text)
    {
        ReportBlock block;
        block.kind = kind;
        block.text = text;
        blocks << block;
    }
    // Starts the pages of one language: their running header and footer.
    void addPageBreak(const QString &header, const QString &footer)
    {
        ReportBlock block;
        block.kind = ReportBlockKind::PageBreak;
        block.text = header;
        block.footer = footer;
        blocks << block;
    }
    void addTable(const ReportTable &table)
    {
        ReportBlock block;
        block.kind = ReportBlockKind::Table;
        block.table = table;
        blocks << block;
    }
    void addFigure(const ReportFigure &figure)
    {
        ReportBlock block;
        block.kind = ReportBlockKind::Figure;
        block.figure = figure;
        blocks << block;
    }

    // The text the report holds, one block or table row per line (cells separated by " | "):
    // what the golden tests compare and what a reader can copy out of the PDF.
    QString plainText() const;
};

} // namespace sstc
