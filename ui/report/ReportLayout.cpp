#include "ui/report/ReportLayout.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <optional>

namespace sstc {

namespace {
constexpr double margin = 560; // 56 pt, about 2 cm
constexpr double cellPadding = 35;
const QColor headerFill(0xe4, 0xe9, 0xf2);
const QColor ruleColor(0x9a, 0xa5, 0xb8);
const QColor noteColor(0x8a, 0x3b, 0x12);

const QColor headingColor(0x1e, 0x2d, 0x5a);

int cellFlags(bool numeric)
{
    return Qt::TextWordWrap | Qt::AlignTop | (numeric ? Qt::AlignRight : Qt::AlignLeft);
}

// How a block of text is set: its size, weight, colour and the space around it.
struct TextStyle
{
    double points;
    bool bold;
    double spaceBefore;
    double spaceAfter;
    QColor color;
};

std::optional<TextStyle> textStyleOf(ReportBlockKind kind)
{
    switch (kind) {
    case ReportBlockKind::Title:
        return TextStyle{24, true, 0, 120, headingColor};
    case ReportBlockKind::CoverLine:
        return TextStyle{12, false, 60, 40, Qt::black};
    case ReportBlockKind::Heading:
        return TextStyle{15, true, 240, 100, headingColor};
    case ReportBlockKind::Subheading:
        return TextStyle{11, true, 160, 60, Qt::black};
    case ReportBlockKind::Paragraph:
        return TextStyle{9.5, false, 40, 60, Qt::black};
    case ReportBlockKind::Note:
        return TextStyle{9.5, false, 40, 60, noteColor};
    default:
        return std::nullopt;
    }
}

bool isHeading(ReportBlockKind kind)
{
    return kind == ReportBlockKind::Heading || kind == ReportBlockKind::Subheading;
}
} // namespace

QStringList ReportLayout::fontFamilies()
{
    return {QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei")};
}

QFont ReportLayout::font(double points, bool bold)
{
    QFont font;
    font.setFamilies(fontFamilies());
    // Pixel sizes in layout units: the same metrics on the PDF and in the preview.
    font.setPixelSize(int(std::lround(points * unitsPerPoint)));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    return font;
}

double ReportLayout::figureRowHeight(const ReportFigure &figure)
{
    return figure.kind == ReportFigureKind::Timeline ? 150 : 60.0 * figure.seriesNames.size() + 50;
}

ReportLayout::ReportLayout(const ReportDocument &document, QPageSize::PageSizeId pageSize)
    : m_document(document)
{
    m_pageSize = QPageSize(pageSize).size(QPageSize::Point) * unitsPerPoint;
    m_left = margin;
    m_width = m_pageSize.width() - 2 * margin;
    m_top = margin + 120; // room for the running header
    m_bottom = m_pageSize.height() - margin - 80;
    m_pages << ReportPage();
    m_y = m_top;
    for (int index = 0; index < document.blocks.size(); ++index)
        layoutBlock(index);
}

void ReportLayout::newPage()
{
    ReportPage next;
    next.header = m_header;
    next.footer = m_footer;
    m_pages << next;
    m_y = m_top;
}

double ReportLayout::textHeight(const QString &text, const QFont &font, double width) const
{
    const QFontMetricsF metrics(font);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

void ReportLayout::layoutText(const QString &text, const QFont &font, double spaceBefore,
                              double spaceAfter, const QColor &color, double keepBelow)
{
    const double height = textHeight(text, font, m_width);
    // A heading at the foot of a page goes to the next one, with what it heads; unless that
    // would not fit on any page.
    double needed = spaceBefore + height + (keepBelow > 0 ? spaceAfter + keepBelow : 0);
    if (needed > m_bottom - m_top)
        needed = spaceBefore + height;
    if (m_y > m_top && needed > remaining())
        newPage();
    if (m_y > m_top)
        m_y += spaceBefore;
    ReportPageItem item;
    item.kind = ReportPageItem::Kind::Text;
    item.rect = QRectF(m_left, m_y, m_width, height);
    item.text = text;
    item.font = font;
    item.flags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
    item.color = color;
    page().items << item;
    m_y += height + spaceAfter;
}

double ReportLayout::keptBelow(int index) const
{
    double height = 0;
    for (int next = index + 1; next < m_document.blocks.size(); ++next) {
        const ReportBlock &block = m_document.blocks.at(next);
        if (!isHeading(block.kind))
            return height + startHeight(block);
        const TextStyle style = *textStyleOf(block.kind);
        height += style.spaceBefore +
                  textHeight(block.text, font(style.points, style.bold), m_width) +
                  style.spaceAfter;
    }
    return height;
}

// The least of a block that must follow its heading on the same page, as the block's own
// layout decides where it starts: a paragraph whole (paragraphs are not split), a table's
// header and first row, a figure's caption, header and first rows.
double ReportLayout::startHeight(const ReportBlock &block) const
{
    switch (block.kind) {
    case ReportBlockKind::Paragraph:
    case ReportBlockKind::Note: {
        const TextStyle style = *textStyleOf(block.kind);
        return style.spaceBefore + textHeight(block.text, font(style.points, style.bold), m_width);
    }
    case ReportBlockKind::Table: {
        if (block.table.header.isEmpty())
            return 0;
        const QList<double> widths = columnWidths(block.table);
        double height = 60 + tableRowHeight(block.table.header, widths, font(8.5, true));
        if (!block.table.rows.isEmpty())
            height += tableRowHeight(block.table.rows.first(), widths, font(8.5));
        return height;
    }
    case ReportBlockKind::Figure:
        return figureCaptionHeight(block.figure) + figureHeaderHeight + 60 +
               std::min<int>(3, int(block.figure.rows.size())) * figureRowHeight(block.figure);
    default:
        return 0;
    }
}

void ReportLayout::layoutBlock(int index)
{
    const ReportBlock &block = m_document.blocks.at(index);
    if (const std::optional<TextStyle> style = textStyleOf(block.kind)) {
        if (block.kind == ReportBlockKind::Title && m_y == m_top)
            m_y += 1800;
        layoutText(block.text, font(style->points, style->bold), style->spaceBefore,
                   style->spaceAfter, style->color, isHeading(block.kind) ? keptBelow(index) : 0);
        return;
    }
    switch (block.kind) {
    case ReportBlockKind::Table:
        layoutTable(block.table);
        break;
    case ReportBlockKind::Figure:
        layoutFigure(block.figure);
        break;
    case ReportBlockKind::PageBreak:
        m_header = block.text;
        m_footer = block.footer;
        if (m_y > m_top || m_pages.size() == 1) {
            newPage();
        } else {
            page().header = m_header;
            page().footer = m_footer;
        }
        break;
    default:
        break;
    }
}

double ReportLayout::tableRowHeight(const QStringList &cells, const QList<double> &widths,
                                    const QFont &font) const
{
    double height = 0;
    for (int column = 0; column < widths.size(); ++column)
        height = std::max(
            height, textHeight(cells.value(column), font, widths.at(column) - 2 * cellPadding));
    return height + 2 * cellPadding;
}

void ReportLayout::addTableRow(const QStringList &cells, const QList<double> &widths,
                               const QFont &font, const QList<int> &numericColumns, bool header)
{
    const double height = tableRowHeight(cells, widths, font);
    if (header) {
        ReportPageItem fill;
        fill.kind = ReportPageItem::Kind::Fill;
        fill.rect = QRectF(m_left, m_y, m_width, height);
        fill.color = headerFill;
        page().items << fill;
    }
    double x = m_left;
    for (int column = 0; column < widths.size(); ++column) {
        ReportPageItem item;
        item.kind = ReportPageItem::Kind::Text;
        item.rect = QRectF(x + cellPadding, m_y + cellPadding, widths.at(column) - 2 * cellPadding,
                           height - 2 * cellPadding);
        item.text = cells.value(column);
        item.font = font;
        item.flags = cellFlags(numericColumns.contains(column));
        item.color = Qt::black;
        page().items << item;
        x += widths.at(column);
    }
    ReportPageItem rule;
    rule.kind = ReportPageItem::Kind::Line;
    rule.rect = QRectF(m_left, m_y + height, m_width, 0);
    rule.color = ruleColor;
    page().items << rule;
    m_y += height;
}

QList<double> ReportLayout::columnWidths(const ReportTable &table) const
{
    const int columns = int(table.header.size());
    QList<double> weights = table.columnWeights;
    if (weights.size() != columns)
        weights = QList<double>(columns, 1.0);
    double sum = 0;
    for (const double weight : std::as_const(weights))
        sum += weight;
    QList<double> widths;
    for (const double weight : std::as_const(weights))
        widths << m_width * weight / sum;
    return widths;
}

void ReportLayout::layoutTable(const ReportTable &table)
{
    const int columns = int(table.header.size());
    if (columns == 0)
        return;
    const QList<double> widths = columnWidths(table);

    const QFont bodyFont = font(8.5);
    const QFont headerFont = font(8.5, true);
    const double headerHeight = tableRowHeight(table.header, widths, headerFont);
    const double firstRowHeight =
        table.rows.isEmpty() ? 0 : tableRowHeight(table.rows.first(), widths, bodyFont);
    m_y += 60;
    if (m_y > m_top && headerHeight + firstRowHeight > remaining())
        newPage();
    addTableRow(table.header, widths, headerFont, table.numericColumns, true);
    for (const QStringList &row : table.rows) {
        const double height = tableRowHeight(row, widths, bodyFont);
        if (height > remaining()) {
            // The table goes on on the next page, under its header row again.
            newPage();
            addTableRow(table.header, widths, headerFont, table.numericColumns, true);
        }
        addTableRow(row, widths, bodyFont, table.numericColumns, false);
    }
    m_y += 80;
}

double ReportLayout::figureCaptionHeight(const ReportFigure &figure) const
{
    return textHeight(figure.caption, font(10, true), m_width) + 60;
}

void ReportLayout::layoutFigure(const ReportFigure &figure)
{
    const double rowHeight = figureRowHeight(figure);
    const double captionHeight = figureCaptionHeight(figure);
    int row = 0;
    while (row < figure.rows.size()) {
        const double room = remaining() - captionHeight - figureHeaderHeight - 60;
        int fitting = int(std::floor(room / rowHeight));
        if (fitting < std::min<int>(3, int(figure.rows.size()) - row)) {
            if (m_y > m_top) {
                newPage();
                continue;
            }
            fitting = 1;
        }
        fitting = std::min<int>(fitting, int(figure.rows.size()) - row);
        m_y += 60;
        layoutText(figure.caption, font(10, true), 0, 40);
        ReportPageItem item;
        item.kind = ReportPageItem::Kind::Figure;
        item.rect = QRectF(m_left, m_y, m_width, figureHeaderHeight + fitting * rowHeight);
        item.figure = &figure;
        item.firstRow = row;
        item.rowCount = fitting;
        page().items << item;
        m_y += item.rect.height() + 80;
        row += fitting;
    }
}

} // namespace sstc
