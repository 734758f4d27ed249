#include "models/store/PortfolioIntegrityLoader.h"

#include "models/store/StoreError.h"

#include <optional>

namespace sstc {

PortfolioIntegrityLoader::PortfolioIntegrityLoader(QObject *parent)
    : QObject(parent)
{}

PortfolioIntegrityLoader::~PortfolioIntegrityLoader()
{
    cancel();
    waitForThreads();
}

void PortfolioIntegrityLoader::waitForThreads()
{
    for (const QPointer<QThread> &thread : std::as_const(m_threads))
        if (thread)
            thread->wait();
}

void PortfolioIntegrityLoader::start(const QString &databasePath, PortfolioIntegrity::Depth depth)
{
    cancel();
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancelled = cancelled;
    m_threads.removeAll(nullptr);
    QThread *thread = QThread::create([this, databasePath, depth, cancelled] {
        std::optional<IntegrityReport> report;
        try {
            // Opened and closed on this thread: a Qt SQL connection belongs to one thread.
            report = PortfolioIntegrity::checkFile(databasePath, depth, cancelled.get());
        } catch (const StoreError &) {
        }
        // Delivered on this object's thread, where a later start() sets `cancelled` first.
        QMetaObject::invokeMethod(
            this,
            [this, report, cancelled] {
                if (report && !*cancelled)
                    emit checked(*report);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.append(thread);
    // Below the window's own work: the check reads the whole file.
    thread->start(QThread::LowPriority);
}

void PortfolioIntegrityLoader::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
}

} // namespace sstc
