#pragma once

#include <QString>
#include <QTemporaryDir>

// Points the user's data and configuration folders at a fresh temporary folder, so that a
// test never reads or writes the real user's portfolio or settings. Call before anything
// reads QSettings or QStandardPaths.
class TestFolders
{
public:
    TestFolders();
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};
