#include "ui/mainwindow/RecentFiles.h"

#include "ui/shell/SettingsKeys.h"

#include "models/store/PortfolioLocation.h"

#include <QFileInfo>
#include <QSettings>

namespace sstc {

namespace {
QStringList stored()
{
    return QSettings().value(SettingsKeys::recentFiles).toStringList();
}

void store(const QStringList &files)
{
    QSettings().setValue(SettingsKeys::recentFiles, files);
}
// A file by its absolute path; a server by its URI, which never holds a password
// (PortfolioLocation::displayName).
QString entry(const QString &path)
{
    return PortfolioLocation::looksLikeServer(path) ? path : QFileInfo(path).absoluteFilePath();
}
} // namespace

QStringList RecentFiles::list()
{
    QStringList existing;
    for (const QString &file : stored())
        if (PortfolioLocation::looksLikeServer(file) || QFileInfo::exists(file))
            existing << file;
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = entry(path);
    QStringList files = stored();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maximum)
        files.removeLast();
    store(files);
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = stored();
    files.removeAll(entry(path));
    store(files);
}

void RecentFiles::clear()
{
    store({});
}

} // namespace sstc
