#include "ProjectTextIndexLoader.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>

namespace sstc {

ProjectTextIndexLoader::ProjectTextIndexLoader(QObject *parent)
    : QObject(parent)
{}

ProjectTextIndexLoader::~ProjectTextIndexLoader()
{
    for (const QPointer<QThread> &thread : std::as_const(m_threads))
        if (thread)
            thread->wait();
}

void ProjectTextIndexLoader::start(const QString &databasePath)
{
    const int generation = ++m_generation;
    m_threads.removeAll(nullptr);
    QThread *thread = QThread::create([this, databasePath, generation] {
        std::shared_ptr<const ProjectTextIndex> index = readFile(databasePath);
        // Delivered on this object's thread; dropped when this object is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, index, generation] {
                if (index && generation == m_generation)
                    emit loaded(index);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.append(thread);
    thread->start(QThread::LowPriority);
}

void ProjectTextIndexLoader::cancel()
{
    ++m_generation;
}

// Empty when the file cannot be read; the search then stays in SQL.
std::shared_ptr<const ProjectTextIndex> ProjectTextIndexLoader::readFile(const QString &path)
{
    static std::atomic<int> connections = 0;
    const QString name = QStringLiteral("sstc-text-index-%1").arg(++connections);
    std::shared_ptr<const ProjectTextIndex> index;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery rows(db);
            rows.setForwardOnly(true);
            if (rows.exec(ProjectTextIndex::selectStatement()))
                index = ProjectTextIndex::fromRows(rows);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return index;
}

} // namespace sstc
