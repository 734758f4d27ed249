#include "ui/mainwindow/RecentFiles.h"

#include "ui/shell/SettingsKeys.h"

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
} // namespace

QStringList RecentFiles::list()
{
    QStringList existing;
    for (const QString &file : stored())
        if (QFileInfo::exists(file))
            existing << file;
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
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
    files.removeAll(QFileInfo(path).absoluteFilePath());
    store(files);
}

void RecentFiles::clear()
{
    store({});
}

} // namespace sstc
