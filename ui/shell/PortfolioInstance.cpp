#include "ui/shell/PortfolioInstance.h"

#include "models/store/PortfolioStore.h"
#include "ui/shell/PortfolioContext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sstc {

namespace {

Q_LOGGING_CATEGORY(lcInstance, "sstc.instance", QtWarningMsg)

const QByteArray activateRequest = QByteArrayLiteral("activate\n");
const QByteArray activateAnswer = QByteArrayLiteral("activated\n");

// Whether the process at the other end of a local socket runs as this user. Any user may
// connect to a name in the abstract namespace, so each side checks the other.
bool peerIsThisUser(qintptr descriptor)
{
    ucred credentials{};
    socklen_t size = sizeof credentials;
    if (getsockopt(int(descriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &size) != 0)
        return false;
    return credentials.uid == getuid();
}

} // namespace

PortfolioInstance::PortfolioInstance(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::AbstractNamespaceOption);
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

QString PortfolioInstance::identity(const QString &portfolioPath)
{
    // A path does not identify a file: a hard link is another path to the same file, and a
    // folder may be reached through several mounts. The device and inode do, once it exists.
    const QString path = canonicalPath(portfolioPath);
    struct stat status; // filled in by stat()
    if (::stat(QFile::encodeName(path).constData(), &status) == 0)
        return QStringLiteral("inode %1:%2")
            .arg(qulonglong(status.st_dev))
            .arg(qulonglong(status.st_ino));
    return QStringLiteral("path ") + path;
}

QString PortfolioInstance::serverName(const QString &portfolioPath)
{
    const QByteArray hash =
        QCryptographicHash::hash(identity(portfolioPath).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    // A name in Linux's abstract socket namespace, not a socket file in XDG_RUNTIME_DIR: two
    // sessions of the same user (a login and an ssh or su shell, a sandbox) may have different
    // runtime folders but must still find each other. The name holds the user id, both ends
    // check that the other is this user, and the kernel frees it when the process ends, so
    // that a crash leaves nothing behind.
    return QStringLiteral("sstc-desk-%1-%2").arg(getuid()).arg(QLatin1String(hash));
}

bool PortfolioInstance::isHeld(const QString &portfolioPath)
{
    QLocalSocket socket;
    socket.setSocketOptions(QLocalSocket::AbstractNamespaceOption);
    socket.connectToServer(serverName(portfolioPath));
    const bool held = socket.waitForConnected(1000) && peerIsThisUser(socket.socketDescriptor());
    socket.abort();
    return held;
}

bool PortfolioInstance::activateRunning(const QString &portfolioPath, int timeoutMs)
{
    QLocalSocket socket;
    socket.setSocketOptions(QLocalSocket::AbstractNamespaceOption);
    socket.connectToServer(serverName(portfolioPath));
    if (!socket.waitForConnected(timeoutMs) || !peerIsThisUser(socket.socketDescriptor()))
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
    const QString name = serverName(path);
    if (m_server->isListening() && name == m_claimedName)
        return true;
    release();
    // Binding an abstract name is atomic: of two starts at the same moment, one listens and
    // the other is told the name is in use.
    if (!m_server->listen(name)) {
        if (m_server->serverError() == QAbstractSocket::AddressInUseError)
            qCInfo(lcInstance) << "another window already holds" << path;
        else
            qCWarning(lcInstance) << "cannot listen on" << name << m_server->errorString();
        return false;
    }
    m_claimedPath = path;
    m_claimedName = name;
    qCInfo(lcInstance) << "holding" << path;
    return true;
}

void PortfolioInstance::release()
{
    if (m_server->isListening())
        m_server->close();
    m_claimedPath.clear();
    m_claimedName.clear();
}

void PortfolioInstance::follow(PortfolioContext *context)
{
    const auto claimCurrent = [this, context] {
        // A server's portfolio is shared by many windows anyway: only a file is claimed.
        if (context->store() && !context->store()->location().isServer())
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
        if (!peerIsThisUser(socket->socketDescriptor())) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
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
