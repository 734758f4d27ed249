#include "models/store/ServerConnectionError.h"

#include <QRegularExpression>

namespace sstc {

StoreError::Kind ServerConnectionError::kindOf(const QSqlError &error)
{
    return kindOf(error.databaseText() + QLatin1Char('\n') + error.driverText());
}

StoreError::Kind ServerConnectionError::kindOf(const QString &libpqMessage)
{
    // Checked before "connection to server … failed", which since PostgreSQL 14 starts every
    // message, the server's refusals included.
    static const QRegularExpression noSuchDatabase(
        QStringLiteral("database \"[^\"]*\" does not exist"));
    static const QRegularExpression accessRefused(
        QStringLiteral("password authentication failed|no password supplied|authentication "
                       "failed for user|role \"[^\"]*\" does not exist|no pg_hba\\.conf entry|"
                       "permission denied for database"));
    static const QRegularExpression unreachable(
        QStringLiteral("could not connect|connection to server .* failed|could not translate "
                       "host name|timeout expired|Connection refused|No route to host|"
                       "Network is unreachable"));
    if (noSuchDatabase.match(libpqMessage).hasMatch())
        return StoreError::Kind::NoSuchDatabase;
    if (accessRefused.match(libpqMessage).hasMatch())
        return StoreError::Kind::AccessRefused;
    if (unreachable.match(libpqMessage).hasMatch())
        return StoreError::Kind::ServerUnreachable;
    return StoreError::Kind::CannotOpen;
}

} // namespace sstc
