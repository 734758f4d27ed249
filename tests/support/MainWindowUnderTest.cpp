#include "tests/support/MainWindowUnderTest.h"

#include "ui/shell/Preferences.h"

MainWindowUnderTest::MainWindowUnderTest(const QString &path, sstc::Language language)
    : window(translations)
{
    // A name set, so that a test's first change does not stop to ask for one (the test of
    // the question clears it).
    if (!sstc::Preferences::hasUserName())
        sstc::Preferences::setUserName(QStringLiteral("window.tester"));
    translations.apply(language);
    window.setLanguage(language);
    // Not maximised as on a first start on a small screen (the offscreen one is 800×600):
    // the size of the laptop the views are checked at.
    window.setWindowState(Qt::WindowNoState);
    window.resize(1366, 768);
    window.show();
    opened = window.openPortfolio(path);
}

MainWindowUnderTest::~MainWindowUnderTest()
{
    translations.apply(sstc::Language::English);
}
