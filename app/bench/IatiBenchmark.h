#pragma once

#include <QString>

namespace sstc {

class BenchmarkReport;

// IATI throughput on a large generated file: the portfolio at `portfolioPath` exported
// (in this process), the file imported by the `sstc` program into an empty portfolio (a
// child process, so that its peak memory is the import's alone), and `xmllint --stream
// --noout` over the same file in the same run as the yardstick, each in MB/s.
class IatiBenchmark
{
public:
    IatiBenchmark(BenchmarkReport &report, QString workFolder, int runs)
        : m_report(report)
        , m_workFolder(std::move(workFolder))
        , m_runs(runs)
    {}

    void run(const QString &portfolioPath, const QString &portfolioName);

private:
    BenchmarkReport &m_report;
    QString m_workFolder;
    int m_runs;
};

} // namespace sstc
