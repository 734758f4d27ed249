#include "tests/support/Screenshots.h"

#include <QCoreApplication>
#include <QDir>
#include <QWidget>

void saveScreenshot(QWidget &widget, const QString &view, const QString &language)
{
    const QString folder = qEnvironmentVariable("SSTC_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    // Let pending layout requests run, so that the picture shows what the user would see.
    QCoreApplication::processEvents();
    widget.grab().save(QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(view, language)));
}
