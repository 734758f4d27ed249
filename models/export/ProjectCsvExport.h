#pragma once

#include "models/domain/Language.h"
#include "models/store/PortfolioLocation.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace sstc {

class BackgroundReader;
class PortfolioStore;

// Export Table as CSV: the portfolio table's rows and columns as a spreadsheet CSV file
// (TableExporter::spreadsheetCsv), read in large pages. start() writes it on a thread and a
// read-only connection of its own, telling the progress, so that the window stays responsive
// at 100,000 projects; cancel() stops it, and a stopped or failed export leaves no file (the
// file is replaced only when it was written whole).
class ProjectCsvExport : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString path;
        QList<qint64> projectIds; // the rows, in their order
        QList<int> columns;       // ProjectTableModel columns, in their order
        Language language = Language::English;
    };

    explicit ProjectCsvExport(QObject *parent = nullptr);

    // Writes on this thread through `store`; the problem, empty when written. `rowsWritten`
    // returns false to stop (which leaves no file and gives no problem).
    static QString write(PortfolioStore &store, const Request &request,
                         const std::function<bool(int rows)> &rowsWritten = {});

    void start(const PortfolioLocation &location, const Request &request);
    void cancel();
    bool isRunning() const;

signals:
    void progressed(int rowsWritten, int rows);
    // `problem` empty when the file was written. Not emitted after cancel().
    void finished(const QString &problem);

private:
    BackgroundReader *m_reader;
};

} // namespace sstc
