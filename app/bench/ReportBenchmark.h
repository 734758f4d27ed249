#pragma once

#include <QByteArray>

namespace sstc {

class PortfolioStore;

// What the benchmark program times for issue 7 ("a 50-page bilingual report in at most 1 s
// and 1 MB"): a bilingual report of the first projects of a portfolio, by id, over all their
// years, built from the store and written as an A4 PDF into memory. On the synthetic
// portfolio (seed 1) the first 37 projects give about 50 pages.
struct ReportBenchmarkRun
{
    int pages = 0;
    qint64 bytes = 0;
    double buildMs = 0;  // reading the store and building the content
    double renderMs = 0; // layout and PDF
};

class ReportBenchmark
{
public:
    static constexpr int projectsForFiftyPages = 37;

    static ReportBenchmarkRun run(PortfolioStore &store, int projectCount,
                                  QByteArray *pdf = nullptr);
};

} // namespace sstc
