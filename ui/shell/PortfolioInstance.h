#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace sstc {

class PortfolioContext;

// One window per portfolio file. The process whose window holds a file listens on a local
// socket named from the user and the file's identity (device and inode: every path to the
// file, links and hard links included, gives the same); a second start on the same file, in
// any session of the user, asks that window to come forward (activateRunning) and ends
// instead of opening the file twice.
class PortfolioInstance : public QObject
{
    Q_OBJECT

public:
    explicit PortfolioInstance(QObject *parent = nullptr);
    ~PortfolioInstance() override;

    // The file's path with links and "..", resolved; for a file not created yet, its folder's.
    static QString canonicalPath(const QString &portfolioPath);
    // What tells this file from any other: its device and inode once it exists, else its
    // canonical path.
    static QString identity(const QString &portfolioPath);
    // The local socket (in the abstract namespace) that answers for this file.
    static QString serverName(const QString &portfolioPath);
    // Whether a window of this user answers for the file now.
    static bool isHeld(const QString &portfolioPath);
    // Asks the window holding this file to come forward. True when one answered in time.
    // Waits for the answer as long as a window that is still starting may take to answer; when
    // nobody listens it returns at once.
    static bool activateRunning(const QString &portfolioPath, int timeoutMs = 10000);

    // Answers for this file from now on, and no longer for the one before. False (answering for
    // none) when another process already answers for it.
    bool claim(const QString &portfolioPath);
    void release();
    // The file answered for; empty when none.
    QString claimedPath() const { return m_claimedPath; }
    // Claims the file of the context's portfolio whenever another one is opened (and now, if
    // it has one), and none when it is closed.
    void follow(PortfolioContext *context);

signals:
    // Another start asked for the claimed file: its window should come forward.
    void activationRequested();

private:
    void answerConnections();

    QLocalServer *m_server;
    QString m_claimedPath;
    QString m_claimedName;
};

} // namespace sstc
