#include "models/funding/FundingFiguresLoader.h"

#include "models/funding/FundingAggregator.h"
#include "models/funding/FundingBreakdowns.h"
#include "models/store/PortfolioStore.h"

#include <optional>

namespace sstc {

FundingFiguresLoader::FundingFiguresLoader(QObject *parent)
    : QObject(parent)
{}

FundingFiguresLoader::~FundingFiguresLoader()
{
    cancel();
    waitForThreads();
}

void FundingFiguresLoader::waitForThreads()
{
    for (const QPointer<QThread> &thread : std::as_const(m_threads))
        if (thread)
            thread->wait();
}

bool FundingFiguresLoader::readsInBackground(const PortfolioStore &store)
{
    return store.canBeReadElsewhere();
}

FundingDashboardFigures FundingFiguresLoader::compute(PortfolioStore &store,
                                                      const FundingRequest &request,
                                                      const std::atomic<bool> *cancelled)
{
    FundingAggregator aggregator(store);
    FundingDashboardFigures figures;
    for (const FundingBreakdownQuery &chart : FundingBreakdowns::all()) {
        if (cancelled && *cancelled)
            break;
        figures.charts.append(aggregator.figures(chart.breakdown, request.measure, request.filter,
                                                 request.reportingCurrency));
    }
    return figures;
}

quint64 FundingFiguresLoader::start(PortfolioStore &store, const FundingRequest &request)
{
    cancel();
    const quint64 number = ++m_latest;
    m_busy = true;
    if (!readsInBackground(store)) {
        computeHere(store, request, number);
        return number;
    }
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancelled = cancelled;
    m_threads.removeAll(nullptr);
    const PortfolioLocation location = store.location();
    QThread *thread = QThread::create([this, location, request, cancelled, number] {
        std::optional<FundingDashboardFigures> figures;
        std::optional<StoreError> error;
        try {
            // Opened and closed on this thread: a Qt SQL connection belongs to one thread.
            const std::unique_ptr<PortfolioStore> reader = PortfolioStore::openReadOnly(location);
            figures = compute(*reader, request, cancelled.get());
        } catch (const StoreError &thrown) {
            error = thrown;
        }
        // Delivered on this object's thread, where a later start() sets `cancelled` first:
        // so an overtaken answer is dropped however late it comes.
        QMetaObject::invokeMethod(
            this,
            [this, figures, error, cancelled, number] {
                if (*cancelled || number != m_latest)
                    return;
                m_busy = false;
                if (error)
                    emit failed(number, *error);
                else
                    emit loaded(number, *figures);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.append(thread);
    thread->start();
    return number;
}

void FundingFiguresLoader::computeHere(PortfolioStore &store, const FundingRequest &request,
                                       quint64 number)
{
    std::optional<StoreError> error;
    FundingDashboardFigures figures;
    try {
        figures = compute(store, request);
    } catch (const StoreError &thrown) {
        error = thrown;
    }
    m_busy = false;
    if (error)
        emit failed(number, *error);
    else
        emit loaded(number, figures);
}

void FundingFiguresLoader::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
    m_busy = false;
}

} // namespace sstc
