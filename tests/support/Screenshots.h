#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QWidget>

// Saves VIEW-LANG.png of a widget into the folder named by SSTC_SCREENSHOTS, when it is set,
// so that every view can be reviewed in both languages after one test run.
inline void saveScreenshot(QWidget &widget, const QString &view, const QString &language)
{
    const QString folder = qEnvironmentVariable("SSTC_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    // Let pending layout requests run, so that the picture shows what the user would see.
    QCoreApplication::processEvents();
    widget.grab().save(QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(view, language)));
}
