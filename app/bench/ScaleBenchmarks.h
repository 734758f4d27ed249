#pragma once

#include "app/bench/BenchmarkReport.h"

#include <QString>

namespace sstc {

class PortfolioBenchmarks;

// The measurements of issue 22, "interactive at 100,000 projects everywhere": what still
// took seconds on the large synthetic portfolio (the timeline tab, the CSV exports, sorting
// by title, the funding figures, the first keystrokes), each with the medium (10,000
// projects) portfolio or the sqlite3 shell beside it in the same run where the target is a
// ratio.
class ScaleBenchmarks
{
public:
    ScaleBenchmarks(BenchmarkReport &report, PortfolioBenchmarks &portfolios)
        : m_report(report)
        , m_portfolios(portfolios)
    {}

    void timelineTab();
    void exportCsv();
    void cliCsv();
    void sortTitle();
    void fundingFigures();
    void firstKeys();
    void earlyKey();

    // The projects table's columns as the sqlite3 shell writes them (the reference of the
    // CSV targets): with country codes and raw amounts as the command line writes them, or
    // with country names as the window's table shows them.
    static QString projectColumnsSql(bool countryNames);

private:
    int heavyRuns() const;

    BenchmarkReport &m_report;
    PortfolioBenchmarks &m_portfolios;
};

} // namespace sstc
