#include "models/export/TableExporter.h"

#include "models/itemmodels/ItemRoles.h"
#include "models/text/TerminalText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QBuffer>
#include <QStringList>

namespace sstc {

namespace {
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

bool isNumber(const QVariant &value)
{
    switch (value.userType()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

// DEL and the C1 controls (U+009B is a one-character CSI) are valid unescaped in JSON, but a
// terminal may run them: written as \u escapes, the JSON means the same.
QString withEscapedC1(const QString &json)
{
    QString out;
    out.reserve(json.size());
    for (QChar c : json) {
        if (c.unicode() >= 0x7F && c.unicode() <= 0x9F)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

// Tabs and line breaks would break a tab-separated row.
QString tabCell(QString text)
{
    return text.replace(QLatin1Char('\t'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

// A raw value as one CSV cell: lists joined with ";", amounts as "1000000 USD".
QString csvValue(const QVariant &value)
{
    if (value.userType() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1Char(';'));
    if (value.userType() == QMetaType::QVariantList) {
        QStringList parts;
        for (const QVariant &item : value.toList()) {
            const QVariantMap map = item.toMap();
            if (map.isEmpty()) {
                parts << item.toString();
                continue;
            }
            QString amount =
                QString::number(map.value(QStringLiteral("amount")).toDouble(), 'f', 2);
            if (amount.endsWith(QLatin1String(".00")))
                amount.chop(3);
            parts << amount + QLatin1Char(' ') + map.value(QStringLiteral("currency")).toString();
        }
        return parts.join(QLatin1Char(';'));
    }
    return value.toString();
}
} // namespace

QString TableExporter::neutralised(const QString &text)
{
    // A cell a spreadsheet would run as a formula starts with one of these.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

QString TableExporter::csvCell(const QString &text)
{
    return csvField(neutralised(text));
}

QString TableExporter::shownCell(const QModelIndex &index)
{
    // The displayed text, but a number stays a number ("-5", not "'-5").
    const QString text = index.data().toString();
    return isNumber(index.data(ExportRole)) ? text : neutralised(text);
}

QString TableExporter::csvCell(const QVariant &value)
{
    if (!isNumber(value))
        return csvCell(csvValue(value));
    // Every digit and no exponent: 2000000, not QVariant's "2e+06".
    if (value.userType() == QMetaType::Double || value.userType() == QMetaType::Float)
        return QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    return value.toString();
}

int TableExporter::displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString TableExporter::write(const QAbstractItemModel &model, Format format)
{
    switch (format) {
    case Format::Table:
        return table(model);
    case Format::Csv:
        return csv(model);
    case Format::Json:
        return json(model);
    }
    return {};
}

QString TableExporter::table(const QAbstractItemModel &model)
{
    const int columns = model.columnCount();
    QList<QStringList> rows;
    QStringList header;
    for (int column = 0; column < columns; ++column)
        header << TerminalText::printable(
            model.headerData(column, Qt::Horizontal).toString().simplified());
    rows << header;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < columns; ++column)
            cells << TerminalText::printable(
                model.index(row, column).data().toString().simplified());
        rows << cells;
    }
    QList<int> widths(columns, 0);
    for (const QStringList &cells : rows)
        for (int column = 0; column < columns; ++column)
            widths[column] = qMax(widths[column], displayWidth(cells.at(column)));

    QString out;
    for (int i = 0; i < rows.size(); ++i) {
        QString line;
        for (int column = 0; column < columns; ++column) {
            const QString &cell = rows.at(i).at(column);
            line += cell;
            if (column + 1 < columns)
                line += QString(widths[column] - displayWidth(cell) + 2, QLatin1Char(' '));
        }
        // Only the padding at the end goes: an empty first cell keeps its column's width.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
        if (i == 0) {
            int total = 0;
            for (int width : widths)
                total += width + 2;
            out += QString(qMax(0, total - 2), QLatin1Char('-')) + QLatin1Char('\n');
        }
    }
    return out;
}

QString TableExporter::csv(const QAbstractItemModel &model)
{
    const int columns = model.columnCount();
    QString out;
    QStringList header;
    for (int column = 0; column < columns; ++column)
        header << csvCell(model.headerData(column, Qt::Horizontal).toString());
    out += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < columns; ++column)
            cells << csvCell(model.index(row, column).data(ExportRole));
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

QByteArray TableExporter::spreadsheetCsv(const QAbstractItemModel &model, const QList<int> &columns)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeSpreadsheetCsv(model, columns, buffer);
    return bytes;
}

bool TableExporter::writeSpreadsheetCsv(const QAbstractItemModel &model, const QList<int> &columns,
                                        QIODevice &out, const RowsWritten &rowsWritten)
{
    // Written in blocks: one string of the whole table would need its size twice (UTF-16 and
    // UTF-8) at the end.
    constexpr int rowsPerBlock = 2000;
    QString block;
    QStringList cells;
    for (int column : columns)
        cells << csvCell(model.headerData(column, Qt::Horizontal).toString());
    block += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    if (out.write("\xEF\xBB\xBF") != 3)
        return false;
    const int rows = model.rowCount();
    for (int row = 0; row < rows; ++row) {
        cells.clear();
        for (int column : columns)
            cells << csvField(shownCell(model.index(row, column)));
        block += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        if ((row + 1) % rowsPerBlock == 0 || row + 1 == rows) {
            const QByteArray utf8 = block.toUtf8();
            if (out.write(utf8) != utf8.size())
                return false;
            block.clear();
            if (rowsWritten && !rowsWritten(row + 1))
                return false;
        }
    }
    if (rows == 0) {
        const QByteArray utf8 = block.toUtf8();
        return out.write(utf8) == utf8.size();
    }
    return true;
}

QString TableExporter::tabSeparated(const QAbstractItemModel &model, const QList<int> &rows,
                                    const QList<int> &columns)
{
    QStringList lines;
    QStringList cells;
    for (int column : columns)
        cells << tabCell(neutralised(model.headerData(column, Qt::Horizontal).toString()));
    lines << cells.join(QLatin1Char('\t'));
    for (int row : rows) {
        cells.clear();
        for (int column : columns)
            cells << tabCell(shownCell(model.index(row, column)));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString TableExporter::html(const QAbstractItemModel &model, const QList<int> &columns)
{
    QString out = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<tr>");
    for (int column : columns)
        out += QStringLiteral("<th>%1</th>")
                   .arg(model.headerData(column, Qt::Horizontal).toString().toHtmlEscaped());
    out += QStringLiteral("</tr>\n");
    for (int row = 0; row < model.rowCount(); ++row) {
        out += QStringLiteral("<tr>");
        for (int column : columns) {
            const QModelIndex index = model.index(row, column);
            const bool right = index.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight;
            out += QStringLiteral("<td%1>%2</td>")
                       .arg(right ? QStringLiteral(" align=\"right\"") : QString(),
                            index.data().toString().toHtmlEscaped());
        }
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

QString TableExporter::json(const QAbstractItemModel &model)
{
    const int columns = model.columnCount();
    QStringList keys;
    for (int column = 0; column < columns; ++column)
        keys << model.headerData(column, Qt::Horizontal, ColumnKeyRole).toString();
    QJsonArray array;
    for (int row = 0; row < model.rowCount(); ++row) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), model.index(row, 0).data(IdRole).toLongLong());
        for (int column = 0; column < columns; ++column)
            object.insert(keys.at(column),
                          QJsonValue::fromVariant(model.index(row, column).data(ExportRole)));
        array.append(object);
    }
    return withEscapedC1(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
}

} // namespace sstc
