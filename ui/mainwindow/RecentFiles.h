#pragma once

#include <QStringList>

namespace sstc {

// The portfolio files opened last, newest first, kept in the settings.
class RecentFiles
{
public:
    static constexpr int maximum = 8;

    static QStringList list(); // only files that still exist
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace sstc
