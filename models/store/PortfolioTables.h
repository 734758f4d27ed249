#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sstc {

// A table of the portfolio's schema, as a whole-portfolio copy reads and writes it.
struct PortfolioTable
{
    QString name;
    // The columns that order its rows (its key), so that two readings list them alike.
    QString order;
    // Columns that refer to a row of the same table: written after all its rows are in, since
    // a row may name one that comes after it.
    QStringList selfReferences;
};

// Every table that holds the portfolio's data, in an order where each comes after the tables
// it refers to. Search indexes (SQLite's project_text and its shadow tables) are not listed:
// the database keeps them from the rows. A table a schema version has not reached yet is
// simply missing from an older portfolio.
class PortfolioTables
{
public:
    static const QList<PortfolioTable> &all();
};

} // namespace sstc
