#pragma once

#include "app/bench/BenchmarkReport.h"
#include "models/synthetic/SyntheticSize.h"

#include <QString>

#include <memory>

namespace sstc {

class MainWindow;
class TranslationLoader;

// The measurements of what users feel, each over the real main window (or the desktop
// program's whole start, in a child process, for start-up) on the sample or on synthetic portfolios
// kept in a work folder: made on the first run, reused after.
class PortfolioBenchmarks
{
public:
    struct Options
    {
        QString workFolder;
        quint32 seed = 1;
        int runs = 10;
    };

    // The first argument that makes this program start as the desktop program, for startUp().
    static constexpr const char *startUpChildOption = "--startup-child";

    PortfolioBenchmarks(BenchmarkReport &report, Options options);
    ~PortfolioBenchmarks();

    void startUp();
    void openLargePortfolio();
    void filterKeystrokes();
    void timelineScroll();
    void fundingAggregations();
    void pdfReport();
    void iatiThroughput();

    // For the other measurement classes: the portfolios, the one main window, opening in it.
    QString syntheticFile(const SyntheticSize &size);
    QString samplePath() const;
    MainWindow &window();
    bool open(const QString &path);
    const Options &options() const { return m_options; }
    // Types the query and reports it as `name`; the times of each keystroke by position.
    QList<QList<double>> typeQuery(const QString &name, const QString &query);
    // The runs' times from showing the Funding tab to its figures shown (and reports the first
    // paint as funding_tab_shown_to_first_paint).
    QList<double> fundingTabShown();

private:

    BenchmarkReport &m_report;
    Options m_options;
    std::unique_ptr<TranslationLoader> m_translations;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace sstc
