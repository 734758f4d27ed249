#pragma once

#include "models/store/PortfolioLocation.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace sstc {

class PortfolioStore;

// Runs a read of a portfolio on a thread and a read-only connection of its own
// (PortfolioStore::openReadOnly), so that the window never waits for it, and hands what it
// read back on this object's thread. Only the newest read is answered: one overtaken by a
// later start() or cancel() sees `cancelled` turn true, should stop early, and its answer is
// dropped; so is every answer once this object is gone.
class BackgroundReader : public QObject
{
public:
    // What the read gives back, run on this object's thread unless cancelled meanwhile.
    using Answer = std::function<void()>;
    // Runs on the other thread; throws StoreError when the portfolio cannot be read (the
    // answer is then `failed` with the message).
    using Read = std::function<Answer(PortfolioStore &reader, const std::atomic<bool> &cancelled)>;
    using Failed = std::function<void(const QString &message)>;

    explicit BackgroundReader(QObject *parent = nullptr);
    ~BackgroundReader() override; // waits for a read still running

    void start(const PortfolioLocation &location, Read read, Failed failed = {});
    void cancel();
    bool isReading() const { return m_reading; }

private:
    std::shared_ptr<std::atomic<bool>> m_cancelled; // of the newest read
    QList<QPointer<QThread>> m_threads;
    bool m_reading = false;
};

} // namespace sstc
