#include "models/report/ReportDocument.h"

namespace sstc {

QString ReportDocument::plainText() const
{
    QStringList lines;
    for (const ReportBlock &block : blocks) {
        switch (block.kind) {
        case ReportBlockKind::Table:
            lines << block.table.header.join(QStringLiteral(" | "));
            for (const QStringList &row : block.table.rows)
                lines << row.join(QStringLiteral(" | "));
            break;
        case ReportBlockKind::Figure:
            lines << QStringLiteral("[%1]").arg(block.figure.caption);
            for (const ReportFigureRow &row : block.figure.rows)
                lines << row.label;
            break;
        case ReportBlockKind::PageBreak:
            lines << QStringLiteral("---- %1 | %2").arg(block.text, block.footer);
            break;
        case ReportBlockKind::Heading:
            lines << QStringLiteral("# ") + block.text;
            break;
        case ReportBlockKind::Subheading:
            lines << QStringLiteral("## ") + block.text;
            break;
        default:
            lines << block.text;
            break;
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace sstc
