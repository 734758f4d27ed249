#pragma once

#include <QStringList>

namespace sstc {

// The portfolios opened last, newest first, kept in the settings: files, and servers by
// their URI without a password.
class RecentFiles
{
public:
    static constexpr int maximum = 8;

    static QStringList list(); // only files that still exist, and every server
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace sstc
