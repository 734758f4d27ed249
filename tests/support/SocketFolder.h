#pragma once

#include <QString>
#include <QTemporaryDir>

// A runtime folder of the test's own (XDG_RUNTIME_DIR, shared with any app the test starts),
// so that the test and its apps leave nothing in the user's. The sockets that answer for
// portfolio files are not in it: they are named in the abstract namespace, from the file's
// identity, which no real session's file shares.
class SocketFolder
{
public:
    SocketFolder();
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};
