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
};

} // namespace sstc
