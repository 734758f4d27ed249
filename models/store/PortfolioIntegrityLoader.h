#pragma once

#include "models/store/PortfolioIntegrity.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

namespace sstc {

// Checks a portfolio file (PortfolioIntegrity) on a thread and a read-only connection of its
// own, so that the window opens a large portfolio without waiting for the whole file to be
// read. Only the newest request is answered: the result of a check overtaken by a later
// start() is dropped.
class PortfolioIntegrityLoader : public QObject
{
    Q_OBJECT

public:
    explicit PortfolioIntegrityLoader(QObject *parent = nullptr);
    ~PortfolioIntegrityLoader() override; // cancels, and waits for a check still running

    void start(const QString &databasePath, PortfolioIntegrity::Depth depth);
    void cancel();
    // Blocks until every check started here has stopped. For tests.
    void waitForThreads();

signals:
    // A file that cannot be opened for the check at all is not reported: opening it in the
    // window has already said why.
    void checked(const sstc::IntegrityReport &report);

private:
    std::shared_ptr<std::atomic<bool>> m_cancelled; // of the newest check
    QList<QPointer<QThread>> m_threads;
};

} // namespace sstc
