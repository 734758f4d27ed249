#include "ui/shell/PortfolioInstance.h"

#include "models/store/PortfolioStore.h"
#include "ui/shell/PortfolioContext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace sstc {

namespace {

Q_LOGGING_CATEGORY(lcInstance, "sstc.instance", QtWarningMsg)

const QByteArray activateRequest = QByteArrayLiteral("activate\n");
const QByteArray activateAnswer = QByteArrayLiteral("activated\n");

// Whether some process listens on this socket now (a socket file left by a crashed process
// refuses the connection).
bool someoneListens(const QString &name)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    const bool listening = socket.waitForConnected(1000);
    socket.abort();
    return listening;
}

} // namespace

PortfolioInstance::PortfolioInstance(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    // Only this user may ask this user's window to come forward.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &PortfolioInstance::answerConnections);
}

PortfolioInstance::~PortfolioInstance() = default;

QString PortfolioInstance::canonicalPath(const QString &portfolioPath)
{
    const QFileInfo file(portfolioPath);
    if (file.exists())
        return file.canonicalFilePath();
    // Not created yet: resolve the folder, so that the name stays the same once it exists.
    const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? file.absoluteFilePath() : QDir(folder).filePath(file.fileName());
}

QString PortfolioInstance::serverName(const QString &portfolioPath)
{
    const QByteArray hash =
        QCryptographicHash::hash(canonicalPath(portfolioPath).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    // The runtime folder is the user's own (XDG_RUNTIME_DIR) and emptied at logout: the socket
    // writes nothing anywhere else.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return QDir(folder).filePath(QStringLiteral("sstc-desk-%1.socket").arg(QLatin1String(hash)));
}

bool PortfolioInstance::activateRunning(const QString &portfolioPath, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(portfolioPath));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(activateRequest);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    const bool answered = socket.readLine() == activateAnswer;
    qCInfo(lcInstance) << "asked the window of" << canonicalPath(portfolioPath)
                       << "to come forward:" << (answered ? "done" : "no answer");
    return answered;
}

bool PortfolioInstance::claim(const QString &portfolioPath)
{
    const QString path = canonicalPath(portfolioPath);
    if (m_server->isListening() && path == m_claimedPath)
        return true;
    release();
    const QString name = serverName(path);
    QDir().mkpath(QFileInfo(name).absolutePath());
    // Two starts at the same moment: one checks and listens while the other waits, so that
    // neither removes the socket the other has just made.
    QLockFile lock(name + QStringLiteral(".lock"));
    if (!lock.tryLock(5000)) {
        qCWarning(lcInstance) << "cannot lock" << lock.fileName();
        return false;
    }
    if (someoneListens(name)) {
        qCInfo(lcInstance) << "another window already holds" << path;
        return false;
    }
    QLocalServer::removeServer(name); // a socket file left by a crashed process
    if (!m_server->listen(name)) {
        qCWarning(lcInstance) << "cannot listen on" << name << m_server->errorString();
        return false;
    }
    m_claimedPath = path;
    qCInfo(lcInstance) << "holding" << path;
    return true;
}

void PortfolioInstance::release()
{
    if (m_server->isListening())
        m_server->close(); // also removes the socket file
    m_claimedPath.clear();
}

void PortfolioInstance::follow(PortfolioContext *context)
{
    const auto claimCurrent = [this, context] {
        if (context->store())
            claim(context->store()->path());
        else
            release();
    };
    connect(context, &PortfolioContext::storeChanged, this, claimCurrent);
    // Before the window has opened anything, the file claimed at start stays claimed.
    if (context->store())
        claimCurrent();
}

void PortfolioInstance::answerConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine() != activateRequest) {
                socket->abort();
                return;
            }
            qCInfo(lcInstance) << "activation requested for" << m_claimedPath;
            emit activationRequested();
            socket->write(activateAnswer);
            socket->disconnectFromServer(); // after the answer has been written
        });
    }
}

} // namespace sstc
