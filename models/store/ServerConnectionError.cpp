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

bool ServerConnectionError::meansLost(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")))
        return true;
    static const QRegularExpression lost(
        QStringLiteral("server closed the connection unexpectedly|no connection to the server|"
                       "terminating connection due to administrator command|could not send data "
                       "to server|could not receive data from server|connection not open|"
                       "SSL SYSCALL error|the database system is shutting down"));
    return lost.match(error.databaseText() + QLatin1Char('\n') + error.driverText()).hasMatch();
}

} // namespace sstc
