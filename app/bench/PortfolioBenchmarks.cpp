#include "app/bench/PortfolioBenchmarks.h"

#include "app/bench/IatiBenchmark.h"
#include "app/bench/PaintCounter.h"
#include "app/bench/ReportBenchmark.h"
#include "app/bench/SqliteShell.h"
#include "models/funding/FundingAggregator.h"
#include "models/itemmodels/ProjectTableModel.h"
#include "models/itemmodels/TimelineModel.h"
#include "models/store/PortfolioOpener.h"
#include "models/synthetic/SyntheticPortfolio.h"
#include "translations/TranslationLoader.h"
#include "ui/funding/FundingView.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/portfolio/PortfolioView.h"
#include "ui/timeline/TimelineView.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QThread>

#include <cmath>
#include <cstdio>

namespace sstc {

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void log(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

PortfolioBenchmarks::PortfolioBenchmarks(BenchmarkReport &report, Options options)
    : m_report(report)
    , m_options(std::move(options))
{
    QDir().mkpath(m_options.workFolder);
}

PortfolioBenchmarks::~PortfolioBenchmarks() = default;

QString PortfolioBenchmarks::samplePath() const
{
    return QDir(m_options.workFolder).filePath(QStringLiteral("sample.sstc"));
}

// A synthetic portfolio of this size and seed, made once and reused by later runs.
QString PortfolioBenchmarks::syntheticFile(const SyntheticSize &size)
{
    const QString path =
        QDir(m_options.workFolder)
            .filePath(
                QStringLiteral("synthetic-%1-seed%2.sstc").arg(size.name).arg(m_options.seed));
    const QString label = QStringLiteral("seed %1, size %2").arg(m_options.seed).arg(size.name);
    if (QFile::exists(path)) {
        try {
            auto store =
                PortfolioOpener::open(path, PortfolioOpener::NewFileContent::ReferenceOnly);
            if (SyntheticPortfolio::labelOf(*store) == label)
                return path;
        } catch (const StoreError &) {
        }
        QFile::remove(path);
    }
    log(QStringLiteral("Making the %1 synthetic portfolio (%2 projects) in %3 …")
            .arg(size.name)
            .arg(size.projects)
            .arg(path));
    auto store = PortfolioOpener::open(path, PortfolioOpener::NewFileContent::ReferenceOnly);
    SyntheticPortfolio(m_options.seed, size).fill(*store, [&](int done) {
        if (done % 10000 == 0)
            log(QStringLiteral("  %1 projects").arg(done));
    });
    return path;
}

MainWindow &PortfolioBenchmarks::window()
{
    if (!m_window) {
        m_translations = std::make_unique<TranslationLoader>();
        m_window = std::make_unique<MainWindow>(*m_translations);
        m_window->resize(1366, 768);
        m_window->show();
        QApplication::processEvents();
    }
    return *m_window;
}

bool PortfolioBenchmarks::open(const QString &path)
{
    const bool opened = window().openPortfolio(path);
    if (!opened)
        log(QStringLiteral("Could not open %1").arg(path));
    return opened;
}

// From starting the program to the projects table painted with the sample's rows, as the
// user sees it after a double-click. The program started is this one, running the desktop
// program's start (DesktopStart) with the same libraries, and printing a line at that moment.
void PortfolioBenchmarks::startUp()
{
    PortfolioOpener::open(samplePath(), PortfolioOpener::NewFileContent::Sample);
    const QString program = QCoreApplication::applicationFilePath();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QList<double> samples;
    for (int run = 0; run <= m_options.runs; ++run) {
        QProcess process;
        process.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        process.start(program, {QString::fromLatin1(startUpChildOption),
                                QStringLiteral("--database"), samplePath()});
        QByteArray output;
        while (!output.contains("first-paint") && process.waitForReadyRead(20000))
            output += process.readAllStandardOutput();
        const double ms = elapsedMs(timer);
        process.waitForFinished(5000);
        if (process.state() != QProcess::NotRunning)
            process.kill();
        if (!output.contains("first-paint")) {
            m_report.skipped(QStringLiteral("startup_first_paint"),
                             QStringLiteral("the program did not report its first paint"));
            return;
        }
        if (run > 0) // the first run fills the disk cache
            samples << ms;
    }
    m_report.measured(QStringLiteral("startup_first_paint"), samples, 300,
                      {{QStringLiteral("portfolio"), QStringLiteral("sample")}});
}

// Opening the large portfolio in the main window until the first page of the table is painted.
void PortfolioBenchmarks::openLargePortfolio()
{
    const QString large = syntheticFile(SyntheticSize::large());
    PortfolioOpener::open(samplePath(), PortfolioOpener::NewFileContent::Sample);
    QTableView *table = window().findChild<QTableView *>(QStringLiteral("projectTable"));
    QList<double> samples;
    for (int run = 0; run <= m_options.runs; ++run) {
        if (!open(samplePath()))
            return;
        QApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        if (!open(large))
            return;
        table->viewport()->repaint();
        const double ms = elapsedMs(timer);
        if (run > 0)
            samples << ms;
    }
    m_report.measured(QStringLiteral("open_large_first_page"), samples, 100,
                      {{QStringLiteral("projects"), table->model()->rowCount()}});
}

void PortfolioBenchmarks::filterKeystrokes()
{
    const QString large = syntheticFile(SyntheticSize::large());
    QElapsedTimer timer;
    timer.start();
    if (!open(large))
        return;
    // The search runs in SQL until the text index has been read in the background.
    ProjectTableModel *model = window().portfolioView()->model();
    while (!model->searchesInMemory() && timer.elapsed() < 120000) {
        QApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    m_report.measured(QStringLiteral("search_index_ready"), {elapsedMs(timer)}, 0,
                      {{QStringLiteral("projects"), model->totalCount()},
                       {QStringLiteral("in_background"), true}});
    typeQuery(QStringLiteral("filter_keystroke_en"), QStringLiteral("skill"));
    typeQuery(QStringLiteral("filter_keystroke_zh"), QStringLiteral("劳动力迁移"));
}

// Types the query a character at a time into the search field, as keys (English) or as
// input-method commits (Chinese), each time until the window has painted the new rows.
QList<QList<double>> PortfolioBenchmarks::typeQuery(const QString &name, const QString &query)
{
    window().views()->setCurrentWidget(window().portfolioView());
    auto *search = window().findChild<QLineEdit *>(QStringLiteral("projectSearchEdit"));
    QTableView *table = window().findChild<QTableView *>(QStringLiteral("projectTable"));
    auto *paints = new PaintCounter(table->viewport());
    QList<double> samples;
    QList<QList<double>> byPosition(query.size());
    for (int run = 0; run < m_options.runs; ++run) {
        search->clear();
        QApplication::processEvents();
        for (int i = 0; i < query.size(); ++i) {
            const QString typed(query.at(i));
            QElapsedTimer timer;
            timer.start();
            if (typed.at(0).unicode() < 128) {
                QKeyEvent press(QEvent::KeyPress, typed.toUpper().at(0).unicode(), Qt::NoModifier,
                                typed);
                QApplication::sendEvent(search, &press);
                QKeyEvent release(QEvent::KeyRelease, typed.toUpper().at(0).unicode(),
                                  Qt::NoModifier, typed);
                QApplication::sendEvent(search, &release);
            } else {
                QInputMethodEvent commit;
                commit.setCommitString(typed);
                QApplication::sendEvent(search, &commit);
            }
            QApplication::processEvents(); // the repaint of the table and the status bar
            const double ms = elapsedMs(timer);
            samples << ms;
            byPosition[i] << ms;
        }
    }
    QJsonArray medians;
    for (const QList<double> &position : std::as_const(byPosition))
        medians << BenchmarkReport::percentile(position, 0.5);
    m_report.measured(
        name, samples, 16,
        {{QStringLiteral("query"), query},
         {QStringLiteral("projects"), window().portfolioView()->model()->totalCount()},
         {QStringLiteral("rows_matching"), table->model()->rowCount()},
         {QStringLiteral("median_ms_by_keystroke"), medians},
         {QStringLiteral("table_paints"), paints->paints}});
    delete paints;
    search->clear();
    QApplication::processEvents();
    return byPosition;
}

// Scrolling the timeline of 10,000 projects by a page and repainting it.
void PortfolioBenchmarks::timelineScroll()
{
    const QString medium = syntheticFile(SyntheticSize::medium());
    if (!open(medium))
        return;
    TimelineView *timeline = window().timelineView();
    window().views()->setCurrentWidget(timeline);
    QApplication::processEvents();
    QScrollBar *bar = timeline->verticalScrollBar();
    QList<double> samples;
    for (int run = 0; run < m_options.runs * 5; ++run) {
        const int next =
            bar->value() + bar->pageStep() > bar->maximum() ? 0 : bar->value() + bar->pageStep();
        QElapsedTimer timer;
        timer.start();
        bar->setValue(next);
        timeline->viewport()->repaint();
        samples << elapsedMs(timer);
    }
    m_report.measured(QStringLiteral("timeline_scroll_repaint"), samples, 16,
                      {{QStringLiteral("projects"), timeline->model()->rowCount()}});
    window().views()->setCurrentWidget(window().portfolioView());
}

// Each chart's aggregation at 1,000,000 funding lines, against the same statement run by
// the sqlite3 shell on the same file.
void PortfolioBenchmarks::fundingAggregations()
{
    const QString large = syntheticFile(SyntheticSize::large());
    auto store = PortfolioOpener::open(large, PortfolioOpener::NewFileContent::ReferenceOnly);
    FundingAggregator aggregator(*store);
    const struct
    {
        const char *name;
        FundingBreakdown breakdown;
    } charts[] = {
        {"funding_by_year_and_donor", FundingBreakdown::YearByDonor},
        {"funding_by_country", FundingBreakdown::Country},
        {"funding_by_sdg_goal", FundingBreakdown::SdgGoal},
        {"funding_by_theme", FundingBreakdown::Theme},
        {"funding_delivery_by_project", FundingBreakdown::DeliveryByProject},
    };
    QSqlQuery count = store->run(QStringLiteral("SELECT count(*) FROM funding_lines"));
    const qint64 lines = count.next() ? count.value(0).toLongLong() : 0;
    const QString currency = QStringLiteral("USD");
    for (const auto &chart : charts) {
        const FundingQuery query =
            aggregator.query(chart.breakdown, FundingMeasure::Budget, {}, currency);
        QList<double> app;
        int bars = 0;
        for (int run = 0; run <= m_options.runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            bars = int(aggregator.figures(chart.breakdown, FundingMeasure::Budget, {}, currency)
                           .bars.size());
            if (run > 0) // the first run fills the page cache
                app << elapsedMs(timer);
        }
        QList<double> shell = SqliteShell::times(
            large, SqliteShell::withValuesInlined(query.sql, query.values), m_options.runs + 1);
        if (!shell.isEmpty())
            shell.removeFirst();
        QJsonObject details{{QStringLiteral("funding_lines"), lines},
                            {QStringLiteral("bars"), bars}};
        if (shell.isEmpty()) {
            details.insert(QStringLiteral("sqlite3_shell"), QStringLiteral("not run"));
        } else {
            const double shellMedian = BenchmarkReport::percentile(shell, 0.5);
            const double ratio = BenchmarkReport::percentile(app, 0.5) / shellMedian;
            details.insert(QStringLiteral("sqlite3_median_ms"), shellMedian);
            details.insert(QStringLiteral("ratio_to_sqlite3"), std::round(ratio * 100) / 100);
            details.insert(QStringLiteral("target_ratio"), 1.5);
            details.insert(QStringLiteral("meets_target_ratio"), ratio <= 1.5);
        }
        m_report.measured(QLatin1String(chart.name), app, 0, details);
    }
}

// Showing the Funding tab on the large portfolio, as the user does: how long the window
// waits until it paints the tab (the UI thread is blocked until then), how long until the
// figures are shown, and the longest the event loop was blocked in between. Each run asks
// for the figures anew while the tab is hidden, as a filter change behind another tab does.
QList<double> PortfolioBenchmarks::fundingTabShown()
{
    const QString large = syntheticFile(SyntheticSize::large());
    if (!open(large))
        return {};
    FundingView *funding = window().fundingView();
    auto *paints =
        new PaintCounter(funding->findChild<QComboBox *>(QStringLiteral("fundingMeasureCombo")));
    QList<double> firstPaint;
    QList<double> figuresShown;
    QList<double> longestBlock;
    for (int run = 0; run <= m_options.runs; ++run) {
        window().views()->setCurrentWidget(window().portfolioView());
        QApplication::processEvents();
        funding->reload(); // hidden: waits for the tab to be shown
        const int paintsBefore = paints->paints;
        QElapsedTimer timer;
        timer.start();
        window().views()->setCurrentWidget(funding);
        double longest = 0;
        double painted = -1;
        // The dashboard says "loading" through a property while its figures are computed
        // elsewhere; a dashboard without it computes them before its first paint.
        while ((painted < 0 || funding->property("loading").toBool()) && timer.elapsed() < 120000) {
            QElapsedTimer step;
            step.start();
            QApplication::processEvents(QEventLoop::AllEvents, 10);
            longest = qMax(longest, elapsedMs(step));
            if (painted < 0 && paints->paints > paintsBefore)
                painted = elapsedMs(timer);
            if (painted >= 0 && funding->property("loading").toBool())
                QThread::msleep(1);
        }
        const double shown = elapsedMs(timer);
        if (run > 0) { // the first run fills the page cache
            firstPaint << painted;
            figuresShown << shown;
            longestBlock << longest;
        }
    }
    const QJsonObject details{
        {QStringLiteral("projects"), 100000},
        {QStringLiteral("median_figures_shown_ms"), BenchmarkReport::percentile(figuresShown, 0.5)},
        {QStringLiteral("median_longest_event_loop_block_ms"),
         BenchmarkReport::percentile(longestBlock, 0.5)},
        {QStringLiteral("max_longest_event_loop_block_ms"),
         BenchmarkReport::percentile(longestBlock, 1.0)}};
    m_report.measured(QStringLiteral("funding_tab_shown_to_first_paint"), firstPaint, 100, details);
    delete paints;
    window().views()->setCurrentWidget(window().portfolioView());
    return figuresShown;
}

// A bilingual donor report of about 50 pages, from the store to the PDF's bytes.
void PortfolioBenchmarks::pdfReport()
{
    const QString medium = syntheticFile(SyntheticSize::medium());
    auto store = PortfolioOpener::open(medium, PortfolioOpener::NewFileContent::ReferenceOnly);
    QList<double> samples;
    ReportBenchmarkRun last;
    for (int run = 0; run <= m_options.runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        last = ReportBenchmark::run(*store, ReportBenchmark::projectsForFiftyPages);
        if (run > 0)
            samples << elapsedMs(timer);
    }
    m_report.measured(QStringLiteral("report_pdf_bilingual"), samples, 1000,
                      {{QStringLiteral("pages"), last.pages},
                       {QStringLiteral("bytes"), last.bytes},
                       {QStringLiteral("target_bytes"), 1024 * 1024},
                       {QStringLiteral("meets_target_bytes"), last.bytes <= 1024 * 1024},
                       {QStringLiteral("projects"), ReportBenchmark::projectsForFiftyPages}});
}

// IATI import and export speed on the large portfolio exported (about 100,000 activities),
// next to xmllint's streaming parse of the same file. SSTC_BENCH_IATI_SIZE=small|medium picks
// a smaller portfolio for a quicker look.
void PortfolioBenchmarks::iatiThroughput()
{
    const SyntheticSize size =
        SyntheticSize::named(qEnvironmentVariable("SSTC_BENCH_IATI_SIZE"))
            .value_or(SyntheticSize::large());
    IatiBenchmark(m_report, m_options.workFolder, qMin(m_options.runs, 3))
        .run(syntheticFile(size), size.name);
}

} // namespace sstc
