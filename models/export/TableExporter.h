#pragma once

#include <QAbstractItemModel>
#include <QString>

namespace sstc {

// Writes the rows of a table model as an aligned text table (what the model displays), as
// CSV or as JSON (the model's raw ExportRole values, keyed by ColumnKeyRole).
class TableExporter
{
public:
    enum class Format
    {
        Table,
        Csv,
        Json
    };

    static QString write(const QAbstractItemModel &model, Format format);

    // What the user sees, for a spreadsheet program: the given columns in the given order,
    // displayed texts, UTF-8 with a byte-order mark (so that Chinese shows), CRLF lines, and
    // cells that begin with = + - @ prefixed with an apostrophe so that they cannot run as
    // formulas.
    static QByteArray spreadsheetCsv(const QAbstractItemModel &model, const QList<int> &columns);
    // The given rows and columns with a header line, tab-separated, for the clipboard.
    static QString tabSeparated(const QAbstractItemModel &model, const QList<int> &rows,
                                const QList<int> &columns);
    // All rows of the given columns as an HTML table with a header row, for pasting into a
    // word processor or an e-mail beside the tab-separated text. Texts are escaped.
    static QString html(const QAbstractItemModel &model, const QList<int> &columns);

    // Terminal columns a text takes: two for each CJK character.
    static int displayWidth(const QString &text);

private:
    static QString table(const QAbstractItemModel &model);
    static QString csv(const QAbstractItemModel &model);
    static QString json(const QAbstractItemModel &model);
};

} // namespace sstc
