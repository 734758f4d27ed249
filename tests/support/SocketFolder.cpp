#include "tests/support/SocketFolder.h"

#include <QtGlobal>

SocketFolder::SocketFolder()
{
    qputenv("XDG_RUNTIME_DIR", m_dir.path().toUtf8());
}
