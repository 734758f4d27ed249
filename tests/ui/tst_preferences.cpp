// The settings the desktop reads for the layers below: who changes are recorded under (the
// name set, else the account's, else "unknown"), how far ahead expiry reminders look, and the
// UI language; all under the keys users' settings already hold.
#include "tests/support/TestFolders.h"

#include "models/agreements/ExpiryReminders.h"
#include "models/store/ApplicationIdentity.h"
#include "translations/TranslationLoader.h"
#include "ui/shell/Preferences.h"
#include "ui/shell/SettingsKeys.h"

#include <QSettings>
#include <QtTest>

using namespace sstc;

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void actorIsTheNameSetElseTheAccounts();
    void reminderDaysDefaultAndChosen();
    void languageRemembered();
    void keysKeepTheirStrings();

private:
    TestFolders m_folders;
};

void TestPreferences::initTestCase()
{
    setApplicationIdentity();
}

void TestPreferences::init()
{
    QSettings().clear();
}

void TestPreferences::actorIsTheNameSetElseTheAccounts()
{
    qputenv("USER", "  li.na  ");
    QCOMPARE(Preferences::actor().name(), QStringLiteral("li.na"));
    Preferences::setUserName(QStringLiteral("  Zhang Wei  "));
    QCOMPARE(Preferences::actor().name(), QStringLiteral("Zhang Wei"));
    QCOMPARE(QSettings().value(QStringLiteral("audit/userName")).toString(),
             QStringLiteral("Zhang Wei"));
    Preferences::setUserName(QString());
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"})
        qunsetenv(variable);
    QCOMPARE(Preferences::actor().name(), QStringLiteral("unknown"));
}

void TestPreferences::reminderDaysDefaultAndChosen()
{
    QCOMPARE(Preferences::reminderDays(), ExpiryReminders::defaultDays);
    Preferences::setReminderDays(30);
    QCOMPARE(Preferences::reminderDays(), 30);
    QCOMPARE(QSettings().value(QStringLiteral("agreements/reminderDays")).toInt(), 30);
    QSettings().setValue(QStringLiteral("agreements/reminderDays"), -5);
    QCOMPARE(Preferences::reminderDays(), ExpiryReminders::defaultDays);
}

void TestPreferences::languageRemembered()
{
    QCOMPARE(Preferences::language(), TranslationLoader::systemLanguage());
    Preferences::setLanguage(Language::Chinese);
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh"));
    QCOMPARE(Preferences::language(), Language::Chinese);
}

void TestPreferences::keysKeepTheirStrings()
{
    // Written in users' settings by earlier versions: a renamed key would lose their choice.
    const QStringList keys = {SettingsKeys::language,          SettingsKeys::auditUserName,
                              SettingsKeys::reminderDays,      SettingsKeys::recentFiles,
                              SettingsKeys::windowGeometry,    SettingsKeys::windowState,
                              SettingsKeys::currentView,       SettingsKeys::portfolioFilter,
                              SettingsKeys::portfolioSplitter, SettingsKeys::projectTableHeader,
                              SettingsKeys::reportingCurrency};
    QCOMPARE(keys,
             QStringList({QStringLiteral("ui/language"), QStringLiteral("audit/userName"),
                          QStringLiteral("agreements/reminderDays"), QStringLiteral("recentFiles"),
                          QStringLiteral("mainWindow/geometry"), QStringLiteral("mainWindow/state"),
                          QStringLiteral("mainWindow/view"), QStringLiteral("portfolio/filter"),
                          QStringLiteral("portfolio/splitter"),
                          QStringLiteral("mainWindow/projectTableHeader"),
                          QStringLiteral("funding/reportingCurrency")}));
}

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
