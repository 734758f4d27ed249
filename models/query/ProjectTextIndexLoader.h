#pragma once

#include "models/query/ProjectTextIndex.h"
#include "models/store/PortfolioLocation.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

namespace sstc {

// Reads a portfolio's ProjectTextIndex (from its file or its server) on a thread and a read-only
// connection of its own, so that a large portfolio opens without the UI waiting for every project's
// text. Only the newest request is answered: a read overtaken by a later start() stops early and
// its result is dropped.
class ProjectTextIndexLoader : public QObject
{
    Q_OBJECT

public:
    explicit ProjectTextIndexLoader(QObject *parent = nullptr);
    ~ProjectTextIndexLoader() override; // waits for a read still running

    // A file or a server's database (a store's location()).
    void start(const PortfolioLocation &location);
    void cancel();

signals:
    void loaded(std::shared_ptr<const sstc::ProjectTextIndex> index);

private:
    static std::shared_ptr<const ProjectTextIndex> read(const PortfolioLocation &location,
                                                        const std::atomic<bool> &cancelled);

    std::shared_ptr<std::atomic<bool>> m_cancelled; // of the newest read
    QList<QPointer<QThread>> m_threads;
};

} // namespace sstc
