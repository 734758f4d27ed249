#include "models/query/ProjectTextIndexLoader.h"

#include "models/store/PortfolioStore.h"

namespace sstc {

ProjectTextIndexLoader::ProjectTextIndexLoader(QObject *parent)
    : QObject(parent)
{}

ProjectTextIndexLoader::~ProjectTextIndexLoader()
{
    cancel();
    for (const QPointer<QThread> &thread : std::as_const(m_threads))
        if (thread)
            thread->wait();
}

void ProjectTextIndexLoader::start(const PortfolioLocation &location)
{
    cancel();
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancelled = cancelled;
    m_threads.removeAll(nullptr);
    QThread *thread = QThread::create([this, location, cancelled] {
        std::shared_ptr<const ProjectTextIndex> index = read(location, *cancelled);
        // Delivered on this object's thread; dropped when this object is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, index, cancelled] {
                if (index && !*cancelled)
                    emit loaded(index);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.append(thread);
    thread->start(QThread::LowPriority);
}

// A read overtaken by a later one stops early: its memory is not needed any more.
void ProjectTextIndexLoader::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
}

// Empty when the portfolio cannot be read or the read was cancelled; the search then stays in
// SQL.
std::shared_ptr<const ProjectTextIndex>
ProjectTextIndexLoader::read(const PortfolioLocation &location, const std::atomic<bool> &cancelled)
{
    try {
        // Opened and closed on this thread: a Qt SQL connection belongs to one thread.
        const std::unique_ptr<PortfolioStore> reader = PortfolioStore::openReadOnly(location);
        return ProjectTextIndex::read(*reader, &cancelled);
    } catch (const StoreError &) {
        return nullptr;
    }
}

} // namespace sstc
