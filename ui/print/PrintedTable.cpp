#include "ui/print/PrintedTable.h"

#include "ui/timeline/TimelineExporter.h"

#include <QFontMetricsF>
#include <QHeaderView>
#include <QPainter>
#include <QPrinter>
#include <QTableView>

namespace sstc {

namespace {
constexpr int printResolution = 96; // laid out in the screen's logical dots

struct PageGeometry
{
    QRectF page;
    double rowHeight = 0;
    double titleHeight = 0;
    double footerHeight = 0;

    double tableTop() const { return titleHeight; }
    int rowsPerPage() const
    {
        const double room = page.height() - titleHeight - footerHeight - rowHeight; // header
        return qMax(1, int(room / rowHeight));
    }
};

// One face for Latin and Chinese, the one the timeline's PDF uses (embeds correctly).
QFont tableFont()
{
    return TimelineExporter::exportFont(8);
}

PageGeometry geometryOf(QPrinter &printer)
{
    printer.setResolution(printResolution);
    PageGeometry geometry;
    geometry.page = QRectF(QPointF(0, 0),
                           printer.pageLayout().paintRectPixels(printResolution).size());
    const QFontMetricsF metrics(tableFont(), &printer);
    geometry.rowHeight = metrics.height() * 1.5;
    geometry.titleHeight = metrics.height() * 3;
    geometry.footerHeight = metrics.height() * 1.6;
    return geometry;
}
} // namespace

PrintedTable PrintedTable::ofView(const QTableView &view, const QString &title)
{
    PrintedTable table;
    table.title = title;
    const QAbstractItemModel *model = view.model();
    const QHeaderView *header = view.horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    for (const int column : std::as_const(columns)) {
        table.header << model->headerData(column, Qt::Horizontal).toString();
        table.columnWeights << qMax(20, header->sectionSize(column));
        const QVariant alignment = model->index(0, column).data(Qt::TextAlignmentRole);
        table.rightAligned << (alignment.isValid() &&
                               (Qt::Alignment(alignment.toInt()) & Qt::AlignRight));
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        if (view.isRowHidden(row))
            continue;
        QStringList cells;
        for (const int column : std::as_const(columns))
            cells << model->index(row, column).data().toString().simplified();
        table.rows << cells;
    }
    return table;
}

int PrintedTable::rowsPerPage(QPrinter &printer) const
{
    return geometryOf(printer).rowsPerPage();
}

void PrintedTable::print(QPrinter &printer) const
{
    const PageGeometry geometry = geometryOf(printer);
    QPainter painter;
    if (!painter.begin(&printer))
        return;
    const QFont font = tableFont();
    QFont bold = font;
    bold.setBold(true);
    QFont titleFont = bold;
    titleFont.setPointSizeF(font.pointSizeF() * 1.4);

    double weights = 0;
    for (const double weight : columnWeights)
        weights += weight;
    QList<double> widths;
    for (const double weight : columnWeights)
        widths << geometry.page.width() * weight / qMax(1.0, weights);

    const int perPage = geometry.rowsPerPage();
    const int pages = qMax(1, int((rows.size() + perPage - 1) / perPage));
    const double padding = geometry.rowHeight * 0.2;
    auto drawRow = [&](double top, const QStringList &cells, bool isHeader) {
        double left = 0;
        painter.setFont(isHeader ? bold : font);
        for (int column = 0; column < widths.size(); ++column) {
            const QRectF cell(left + padding, top, widths.at(column) - 2 * padding,
                              geometry.rowHeight);
            const Qt::Alignment alignment =
                (rightAligned.value(column) && !isHeader ? Qt::AlignRight : Qt::AlignLeft) |
                Qt::AlignVCenter;
            const QString text = painter.fontMetrics().elidedText(cells.value(column),
                                                                  Qt::ElideRight,
                                                                  int(cell.width()));
            painter.drawText(cell, alignment, text);
            left += widths.at(column);
        }
    };

    for (int pageIndex = 0; pageIndex < pages; ++pageIndex) {
        if (pageIndex > 0)
            printer.newPage();
        painter.setPen(Qt::black);
        painter.setFont(titleFont);
        const QRectF titleRect(0, 0, geometry.page.width(), geometry.titleHeight * 0.7);
        painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.setFont(font);
        painter.drawText(titleRect, Qt::AlignRight | Qt::AlignVCenter, dateLine);

        double top = geometry.tableTop();
        painter.fillRect(QRectF(0, top, geometry.page.width(), geometry.rowHeight),
                         QColor(0xe8, 0xec, 0xf2));
        drawRow(top, header, true);
        top += geometry.rowHeight;
        const int first = pageIndex * perPage;
        const int last = qMin(int(rows.size()), first + perPage);
        for (int row = first; row < last; ++row, top += geometry.rowHeight) {
            drawRow(top, rows.at(row), false);
            painter.setPen(QColor(0xd0, 0xd5, 0xdd));
            painter.drawLine(QPointF(0, top + geometry.rowHeight),
                             QPointF(geometry.page.width(), top + geometry.rowHeight));
            painter.setPen(Qt::black);
        }
        painter.setPen(Qt::darkGray);
        painter.setFont(font);
        painter.drawText(QRectF(0, geometry.page.height() - geometry.footerHeight,
                                geometry.page.width(), geometry.footerHeight),
                         Qt::AlignRight | Qt::AlignBottom,
                         tr("Page %1 of %2").arg(pageIndex + 1).arg(pages));
    }
    painter.end();
}

} // namespace sstc
