// The window checks the portfolio it opened in the background: a damaged file brings a
// warning (what was found, the backups beside it, a folder to open), a sound file nothing.
#include "tests/support/DamagedFile.h"
#include "tests/support/MainWindowUnderTest.h"
#include "tests/support/Screenshots.h"
#include "tests/support/TestFolders.h"

#include "models/store/ApplicationIdentity.h"
#include "models/store/PortfolioIntegrityLoader.h"
#include "models/store/PortfolioOpener.h"
#include "ui/mainwindow/DamagedPortfolioDialog.h"
#include "ui/mainwindow/InterfaceFont.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace sstc;

class TestDamagedPortfolio : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void damagedFileBringsAWarning_data();
    void damagedFileBringsAWarning();
    void soundFileBringsNone();

private:
    QString copyOfSample(const QString &name);

    TestFolders m_folders;
    QString m_samplePath;
};

void TestDamagedPortfolio::initTestCase()
{
    setApplicationIdentity();
    applyInterfaceFont();
    m_samplePath = m_folders.filePath(QStringLiteral("sample.sstc"));
    PortfolioOpener::open(m_samplePath, PortfolioOpener::NewFileContent::Sample);
}

QString TestDamagedPortfolio::copyOfSample(const QString &name)
{
    const QString copy = m_folders.filePath(name);
    QFile::remove(copy);
    return QFile::copy(m_samplePath, copy) ? copy : QString();
}

void TestDamagedPortfolio::damagedFileBringsAWarning_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("damaged");
    QTest::newRow("en") << int(Language::English) << QStringLiteral("is damaged");
    QTest::newRow("zh") << int(Language::Chinese) << QStringLiteral("已损坏");
}

void TestDamagedPortfolio::damagedFileBringsAWarning()
{
    QFETCH(int, language);
    QFETCH(QString, damaged);
    const QString code = QLatin1String(QTest::currentDataTag());
    const QString path = copyOfSample(QStringLiteral("damaged-%1.sstc").arg(code));
    QVERIFY(!path.isEmpty());
    const QString backupName =
        QStringLiteral("damaged-%1.v5-backup-20260101-120000.sstc").arg(code);
    QVERIFY(QFile::copy(m_samplePath, m_folders.filePath(backupName)));
    // 2,000 random bytes over the change log's first page: the portfolio still opens without a word.
    QVERIFY(damagePageOf(path, QStringLiteral("audit_log")));

    MainWindowUnderTest test(path, Language(language));
    QVERIFY(test.opened);
    QTRY_VERIFY_WITH_TIMEOUT(test.find<DamagedPortfolioDialog>("damagedPortfolioWarning"), 30000);
    auto *warning = test.find<DamagedPortfolioDialog>("damagedPortfolioWarning");
    QVERIFY(warning->isVisible());
    QVERIFY(!warning->isModal());
    QVERIFY2(
        warning->findChild<QLabel *>(QStringLiteral("damageVerdict"))->text().contains(damaged),
        qPrintable(warning->findChild<QLabel *>(QStringLiteral("damageVerdict"))->text()));
    QVERIFY(!warning->findChild<QLabel *>(QStringLiteral("damageProblems"))->text().isEmpty());
    QVERIFY(warning->findChild<QLabel *>(QStringLiteral("damageAdvice"))
                ->text()
                .contains(QStringLiteral("sstc check --database")));
    QListWidget *backups = warning->backupList();
    QCOMPARE(backups->count(), 1);
    QCOMPARE(backups->item(0)->text(), backupName);
    QVERIFY(warning->findChild<QPushButton *>(QStringLiteral("openBackupFolderButton")));
    saveScreenshot(*warning, QStringLiteral("damaged"), code);

    // Another portfolio opened: the warning was about the one before.
    QSignalSpy checked(test.find<PortfolioIntegrityLoader>("integrityCheck"),
                       &PortfolioIntegrityLoader::checked);
    QVERIFY(test.window.openPortfolio(m_samplePath));
    QTRY_VERIFY(!test.find<DamagedPortfolioDialog>("damagedPortfolioWarning"));
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 30000);
    QCoreApplication::processEvents();
    QVERIFY(!test.find<DamagedPortfolioDialog>("damagedPortfolioWarning"));
}

void TestDamagedPortfolio::soundFileBringsNone()
{
    const QString path = copyOfSample(QStringLiteral("sound.sstc"));
    MainWindowUnderTest test(path);
    QVERIFY(test.opened);
    QSignalSpy checked(test.find<PortfolioIntegrityLoader>("integrityCheck"),
                       &PortfolioIntegrityLoader::checked);
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 30000);
    QVERIFY(checked.first().first().value<IntegrityReport>().isSound());
    QCoreApplication::processEvents();
    QVERIFY(!test.find<DamagedPortfolioDialog>("damagedPortfolioWarning"));
}

QTEST_MAIN(TestDamagedPortfolio)
#include "tst_damagedportfolio.moc"
