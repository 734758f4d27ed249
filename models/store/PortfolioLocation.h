#pragma once

#include <QCoreApplication>
#include <QString>

namespace sstc {

// Where a portfolio lives: a file, or a database on a PostgreSQL server named by a connection
// URI (postgresql://user@host:5432/dbname?sslmode=require, postgresql:///dbname?host=/socket).
// Parsed once, where the user names it. What is left out of the URI (user, host, port,
// password) libpq takes from its PG* environment variables and ~/.pgpass, as PostgreSQL users
// expect. A password written in the URI is kept only for connecting: displayName() and every
// message leave it out.
class PortfolioLocation
{
    Q_DECLARE_TR_FUNCTIONS(sstc::PortfolioLocation)

public:
    enum class Kind
    {
        File,
        Server
    };

    PortfolioLocation() = default;
    static PortfolioLocation file(const QString &path);
    // A file path, or a server when the text starts with postgresql:// or postgres://.
    // A server URI that cannot be read (no database, a bad port) gives an invalid location
    // and `error` says why.
    static PortfolioLocation parse(const QString &text, QString *error = nullptr);
    static bool looksLikeServer(const QString &text);
    // A server named part by part (the connect dialog); an empty part, port 0, is left to
    // libpq's defaults. `options` as connectOptions() gives them.
    static PortfolioLocation server(const QString &host, int port, const QString &database,
                                    const QString &user, const QString &password,
                                    const QString &options = {});

    bool isValid() const
    {
        return m_kind == Kind::File ? !m_path.isEmpty() : !m_database.isEmpty();
    }
    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Server; }

    // File: the path as given.
    QString filePath() const { return m_path; }

    // Server: each part empty (port 0) when the URI leaves it to libpq's defaults. The host
    // is a name, an address, or (starting with '/') the folder of a Unix socket.
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    // libpq connection parameters beside those above (sslmode, connect_timeout…), in the
    // form Qt's QPSQL driver passes through: "key=value;key=value".
    QString connectOptions() const { return m_options; }
    // One of those parameters (sslmode…); empty when the location leaves it out.
    QString option(const QString &key) const;
    // The same place, connected to with another password (empty: libpq finds it).
    PortfolioLocation withPassword(const QString &password) const;

    // The location for messages, titles and recent lists: the path, or the URI without its
    // password.
    QString displayName() const;

private:
    Kind m_kind = Kind::File;
    QString m_path;
    QString m_host;
    int m_port = 0;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_options;
};

} // namespace sstc
