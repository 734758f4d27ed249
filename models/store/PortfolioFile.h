#pragma once

#include <QString>

namespace sstc {

// Looks at a portfolio file before SQLite touches it, so that a wrong or protected file is
// refused without a single byte written to it.
class PortfolioFile
{
public:
    enum class State
    {
        Missing,
        Empty,
        SqliteDatabase
    };

    // Throws StoreError for a file that is not an SQLite database, a read-only file, or a
    // folder where the file (or SQLite's journal beside it) cannot be written.
    static State inspect(const QString &path);

    // Whether we may write: both the permission bits and the access check must allow it, so
    // that a file the user protected counts as read-only even for root.
    static bool isWritable(const QString &path);

    // Whether the file starts as an SQLite database does; throws StoreError (CannotOpen) when
    // it cannot be read. Reads only.
    static bool hasSqliteHeader(const QString &path);

    // Removes a portfolio that was just created, with SQLite's journal files beside it.
    static void removeWithJournal(const QString &path);
};

} // namespace sstc
