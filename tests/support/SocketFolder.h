#pragma once

#include <QString>
#include <QTemporaryDir>

// A runtime folder of the test's own for the local sockets that answer for portfolio files
// (XDG_RUNTIME_DIR, shared with any app the test starts), so that no socket of a real session
// answers and none is left behind.
class SocketFolder
{
public:
    SocketFolder();
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }

    // Whether something listens on the local socket of this name, within a second.
    static bool answers(const QString &serverName);

private:
    QTemporaryDir m_dir;
};
