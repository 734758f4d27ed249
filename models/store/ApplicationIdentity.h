#pragma once

#include <QCoreApplication>

namespace sstc {

// The names that place the user's portfolio and settings (~/.local/share/sstc-desk/…,
// ~/.config/sstc-desk/…); the GUI and the command line must agree on them.
inline void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("sstc-desk"));
    QCoreApplication::setApplicationName(QStringLiteral("sstc-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SSTC_VERSION));
}

} // namespace sstc
