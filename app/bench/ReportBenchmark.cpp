#include "app/bench/ReportBenchmark.h"

#include "models/report/ReportBuilder.h"
#include "models/store/PortfolioStore.h"
#include "ui/report/ReportRenderer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QSqlQuery>

namespace sstc {

ReportBenchmarkRun ReportBenchmark::run(PortfolioStore &store, int projectCount, QByteArray *pdf)
{
    ReportBenchmarkRun result;
    QElapsedTimer timer;
    timer.start();
    ReportRequest request;
    QSqlQuery query =
        store.run(QStringLiteral("SELECT id FROM projects ORDER BY id LIMIT ?"), {projectCount});
    while (query.next())
        request.projectIds << query.value(0).toLongLong();
    request.from = QDate(1900, 1, 1);
    request.to = QDate(2100, 12, 31);
    request.languages = ReportLanguages::Both;
    const ReportDocument document = ReportBuilder(store).build(request);
    result.buildMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const ReportRenderer renderer(document, QPageSize::A4);
    renderer.writePdf(buffer);
    result.renderMs = timer.nsecsElapsed() / 1e6;
    result.pages = renderer.pageCount();
    result.bytes = bytes.size();
    if (pdf)
        *pdf = bytes;
    return result;
}

} // namespace sstc
