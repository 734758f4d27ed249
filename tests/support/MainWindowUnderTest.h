#pragma once

#include "models/domain/Language.h"
#include "translations/TranslationLoader.h"
#include "ui/mainwindow/MainWindow.h"

#include <QString>

// The main window at laptop size, shown in a language, with a portfolio file opened as the
// user would open it. The translations go back to English when it closes, so that the next
// test starts as the app does.
class MainWindowUnderTest
{
public:
    explicit MainWindowUnderTest(const QString &path,
                                 sstc::Language language = sstc::Language::English);
    ~MainWindowUnderTest();

    template<typename T>
    T *find(const char *name)
    {
        return window.findChild<T *>(QLatin1String(name));
    }

    sstc::TranslationLoader translations;
    sstc::MainWindow window;
    bool opened = false;
};
