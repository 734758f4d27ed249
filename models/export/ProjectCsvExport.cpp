#include "models/export/ProjectCsvExport.h"

#include "models/export/TableExporter.h"
#include "models/itemmodels/ProjectTableModel.h"
#include "models/store/BackgroundReader.h"
#include "models/store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace sstc {

ProjectCsvExport::ProjectCsvExport(QObject *parent)
    : QObject(parent)
    , m_reader(new BackgroundReader(this))
{}

QString ProjectCsvExport::write(PortfolioStore &store, const Request &request,
                                const std::function<bool(int rows)> &rowsWritten)
{
    const auto notWritten = [&](const QString &reason) {
        return QCoreApplication::translate("sstc::PortfolioView", "“%1” could not be written: %2")
            .arg(QDir::toNativeSeparators(request.path), reason);
    };
    QSaveFile file(request.path);
    if (!file.open(QIODevice::WriteOnly))
        return notWritten(file.errorString());
    ProjectTableModel model;
    model.setLanguage(request.language);
    bool stopped = false;
    bool written = false;
    try {
        model.setFixedRows(&store, request.projectIds);
        written = TableExporter::writeSpreadsheetCsv(model, request.columns, file, [&](int rows) {
            stopped = rowsWritten && !rowsWritten(rows);
            return !stopped;
        });
    } catch (const StoreError &error) {
        file.cancelWriting();
        return error.message();
    }
    if (stopped) {
        file.cancelWriting();
        return {};
    }
    // QSaveFile replaces the file only when everything was written (a full disk fails here).
    if (!written || !file.commit())
        return notWritten(file.errorString());
    return {};
}

// The thread holds no pointer to this object beyond its lifetime: the reader waits for it
// in its destructor, and a queued call whose object is gone is dropped.
void ProjectCsvExport::start(const PortfolioLocation &location, const Request &request)
{
    const int rows = int(request.projectIds.size());
    m_reader->start(
        location,
        [this, request, rows](PortfolioStore &reader,
                              const std::atomic<bool> &cancelled) -> BackgroundReader::Answer {
            const QString problem = write(reader, request, [&](int done) {
                if (cancelled)
                    return false;
                QMetaObject::invokeMethod(
                    this,
                    [this, done, rows] {
                        if (isRunning())
                            emit progressed(done, rows);
                    },
                    Qt::QueuedConnection);
                return true;
            });
            return [this, problem] { emit finished(problem); };
        },
        [this](const QString &problem) { emit finished(problem); });
}

void ProjectCsvExport::cancel()
{
    m_reader->cancel();
}

bool ProjectCsvExport::isRunning() const
{
    return m_reader->isReading();
}

} // namespace sstc
