#include "models/store/BackgroundReader.h"

#include "models/store/PortfolioStore.h"
#include "models/store/StoreError.h"

namespace sstc {

BackgroundReader::BackgroundReader(QObject *parent)
    : QObject(parent)
{}

BackgroundReader::~BackgroundReader()
{
    cancel();
    for (const QPointer<QThread> &thread : std::as_const(m_threads))
        if (thread)
            thread->wait();
}

void BackgroundReader::start(const PortfolioLocation &location, Read read, Failed failed)
{
    cancel();
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancelled = cancelled;
    m_reading = true;
    m_threads.removeAll(nullptr);
    QThread *thread = QThread::create([this, location, read, failed, cancelled] {
        Answer answer;
        try {
            // Opened and closed on this thread: a Qt SQL connection belongs to one thread.
            const std::unique_ptr<PortfolioStore> reader = PortfolioStore::openReadOnly(location);
            answer = read(*reader, *cancelled);
        } catch (const StoreError &error) {
            const QString message = error.message();
            answer = [failed, message] {
                if (failed)
                    failed(message);
            };
        }
        // Delivered on this object's thread; dropped when this object is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, answer, cancelled] {
                if (*cancelled)
                    return;
                m_reading = false;
                if (answer)
                    answer();
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.append(thread);
    thread->start(QThread::LowPriority);
}

void BackgroundReader::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
    m_reading = false;
}

} // namespace sstc
