#pragma once

class QSqlDatabase;

namespace sstc {

// The errno behind an SQLite connection's last I/O error. Qt's QSqlError carries only
// SQLite's code, and SQLITE_IOERR_WRITE is the same for a full disk (EFBIG) as for a
// failing one (EIO); the user needs to know which.
class SqliteSystemError
{
public:
    // 0 when unknown: no SQLite connection, or no system error behind the last failure.
    static int of(const QSqlDatabase &connection);
};

} // namespace sstc
