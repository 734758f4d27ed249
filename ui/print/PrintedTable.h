#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QPrinter;
class QTableView;

namespace sstc {

// A table as printed: the columns and rows a view shows, in its order, on as many pages as
// they take, the header row repeated on each, with the title, date and "page n of N".
class PrintedTable
{
    Q_DECLARE_TR_FUNCTIONS(sstc::PrintedTable)

public:
    // What the view shows: visible columns in their on-screen order and widths, every row
    // of its model (not only those scrolled into view).
    static PrintedTable ofView(const QTableView &view, const QString &title);

    QString title;
    QString dateLine; // e.g. the day printed, in the interface language
    QStringList header;
    QList<QStringList> rows;
    QList<double> columnWeights; // relative widths
    QList<bool> rightAligned;

    // Rows per page on this printer, with its page layout; at least 1.
    int rowsPerPage(QPrinter &printer) const;
    void print(QPrinter &printer) const;
};

} // namespace sstc
