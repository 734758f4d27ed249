#pragma once

class QTableView;

namespace sstc {

// How a history (AuditTableModel) sits in a side pane a third of a laptop screen wide: no
// sideways scrolling, rows of at most two lines (a long value is cut with "…" and read in full
// in its tooltip or by widening the pane), the moment and the name whole.
class AuditTableLayout
{
public:
    static void apply(QTableView *table);
    // Row height and column widths for the table's current font.
    static void measure(QTableView *table);
    // The columns' widths follow the texts of the current language.
    static void fitColumns(QTableView *table);
};

} // namespace sstc
