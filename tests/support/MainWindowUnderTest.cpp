#include "tests/support/MainWindowUnderTest.h"

MainWindowUnderTest::MainWindowUnderTest(const QString &path, sstc::Language language)
    : window(translations)
{
    translations.apply(language);
    window.setLanguage(language);
    window.resize(1366, 768);
    window.show();
    opened = window.openPortfolio(path);
}

MainWindowUnderTest::~MainWindowUnderTest()
{
    translations.apply(sstc::Language::English);
}
