#pragma once

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtGlobal>

// Points the user's data and configuration folders at a fresh temporary folder, so that a
// test never reads or writes the real user's portfolio or settings. Call before anything
// reads QSettings or QStandardPaths.
class TestFolders
{
public:
    TestFolders()
    {
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral("cache")).toUtf8());
    }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};
