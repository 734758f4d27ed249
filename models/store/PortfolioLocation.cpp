#include "models/store/PortfolioLocation.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace sstc {

namespace {

// libpq's parameters are spliced into one connection string by the QPSQL driver: a value
// with a space, quote or semicolon would change its meaning, so such values are refused.
bool isPlainParameter(const QString &key, const QString &value)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z_]+$"));
    static const QRegularExpression valuePattern(QStringLiteral("^[^\\s;'\"\\\\]+$"));
    return keyPattern.match(key).hasMatch() && valuePattern.match(value).hasMatch();
}

QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

} // namespace

PortfolioLocation PortfolioLocation::file(const QString &path)
{
    PortfolioLocation location;
    location.m_kind = Kind::File;
    location.m_path = path;
    return location;
}

bool PortfolioLocation::looksLikeServer(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

PortfolioLocation PortfolioLocation::parse(const QString &text, QString *error)
{
    if (!looksLikeServer(text))
        return file(text);
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        PortfolioLocation invalid;
        invalid.m_kind = Kind::Server;
        return invalid;
    };
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(tr("The server address cannot be read: %1").arg(url.errorString()));

    PortfolioLocation location;
    location.m_kind = Kind::Server;
    location.m_host = url.host(QUrl::FullyDecoded);
    location.m_port = url.port(0);
    location.m_user = url.userName(QUrl::FullyDecoded);
    location.m_password = url.password(QUrl::FullyDecoded);
    location.m_database = url.path(QUrl::FullyDecoded).mid(1);
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            location.m_host = value;
        else if (key == QLatin1String("port"))
            location.m_port = value.toInt();
        else if (key == QLatin1String("user"))
            location.m_user = value;
        else if (key == QLatin1String("password"))
            location.m_password = value;
        else if (key == QLatin1String("dbname"))
            location.m_database = value;
        else if (isPlainParameter(key, value))
            options << key + QLatin1Char('=') + value;
        else
            return refuse(tr("The server address has a parameter that cannot be used: "
                             "“%1”.")
                              .arg(key));
    }
    if (location.m_port < 0 || location.m_port > 65535 ||
        (query.hasQueryItem(QStringLiteral("port")) && location.m_port == 0))
        return refuse(tr("The server address has no valid port number."));
    if (location.m_database.isEmpty() || location.m_database.contains(QLatin1Char('/')))
        return refuse(tr("The server address names no database: write it after the "
                         "server, as in postgresql://host/sstc."));
    location.m_options = options.join(QLatin1Char(';'));
    return location;
}

PortfolioLocation PortfolioLocation::server(const QString &host, int port, const QString &database,
                                            const QString &user, const QString &password,
                                            const QString &options)
{
    PortfolioLocation location;
    location.m_kind = Kind::Server;
    location.m_host = host;
    location.m_port = port;
    location.m_database = database;
    location.m_user = user;
    location.m_password = password;
    location.m_options = options;
    return location;
}

QString PortfolioLocation::option(const QString &key) const
{
    const QString prefix = key + QLatin1Char('=');
    for (const QString &option : m_options.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (option.startsWith(prefix))
            return option.mid(prefix.size());
    return {};
}

PortfolioLocation PortfolioLocation::withPassword(const QString &password) const
{
    PortfolioLocation location = *this;
    location.m_password = password;
    return location;
}

QString PortfolioLocation::displayName() const
{
    if (m_kind == Kind::File)
        return m_path;
    QString uri = QStringLiteral("postgresql://");
    const bool socket = m_host.startsWith(QLatin1Char('/'));
    if (!m_user.isEmpty())
        uri += encoded(m_user) + QLatin1Char('@');
    if (!socket) {
        uri += m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']')
                                                 : m_host;
        if (m_port != 0)
            uri += QLatin1Char(':') + QString::number(m_port);
    }
    uri += QLatin1Char('/') + encoded(m_database);
    QStringList query;
    if (socket) {
        query << QStringLiteral("host=") + m_host;
        if (m_port != 0)
            query << QStringLiteral("port=") + QString::number(m_port);
    }
    if (!m_options.isEmpty())
        query << m_options.split(QLatin1Char(';'));
    if (!query.isEmpty())
        uri += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return uri;
}

} // namespace sstc
