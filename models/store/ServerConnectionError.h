#pragma once

#include "models/store/StoreError.h"

#include <QSqlError>

namespace sstc {

// Why a connection to a PostgreSQL server failed, for a message that says what to do. libpq
// reports a failed connection as text only (no SQLSTATE reaches Qt's driver), so the text is
// read: the server's FATAL line (a wrong password, an unknown role or database) or libpq's
// own words for a server it never reached.
class ServerConnectionError
{
public:
    static StoreError::Kind kindOf(const QSqlError &error);
    static StoreError::Kind kindOf(const QString &libpqMessage);
    // Whether a statement failed because the connection went away: the server shut down
    // (SQLSTATE 57P01-57P03, class 08) or closed the socket, which libpq reports without a
    // SQLSTATE.
    static bool meansLost(const QSqlError &error);
};

} // namespace sstc
