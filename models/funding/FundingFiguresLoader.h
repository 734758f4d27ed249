#pragma once

#include "models/funding/FundingDashboardFigures.h"
#include "models/store/StoreError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

namespace sstc {

class PortfolioStore;

// Computes the funding dashboard's figures (FundingAggregator's five aggregations) for one
// request, on a thread and a read-only connection of its own, so that the window stays
// responsive while a large portfolio is added up. Only the newest request is answered: a
// request overtaken by a later start() stops at its next aggregation and its result is
// dropped, so an older result never replaces a newer one.
//
// A store whose data a second connection cannot see (an in-memory database, a server
// connection of the team mode) is computed at once on the caller's thread instead: there
// loaded() or failed() is emitted before start() returns.
class FundingFiguresLoader : public QObject
{
    Q_OBJECT

public:
    explicit FundingFiguresLoader(QObject *parent = nullptr);
    ~FundingFiguresLoader() override; // cancels, and waits for a computation still running

    // Starts computing; gives the request's number, which loaded() and failed() repeat.
    quint64 start(PortfolioStore &store, const FundingRequest &request);
    // Drops the request running, if any: nothing will be emitted for it.
    void cancel();
    // The number of the newest request; an answer with another number is never emitted.
    quint64 latestRequest() const { return m_latest; }
    // Whether the newest request has not been answered yet.
    bool isBusy() const { return m_busy; }

    // Blocks until every computation started here has stopped; their answers, if any, are
    // then waiting in the event queue. For tests.
    void waitForThreads();

    // Whether start() computes on a thread of its own for this store.
    static bool readsInBackground(const PortfolioStore &store);
    // The five aggregations of one request on the caller's thread, stopping before the next
    // one once `cancelled` is set. Throws StoreError.
    static FundingDashboardFigures compute(PortfolioStore &store, const FundingRequest &request,
                                           const std::atomic<bool> *cancelled = nullptr);

signals:
    void loaded(quint64 request, const sstc::FundingDashboardFigures &figures);
    void failed(quint64 request, const sstc::StoreError &error);

private:
    void computeHere(PortfolioStore &store, const FundingRequest &request, quint64 number);

    quint64 m_latest = 0;
    bool m_busy = false;
    std::shared_ptr<std::atomic<bool>> m_cancelled; // of the newest background request
    QList<QPointer<QThread>> m_threads;
};

} // namespace sstc
