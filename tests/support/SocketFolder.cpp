#include "tests/support/SocketFolder.h"

#include <QLocalSocket>
#include <QtGlobal>

SocketFolder::SocketFolder()
{
    qputenv("XDG_RUNTIME_DIR", m_dir.path().toUtf8());
}

bool SocketFolder::answers(const QString &serverName)
{
    QLocalSocket socket;
    socket.connectToServer(serverName);
    return socket.waitForConnected(1000);
}
