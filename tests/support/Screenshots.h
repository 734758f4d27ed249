#pragma once

#include <QString>

class QWidget;

// Saves VIEW-LANG.png of a widget into the folder named by SSTC_SCREENSHOTS, when it is set,
// so that every view can be reviewed in both languages after one test run.
void saveScreenshot(QWidget &widget, const QString &view, const QString &language);
