// One window per portfolio file: the local socket that answers for a file, the request that
// brings its window forward, and following the portfolio the window has open.
#include "tests/support/SocketFolder.h"
#include "tests/support/TestFolders.h"

#include "models/store/PortfolioStore.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/shell/PortfolioInstance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <unistd.h>

#include <atomic>
#include <memory>

using namespace sstc;

class TestPortfolioInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameFileSameName();
    void hardLinkIsTheSameFile();
    void anotherRuntimeFolderFindsTheWindow();
    void differentFilesDifferentNames();
    void nothingRunning();
    void activatesTheHoldingWindow();
    void secondClaimIsRefused();
    void staleSocketIsReplaced();
    void followsTheOpenPortfolio();
    void claimAtStartLastsUntilAPortfolioOpens();
    void releaseRemovesTheSocket();

private:
    // Runs activateRunning on another thread while this one answers, as a second process would.
    bool activateFromAnotherThread(const QString &path);
    QString file(const QString &name) const { return m_folders.filePath(name); }

    TestFolders m_folders;
    SocketFolder m_runtime;
};

void TestPortfolioInstance::initTestCase()
{
    QVERIFY(m_runtime.isValid());
    QVERIFY(QDir().mkpath(file(QStringLiteral("work/sub"))));
}

void TestPortfolioInstance::sameFileSameName()
{
    const QString direct = file(QStringLiteral("work/a.sstc"));
    const QString roundabout = file(QStringLiteral("work/sub/../a.sstc"));
    // Before the file exists (a new portfolio), known by its path; once it exists, by its
    // inode (the window claims it again when it has created it).
    const QString unborn = PortfolioInstance::serverName(direct);
    QCOMPARE(PortfolioInstance::serverName(roundabout), unborn);
    QFile created(direct);
    QVERIFY(created.open(QIODevice::WriteOnly));
    created.close();
    const QString before = PortfolioInstance::serverName(direct);
    QCOMPARE(PortfolioInstance::serverName(roundabout), before);
    QVERIFY(PortfolioInstance::identity(direct).startsWith(QStringLiteral("inode ")));
    const QString link = file(QStringLiteral("work/sub/link.sstc"));
    QVERIFY(QFile::link(direct, link));
    QCOMPARE(PortfolioInstance::serverName(link), before);
    QCOMPARE(PortfolioInstance::canonicalPath(link), QFileInfo(direct).canonicalFilePath());
    // No socket file anywhere: a name of the abstract namespace, of this user.
    QVERIFY(!before.contains(QLatin1Char('/')));
    QVERIFY(before.contains(QString::number(getuid())));
}

void TestPortfolioInstance::hardLinkIsTheSameFile()
{
    // A hard link is another path, not a link to resolve: only the inode tells.
    const QString direct = file(QStringLiteral("work/hard.sstc"));
    QFile created(direct);
    QVERIFY(created.open(QIODevice::WriteOnly));
    created.close();
    const QString hardLink = file(QStringLiteral("work/sub/hard-link.sstc"));
    QCOMPARE(::link(QFile::encodeName(direct).constData(), QFile::encodeName(hardLink).constData()),
             0);
    const QString symlink = file(QStringLiteral("work/sub/soft-link.sstc"));
    QVERIFY(QFile::link(hardLink, symlink));
    QCOMPARE(PortfolioInstance::identity(hardLink), PortfolioInstance::identity(direct));
    QCOMPARE(PortfolioInstance::identity(symlink), PortfolioInstance::identity(direct));
    QCOMPARE(PortfolioInstance::serverName(hardLink), PortfolioInstance::serverName(direct));

    PortfolioInstance instance;
    QSignalSpy activations(&instance, &PortfolioInstance::activationRequested);
    QVERIFY(instance.claim(direct));
    QVERIFY(activateFromAnotherThread(hardLink));
    QCOMPARE(activations.size(), 1);
    PortfolioInstance second;
    QVERIFY(!second.claim(symlink));
}

void TestPortfolioInstance::anotherRuntimeFolderFindsTheWindow()
{
    // Another session of the same user (an ssh or su shell) has another XDG_RUNTIME_DIR.
    const QString path = file(QStringLiteral("work/sessions.sstc"));
    PortfolioInstance instance;
    QSignalSpy activations(&instance, &PortfolioInstance::activationRequested);
    QVERIFY(instance.claim(path));
    const QString name = PortfolioInstance::serverName(path);
    QTemporaryDir otherRuntime;
    const QByteArray ours = qgetenv("XDG_RUNTIME_DIR");
    qputenv("XDG_RUNTIME_DIR", otherRuntime.path().toUtf8());
    const QString otherName = PortfolioInstance::serverName(path);
    const bool answered = activateFromAnotherThread(path);
    qputenv("XDG_RUNTIME_DIR", ours);
    QCOMPARE(otherName, name);
    QVERIFY(answered);
    QCOMPARE(activations.size(), 1);
}

void TestPortfolioInstance::differentFilesDifferentNames()
{
    QVERIFY(PortfolioInstance::serverName(file(QStringLiteral("work/a.sstc"))) !=
            PortfolioInstance::serverName(file(QStringLiteral("work/b.sstc"))));
    QVERIFY(PortfolioInstance::serverName(file(QStringLiteral("work/a.sstc"))) !=
            PortfolioInstance::serverName(file(QStringLiteral("work/sub/a.sstc"))));
}

void TestPortfolioInstance::nothingRunning()
{
    QVERIFY(!PortfolioInstance::activateRunning(file(QStringLiteral("work/none.sstc")), 500));
}

bool TestPortfolioInstance::activateFromAnotherThread(const QString &path)
{
    std::atomic<bool> answered{false};
    std::unique_ptr<QThread> thread(QThread::create(
        [&answered, path] { answered = PortfolioInstance::activateRunning(path, 5000); }));
    thread->start();
    while (!thread->isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    thread->wait();
    return answered;
}

void TestPortfolioInstance::activatesTheHoldingWindow()
{
    const QString path = file(QStringLiteral("work/a.sstc"));
    PortfolioInstance instance;
    QSignalSpy activations(&instance, &PortfolioInstance::activationRequested);
    QVERIFY(instance.claim(path));
    QCOMPARE(instance.claimedPath(), PortfolioInstance::canonicalPath(path));

    QVERIFY(activateFromAnotherThread(path));
    QCOMPARE(activations.size(), 1);
    // Through another spelling of the same file, too.
    QVERIFY(activateFromAnotherThread(file(QStringLiteral("work/sub/link.sstc"))));
    QCOMPARE(activations.size(), 2);
    // Not for another file.
    QVERIFY(!PortfolioInstance::activateRunning(file(QStringLiteral("work/b.sstc")), 500));
    QCOMPARE(activations.size(), 2);
}

void TestPortfolioInstance::secondClaimIsRefused()
{
    const QString path = file(QStringLiteral("work/a.sstc"));
    PortfolioInstance first;
    PortfolioInstance second;
    QVERIFY(first.claim(path));
    QVERIFY(!second.claim(path));
    QVERIFY(second.claimedPath().isEmpty());
    // The first still answers.
    QSignalSpy activations(&first, &PortfolioInstance::activationRequested);
    QVERIFY(activateFromAnotherThread(path));
    QCOMPARE(activations.size(), 1);
}

void TestPortfolioInstance::staleSocketIsReplaced()
{
    // What a crashed process leaves under the runtime folder's old scheme: a socket file
    // nobody listens on. It neither answers nor stands in the way.
    const QString path = file(QStringLiteral("work/crashed.sstc"));
    QFile stale(QDir(m_runtime.path()).filePath(PortfolioInstance::serverName(path)));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    QVERIFY(!PortfolioInstance::activateRunning(path, 500));

    PortfolioInstance instance;
    QVERIFY(instance.claim(path));
    QSignalSpy activations(&instance, &PortfolioInstance::activationRequested);
    QVERIFY(activateFromAnotherThread(path));
    QCOMPARE(activations.size(), 1);
    QVERIFY(stale.remove());
}

void TestPortfolioInstance::followsTheOpenPortfolio()
{
    const QString pathA = file(QStringLiteral("work/follow-a.sstc"));
    const QString pathB = file(QStringLiteral("work/follow-b.sstc"));
    auto storeA = PortfolioStore::openFile(pathA);
    auto storeB = PortfolioStore::openFile(pathB);
    PortfolioContext context;
    context.setStore(storeA.get());

    PortfolioInstance instance;
    instance.follow(&context);
    QCOMPARE(instance.claimedPath(), PortfolioInstance::canonicalPath(pathA));
    QVERIFY(PortfolioInstance::isHeld(pathA));

    context.setStore(storeB.get());
    QCOMPARE(instance.claimedPath(), PortfolioInstance::canonicalPath(pathB));
    QVERIFY(PortfolioInstance::isHeld(pathB));
    QVERIFY(!PortfolioInstance::isHeld(pathA));

    context.setStore(nullptr);
    QVERIFY(instance.claimedPath().isEmpty());
    QVERIFY(!PortfolioInstance::isHeld(pathB));
}

void TestPortfolioInstance::claimAtStartLastsUntilAPortfolioOpens()
{
    // main() claims the file before the window exists; the window then opens it.
    const QString path = file(QStringLiteral("work/start.sstc"));
    PortfolioContext context;
    PortfolioInstance instance;
    QVERIFY(instance.claim(path));
    instance.follow(&context);
    QCOMPARE(instance.claimedPath(), PortfolioInstance::canonicalPath(path));
    QVERIFY(PortfolioInstance::isHeld(path));

    auto store = PortfolioStore::openFile(path);
    context.setStore(store.get());
    QCOMPARE(instance.claimedPath(), PortfolioInstance::canonicalPath(path));
    QVERIFY(PortfolioInstance::isHeld(path));
}

void TestPortfolioInstance::releaseRemovesTheSocket()
{
    const QString path = file(QStringLiteral("work/released.sstc"));
    PortfolioInstance instance;
    QVERIFY(instance.claim(path));
    QVERIFY(PortfolioInstance::isHeld(path));
    instance.release();
    QVERIFY(!PortfolioInstance::isHeld(path));
    QVERIFY(!PortfolioInstance::activateRunning(path, 500));
    // Nothing left in the runtime folder.
    QVERIFY(QDir(m_runtime.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestPortfolioInstance)
#include "tst_portfolioinstance.moc"
