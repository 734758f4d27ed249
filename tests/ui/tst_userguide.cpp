// Help → User Guide, as a user opens it: F1 shows the guide in the interface language, its
// contents links lead to their sections, its keyboard shortcuts are those the menus answer to,
// and it follows a language switch while open.
#include "tests/support/FakeClock.h"
#include "tests/support/MainWindowUnderTest.h"
#include "tests/support/Screenshots.h"
#include "tests/support/StoreTestSupport.h"
#include "tests/support/TestFolders.h"

#include "models/store/ApplicationIdentity.h"
#include "models/store/PortfolioOpener.h"
#include "ui/help/KeyboardShortcuts.h"
#include "ui/help/UserGuideDialog.h"
#include "ui/mainwindow/InterfaceFont.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBrowser>
#include <QtTest>

using namespace sstc;

class TestUserGuide : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void f1OpensTheGuideInTheInterfaceLanguage();
    void everyContentsLinkHasItsSection_data();
    void everyContentsLinkHasItsSection();
    void shortcutsAreTheMenus();
    void followsALanguageSwitch();

private:
    static UserGuideDialog *pressF1(MainWindow &window);

    TestFolders m_folders;
    FakeClock m_clock{QDate(2024, 6, 15)};
    QString m_samplePath;
};

void TestUserGuide::initTestCase()
{
    setApplicationIdentity();
    applyInterfaceFont();
    m_samplePath = m_folders.filePath(QStringLiteral("sample.sstc"));
    PortfolioOpener::open(m_samplePath, PortfolioOpener::NewFileContent::Sample);
}

UserGuideDialog *TestUserGuide::pressF1(MainWindow &window)
{
    // A window shortcut answers only in the active window, as for the user.
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return nullptr;
    QTest::keyClick(&window, Qt::Key_F1);
    QCoreApplication::processEvents();
    auto *guide = window.findChild<UserGuideDialog *>(QStringLiteral("userGuideDialog"));
    return guide && guide->isVisible() ? guide : nullptr;
}

void TestUserGuide::f1OpensTheGuideInTheInterfaceLanguage()
{
    {
        MainWindowUnderTest sample(m_samplePath);
        QVERIFY(sample.opened);
        UserGuideDialog *guide = pressF1(sample.window);
        QVERIFY(guide);
        QCOMPARE(guide->windowTitle(), QStringLiteral("SSTC Desk User Guide"));
        const QString text = guide->findChild<QTextBrowser *>()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Getting started")), qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("File → Donor Report…")));
        // Pressed again, F1 brings the same guide forward instead of opening a second.
        QVERIFY(pressF1(sample.window) == guide);
        QCOMPARE(sample.window.findChildren<UserGuideDialog *>().size(), 1);
        saveScreenshot(*guide, QStringLiteral("help"), QStringLiteral("en"));
    }
    MainWindowUnderTest sample(m_samplePath, Language::Chinese);
    QVERIFY(sample.opened);
    UserGuideDialog *guide = pressF1(sample.window);
    QVERIFY(guide);
    QCOMPARE(guide->windowTitle(), QStringLiteral("南南合作工作台用户指南"));
    const QString text = guide->findChild<QTextBrowser *>()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("入门")));
    QVERIFY(text.contains(QStringLiteral("文件 → 捐助方报告…")));
    QVERIFY2(!text.contains(QStringLiteral("Getting started")), qPrintable(text.left(300)));
    saveScreenshot(*guide, QStringLiteral("help"), QStringLiteral("zh"));
}

void TestUserGuide::everyContentsLinkHasItsSection_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh") << QStringLiteral("zh");
}

// Each "#name" link of the contents scrolls the guide to a section of that name.
void TestUserGuide::everyContentsLinkHasItsSection()
{
    QFETCH(QString, language);
    const QString html = UserGuideDialog::guideHtml(language, QString());
    QVERIFY(!html.isEmpty());
    const QRegularExpression link(QStringLiteral("href=\"#([a-z]+)\""));
    QStringList names;
    for (const QRegularExpressionMatch &match : link.globalMatch(html))
        names << match.captured(1);
    QCOMPARE(names.size(), 11);

    QTextBrowser browser;
    browser.resize(600, 300);
    browser.setHtml(html);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    for (const QString &name : std::as_const(names)) {
        QVERIFY2(html.contains(QStringLiteral("<a name=\"%1\"></a>").arg(name)), qPrintable(name));
        browser.verticalScrollBar()->setValue(0);
        browser.setSource(QUrl(QStringLiteral("#") + name));
        QCoreApplication::processEvents();
        if (name != QLatin1String("start")) // the first section may sit on the first screen
            QVERIFY2(browser.verticalScrollBar()->value() > 0, qPrintable(name));
    }
}

// The table lists every menu command that has a shortcut, with every one of its keys.
void TestUserGuide::shortcutsAreTheMenus()
{
    MainWindowUnderTest sample(m_samplePath);
    QVERIFY(sample.opened);
    const QList<KeyboardShortcuts::Entry> entries =
        KeyboardShortcuts::of(*sample.window.menuBar());
    QHash<QString, QStringList> keysOf;
    for (const KeyboardShortcuts::Entry &entry : entries)
        keysOf.insert(entry.command, entry.keys);
    QCOMPARE(keysOf.value(QStringLiteral("Edit › Edit Project…")), QStringList{"Ctrl+E"});
    QCOMPARE(keysOf.value(QStringLiteral("Edit › Redo")),
             (QStringList{"Ctrl+Shift+Z", "Ctrl+Y"}));
    QCOMPARE(keysOf.value(QStringLiteral("Help › User Guide")), QStringList{"F1"});
    QVERIFY(keysOf.contains(QStringLiteral("View › Timeline › Zoom In")));

    QVERIFY2(entries.size() >= 10, qPrintable(QString::number(entries.size())));

    UserGuideDialog *guide = pressF1(sample.window);
    QVERIFY(guide);
    const QString text = guide->findChild<QTextBrowser *>()->toPlainText();
    for (const KeyboardShortcuts::Entry &entry : entries) {
        QVERIFY2(text.contains(entry.command), qPrintable(entry.command));
        for (const QString &key : entry.keys)
            QVERIFY2(text.contains(key), qPrintable(key));
    }
}

void TestUserGuide::followsALanguageSwitch()
{
    MainWindowUnderTest sample(m_samplePath);
    QVERIFY(sample.opened);
    UserGuideDialog *guide = pressF1(sample.window);
    QVERIFY(guide);
    sample.window.findChild<QAction *>(QStringLiteral("languageChineseAction"))->trigger();
    QTRY_COMPARE(guide->windowTitle(), QStringLiteral("南南合作工作台用户指南"));
    const QString text = guide->findChild<QTextBrowser *>()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("编辑 › 编辑项目…")), qPrintable(text.right(800)));
    QVERIFY(!text.contains(QStringLiteral("Edit Project")));
    QVERIFY(text.contains(QStringLiteral("帮助 › 用户指南")));
}

QTEST_MAIN(TestUserGuide)
#include "tst_userguide.moc"
