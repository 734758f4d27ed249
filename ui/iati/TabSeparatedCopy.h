#pragma once

#include <QString>

class QTableView;

namespace sstc {

// A table's rows as tab-separated text, header first, for pasting into a spreadsheet: the
// selected rows, or all of them when none is selected, in the order shown.
class TabSeparatedCopy
{
public:
    static QString text(const QTableView &table);
    static void toClipboard(const QTableView &table);
    // Ctrl+C (the platform's copy keys) on the table copies as above.
    static void addShortcut(QTableView &table);
};

} // namespace sstc
