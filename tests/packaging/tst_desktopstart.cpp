// Starting the built sstc-desk as a desktop does: with the double-clicked portfolio file on the
// command line, and a second time on the same file, which brings the first window forward
// instead of opening the file twice.
#include "tests/support/SocketFolder.h"
#include "tests/support/TestFolders.h"

#include "models/store/ApplicationIdentity.h"
#include "models/store/PortfolioStore.h"
#include "ui/shell/PortfolioInstance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

#include <memory>

using namespace sstc;

class TestDesktopStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void opensTheFileGiven();
    void secondStartBringsTheWindowForward();
    void anotherSessionThroughAHardLinkFindsTheWindow();
    void startsAfterACrash();
    void twoStartsAtOnceOpenOneWindow();

private:
    // Starts the app; `runtimeFolder`, when given, is its XDG_RUNTIME_DIR instead of the test's.
    std::unique_ptr<QProcess> startDesk(const QStringList &arguments,
                                        const QString &runtimeFolder = {});
    // Waits until the window that has this file open answers for it.
    bool waitUntilHeld(const QString &path, QProcess &desk);
    QString file(const QString &name) const { return m_folders.filePath(name); }

    TestFolders m_folders;
    SocketFolder m_runtime;
    QString m_portfolio;
    std::vector<std::unique_ptr<QProcess>> m_started;
};

void TestDesktopStart::initTestCase()
{
    QVERIFY(m_runtime.isValid());
    // The app's names, so that defaultPath() is the app's own portfolio.
    setApplicationIdentity();
    QVERIFY(QDir().mkpath(file(QStringLiteral("documents"))));
    m_portfolio = file(QStringLiteral("documents/office.sstc"));
    PortfolioStore::openFile(m_portfolio).reset();
}

void TestDesktopStart::cleanup()
{
    for (auto &process : m_started) {
        process->kill();
        process->waitForFinished(10000);
    }
    m_started.clear();
}

std::unique_ptr<QProcess> TestDesktopStart::startDesk(const QStringList &arguments,
                                                      const QString &runtimeFolder)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("sstc.instance.info=true"));
    if (!runtimeFolder.isEmpty())
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeFolder);
    // Its data, settings and runtime folders are the test's (TestFolders set this process's).
    process->setProcessEnvironment(environment);
    process->setWorkingDirectory(file(QStringLiteral("documents")));
    process->start(QStringLiteral(SSTC_DESK_PATH), arguments);
    return process;
}

bool TestDesktopStart::waitUntilHeld(const QString &path, QProcess &desk)
{
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (PortfolioInstance::isHeld(path))
            return true;
        if (desk.state() == QProcess::NotRunning)
            return false;
        desk.waitForFinished(200);
    }
    return false;
}

void TestDesktopStart::opensTheFileGiven()
{
    m_started.push_back(startDesk({m_portfolio}));
    QProcess &desk = *m_started.back();
    QVERIFY2(desk.waitForStarted(), qPrintable(desk.errorString()));
    // The window answers for the file given: it is the portfolio it has open.
    QVERIFY2(waitUntilHeld(m_portfolio, desk), desk.readAllStandardError().constData());
    // Not the user's own portfolio.
    QVERIFY(!QFileInfo::exists(PortfolioStore::defaultPath()));
    QVERIFY(!PortfolioInstance::isHeld(PortfolioStore::defaultPath()));
}

void TestDesktopStart::secondStartBringsTheWindowForward()
{
    m_started.push_back(startDesk({m_portfolio}));
    QProcess &first = *m_started.back();
    QVERIFY(first.waitForStarted());
    QVERIFY2(waitUntilHeld(m_portfolio, first), first.readAllStandardError().constData());

    // Double-clicked again, through a link in another folder: the same file.
    const QString link = file(QStringLiteral("office-link.sstc"));
    QVERIFY(QFile::link(m_portfolio, link));
    auto second = startDesk({link});
    QVERIFY(second->waitForFinished(30000));
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);

    QCOMPARE(first.state(), QProcess::Running);
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += first.readAllStandardError()).contains("activation requested"),
                             10000);
    QVERIFY(log.contains(PortfolioInstance::canonicalPath(m_portfolio).toUtf8()));
}

void TestDesktopStart::anotherSessionThroughAHardLinkFindsTheWindow()
{
    m_started.push_back(startDesk({m_portfolio}));
    QProcess &first = *m_started.back();
    QVERIFY(first.waitForStarted());
    QVERIFY2(waitUntilHeld(m_portfolio, first), first.readAllStandardError().constData());

    // The same user in another session (its own XDG_RUNTIME_DIR), opening the file through a
    // hard link in another folder: the first window comes forward, no second one opens.
    QTemporaryDir otherRuntime;
    QVERIFY(otherRuntime.isValid());
    const QString hardLink = file(QStringLiteral("office-hard-link.sstc"));
    QCOMPARE(
        ::link(QFile::encodeName(m_portfolio).constData(), QFile::encodeName(hardLink).constData()),
        0);
    auto second = startDesk({hardLink}, otherRuntime.path());
    QVERIFY(second->waitForFinished(150000));
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);
    QCOMPARE(first.state(), QProcess::Running);
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += first.readAllStandardError()).contains("activation requested"),
                             10000);
}

void TestDesktopStart::startsAfterACrash()
{
    m_started.push_back(startDesk({m_portfolio}));
    QProcess &crashing = *m_started.back();
    QVERIFY(crashing.waitForStarted());
    QVERIFY(waitUntilHeld(m_portfolio, crashing));
    crashing.kill();
    QVERIFY(crashing.waitForFinished(10000));
    QVERIFY(!PortfolioInstance::isHeld(m_portfolio)); // the kernel let go of its name

    m_started.push_back(startDesk({m_portfolio}));
    QProcess &next = *m_started.back();
    QVERIFY(next.waitForStarted());
    QVERIFY2(waitUntilHeld(m_portfolio, next), next.readAllStandardError().constData());
}

void TestDesktopStart::twoStartsAtOnceOpenOneWindow()
{
    // A double-click repeated before the first window has appeared.
    m_started.push_back(startDesk({m_portfolio}));
    m_started.push_back(startDesk({m_portfolio}));
    QProcess &one = *m_started.at(0);
    QProcess &other = *m_started.at(1);
    QVERIFY(one.waitForStarted());
    QVERIFY(other.waitForStarted());
    QVERIFY(waitUntilHeld(m_portfolio, one) || waitUntilHeld(m_portfolio, other));

    // One of them ends, successfully; the other keeps its window. The one that ends waits for
    // the other's window as long as it takes to be built (DesktopStart), however busy the
    // machine.
    QDeadlineTimer deadline(150000);
    while (one.state() == QProcess::Running && other.state() == QProcess::Running &&
           !deadline.hasExpired())
        QTest::qWait(100);
    QProcess &ended = one.state() == QProcess::Running ? other : one;
    QProcess &kept = one.state() == QProcess::Running ? one : other;
    QCOMPARE(ended.state(), QProcess::NotRunning);
    QCOMPARE(ended.exitStatus(), QProcess::NormalExit);
    QCOMPARE(ended.exitCode(), 0);
    QTest::qWait(500);
    QCOMPARE(kept.state(), QProcess::Running);
    QVERIFY(PortfolioInstance::isHeld(m_portfolio));
}

QTEST_GUILESS_MAIN(TestDesktopStart)
#include "tst_desktopstart.moc"
