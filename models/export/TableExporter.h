#pragma once

#include <QAbstractItemModel>
#include <QIODevice>
#include <QString>

#include <functional>

namespace sstc {

// Writes the rows of a table model as an aligned text table (what the model displays), as
// CSV or as JSON (the model's raw ExportRole values, keyed by ColumnKeyRole). Every CSV the
// program writes, in the window and on the command line, takes its cells from csvCell(): the
// one place where text that a spreadsheet would run as a formula is neutralised.
class TableExporter
{
public:
    enum class Format
    {
        Table,
        Csv,
        Json
    };

    // The table for a terminal shows control characters as U+FFFD (TerminalText); JSON
    // escapes them.
    static QString write(const QAbstractItemModel &model, Format format);

    // Text that a spreadsheet would run as a formula (it begins with = + - @, a tab or a
    // carriage return: `=cmd|' /C calc'!A0`, `@SUM(A1)`, `-2+3`) gets an apostrophe in front,
    // which spreadsheets show as text. Only for text: a number (-5) is written as it is.
    static QString neutralised(const QString &text);
    // One CSV cell: neutralised, and quoted when it holds a comma, a quote or a line break.
    static QString csvCell(const QString &text);
    // The same for a model's value: numbers as they are, lists and amounts joined as text.
    static QString csvCell(const QVariant &value);
    // What a model's cell shows, for a spreadsheet (a CSV file or the clipboard): the displayed
    // text, neutralised unless the cell holds a number.
    static QString shownCell(const QModelIndex &index);

    // What the user sees, for a spreadsheet program: the given columns in the given order,
    // displayed texts, UTF-8 with a byte-order mark (so that Chinese shows), CRLF lines, and
    // text cells neutralised() so that they cannot run as formulas.
    static QByteArray spreadsheetCsv(const QAbstractItemModel &model, const QList<int> &columns);
    // The same written to `out` a block of rows at a time, telling `rowsWritten` how many rows
    // are out after each block; it returns false to stop. False when stopped or not written.
    using RowsWritten = std::function<bool(int rows)>;
    static bool writeSpreadsheetCsv(const QAbstractItemModel &model, const QList<int> &columns,
                                    QIODevice &out, const RowsWritten &rowsWritten = {});
    // The given rows and columns with a header line, tab-separated, for the clipboard (pasted
    // into a spreadsheet, so neutralised as in spreadsheetCsv).
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
