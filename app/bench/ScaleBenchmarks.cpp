#include "app/bench/ScaleBenchmarks.h"

#include "app/bench/PaintCounter.h"
#include "app/bench/PortfolioBenchmarks.h"
#include "app/bench/SqliteShell.h"
#include "models/domain/BudgetRule.h"
#include "models/itemmodels/ProjectTableModel.h"
#include "models/itemmodels/TimelineModel.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/portfolio/PortfolioView.h"
#include "ui/timeline/TimelineView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>
#include <QTabWidget>
#include <QTableView>
#include <QThread>

#include <cmath>
#include <functional>

namespace sstc {

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double rounded(double value)
{
    return std::round(value * 100) / 100;
}

// The process's resident memory now (ru_maxrss only ever grows), in MB.
double residentMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return std::round(line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024 * 10) /
                   10;
    return 0;
}

// Runs the event loop until `done` (or two minutes): the longest the loop was blocked in one
// go, and when `paints` first grew beyond `paintsBefore` (-1 when never).
struct EventLoopWatch
{
    double longestBlockMs = 0;
    double firstPaintMs = -1;
    double doneMs = 0;
};

EventLoopWatch watchUntil(const QElapsedTimer &timer, const std::function<bool()> &done,
                          const PaintCounter *paints = nullptr, int paintsBefore = 0)
{
    EventLoopWatch watch;
    while (timer.elapsed() < 120000) {
        QElapsedTimer step;
        step.start();
        QApplication::processEvents(QEventLoop::AllEvents, 10);
        watch.longestBlockMs = qMax(watch.longestBlockMs, elapsedMs(step));
        if (paints && watch.firstPaintMs < 0 && paints->paints > paintsBefore)
            watch.firstPaintMs = elapsedMs(timer);
        if (done() && (!paints || watch.firstPaintMs >= 0))
            break;
        QThread::msleep(1);
    }
    watch.doneMs = elapsedMs(timer);
    return watch;
}

void sendKey(QWidget *target, QChar typed)
{
    QKeyEvent press(QEvent::KeyPress, typed.toUpper().unicode(), Qt::NoModifier, typed);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, typed.toUpper().unicode(), Qt::NoModifier, typed);
    QApplication::sendEvent(target, &release);
}

QJsonObject ratioDetails(const QList<double> &app, const QList<double> &shell, double target)
{
    if (shell.isEmpty())
        return {{QStringLiteral("sqlite3_shell"), QStringLiteral("not run")}};
    const double shellMedian = BenchmarkReport::percentile(shell, 0.5);
    const double ratio = BenchmarkReport::percentile(app, 0.5) / shellMedian;
    return {{QStringLiteral("sqlite3_median_ms"), rounded(shellMedian)},
            {QStringLiteral("ratio_to_sqlite3"), rounded(ratio)},
            {QStringLiteral("target_ratio"), target},
            {QStringLiteral("meets_target_ratio"), ratio <= target}};
}

} // namespace

int ScaleBenchmarks::heavyRuns() const
{
    return qMin(m_portfolios.options().runs, 5);
}

QString ScaleBenchmarks::projectColumnsSql(bool countryNames)
{
    return QStringLiteral(
               "SELECT p.code, COALESCE(NULLIF(p.title_en, ''), p.title_zh), "
               "(SELECT group_concat(n, ';') FROM (SELECT %1 AS n FROM project_countries pc "
               "JOIN countries c ON c.code = pc.country_code WHERE pc.project_id = p.id "
               "ORDER BY pc.position)), "
               "COALESCE(p.actual_start, p.planned_start), COALESCE(p.actual_end, p.planned_end), "
               "(SELECT group_concat(b, ';') FROM (SELECT (SUM(f.amount_hundredths) / 100.0) || "
               "' ' || f.currency AS b FROM funding_lines f WHERE f.project_id = p.id AND f.kind "
               "= %2 GROUP BY f.currency ORDER BY f.currency)), p.status FROM projects p "
               "ORDER BY p.id")
        .arg(countryNames ? QStringLiteral("c.name_en") : QStringLiteral("c.code"),
             BudgetRule::sqlCountedKind(QStringLiteral("p.id")));
}

// The Timeline tab shown for the first time after opening a portfolio: until its first paint,
// the longest the window was frozen until its rows were shown, the memory then, and the memory
// after another portfolio was opened with the timeline hidden (its rows should be gone).
void ScaleBenchmarks::timelineTab()
{
    for (const SyntheticSize &size : {SyntheticSize::medium(), SyntheticSize::large()}) {
        const QString path = m_portfolios.syntheticFile(size);
        MainWindow &window = m_portfolios.window();
        TimelineView *timeline = window.timelineView();
        auto *paints = new PaintCounter(timeline->viewport());
        QList<double> firstPaint, longestBlock, shown;
        double residentShown = 0, residentAfterOther = 0;
        for (int run = 0; run <= heavyRuns(); ++run) {
            window.views()->setCurrentWidget(window.portfolioView());
            if (!m_portfolios.open(path))
                return;
            QApplication::processEvents();
            const int paintsBefore = paints->paints;
            QElapsedTimer timer;
            timer.start();
            window.views()->setCurrentWidget(timeline);
            const double switchMs = elapsedMs(timer); // the window is frozen meanwhile
            EventLoopWatch watch = watchUntil(
                timer,
                [&] {
                    return !timeline->property("loading").toBool() &&
                           timeline->model()->rowCount() > 0;
                },
                paints, paintsBefore);
            watch.longestBlockMs = qMax(watch.longestBlockMs, switchMs);
            residentShown = residentMemoryMb();
            // Another portfolio opened while the timeline is hidden.
            window.views()->setCurrentWidget(window.portfolioView());
            m_portfolios.open(m_portfolios.samplePath());
            QApplication::processEvents();
            residentAfterOther = residentMemoryMb();
            if (run > 0) { // the first run fills the page cache
                firstPaint << watch.firstPaintMs;
                longestBlock << watch.longestBlockMs;
                shown << watch.doneMs;
            }
        }
        delete paints;
        const double longest = BenchmarkReport::percentile(longestBlock, 1.0);
        m_report.measured(
            QStringLiteral("timelinetab_%1").arg(size.name), firstPaint, 300,
            {{QStringLiteral("projects"), size.projects},
             {QStringLiteral("median_rows_shown_ms"), BenchmarkReport::percentile(shown, 0.5)},
             {QStringLiteral("median_longest_freeze_ms"),
              BenchmarkReport::percentile(longestBlock, 0.5)},
             {QStringLiteral("max_longest_freeze_ms"), longest},
             {QStringLiteral("target_longest_freeze_ms"), 100},
             {QStringLiteral("meets_target_freeze"), longest <= 100},
             {QStringLiteral("resident_mb_when_shown"), residentShown},
             {QStringLiteral("resident_mb_after_sample_opened"), residentAfterOther},
             {QStringLiteral("target_peak_memory_mb"), 200},
             {QStringLiteral("meets_target_memory"), BenchmarkReport::peakMemoryMb() <= 200}});
    }
}

// Export Table as CSV of every row of the large portfolio, from the menu's action to the file
// written, with the longest freeze of the window meanwhile; beside it the sqlite3 shell
// writing the same columns as CSV.
void ScaleBenchmarks::exportCsv()
{
    const QString large = m_portfolios.syntheticFile(SyntheticSize::large());
    const QString medium = m_portfolios.syntheticFile(SyntheticSize::medium());
    const QString csv = QDir(m_portfolios.options().workFolder).filePath(QStringLiteral("export.csv"));
    MainWindow &window = m_portfolios.window();
    PortfolioView *view = window.portfolioView();
    QJsonObject details;
    for (const QString &path : {medium, large}) {
        if (!m_portfolios.open(path))
            return;
        window.views()->setCurrentWidget(view);
        QApplication::processEvents();
        QList<double> times, longestBlock;
        for (int run = 0; run <= heavyRuns(); ++run) {
            QFile::remove(csv);
            QElapsedTimer timer;
            timer.start();
            view->startCsvExport(csv);
            const double startMs = elapsedMs(timer); // the window is frozen meanwhile
            EventLoopWatch watch =
                watchUntil(timer, [&] { return !view->property("exporting").toBool(); });
            watch.longestBlockMs = qMax(watch.longestBlockMs, startMs);
            if (run > 0) {
                times << watch.doneMs;
                longestBlock << watch.longestBlockMs;
            }
        }
        const QList<double> shell = SqliteShell::times(path, projectColumnsSql(true),
                                                       heavyRuns() + 1, csv + QStringLiteral(".sqlite3"), true)
                                        .mid(1);
        const bool isLarge = path == large;
        details = ratioDetails(times, shell, 1.5);
        details.insert(QStringLiteral("rows"), view->model()->rowCount());
        details.insert(QStringLiteral("bytes"), QFileInfo(csv).size());
        details.insert(QStringLiteral("median_longest_freeze_ms"),
                       BenchmarkReport::percentile(longestBlock, 0.5));
        details.insert(QStringLiteral("max_longest_freeze_ms"),
                       BenchmarkReport::percentile(longestBlock, 1.0));
        m_report.measured(isLarge ? QStringLiteral("exportcsv_large")
                                  : QStringLiteral("exportcsv_medium"),
                          times, 0, details);
    }
}

// `sstc list projects --format csv` of the large portfolio into a file, against the sqlite3
// shell writing the same columns, with the medium portfolio beside it.
void ScaleBenchmarks::cliCsv()
{
    const QString sstc =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("sstc"));
    const QString csv = QDir(m_portfolios.options().workFolder).filePath(QStringLiteral("cli.csv"));
    for (const SyntheticSize &size : {SyntheticSize::medium(), SyntheticSize::large()}) {
        const QString path = m_portfolios.syntheticFile(size);
        QList<double> times;
        for (int run = 0; run <= heavyRuns(); ++run) {
            QProcess process;
            process.setStandardOutputFile(csv);
            QElapsedTimer timer;
            timer.start();
            process.start(sstc, {QStringLiteral("list"), QStringLiteral("projects"),
                                 QStringLiteral("--format"), QStringLiteral("csv"),
                                 QStringLiteral("--database"), path});
            process.waitForFinished(-1);
            if (process.exitCode() != 0) {
                m_report.skipped(QStringLiteral("clicsv"), QStringLiteral("sstc failed"));
                return;
            }
            if (run > 0)
                times << elapsedMs(timer);
        }
        const QList<double> shell = SqliteShell::times(path, projectColumnsSql(false),
                                                       heavyRuns() + 1, csv + QStringLiteral(".sqlite3"), true)
                                        .mid(1);
        QJsonObject details = ratioDetails(times, shell, 1.5);
        details.insert(QStringLiteral("projects"), size.projects);
        details.insert(QStringLiteral("bytes"), QFileInfo(csv).size());
        m_report.measured(QStringLiteral("clicsv_%1").arg(size.name), times, 0, details);
    }
}

// A click on the Title header (from the order by start date), until the table is painted in
// pinyin or alphabetical order; the first click after opening is reported apart.
void ScaleBenchmarks::sortTitle()
{
    for (const SyntheticSize &size : {SyntheticSize::medium(), SyntheticSize::large()}) {
        const QString path = m_portfolios.syntheticFile(size);
        if (!m_portfolios.open(path))
            return;
        MainWindow &window = m_portfolios.window();
        window.views()->setCurrentWidget(window.portfolioView());
        QTableView *table = window.findChild<QTableView *>(QStringLiteral("projectTable"));
        ProjectTableModel *model = window.portfolioView()->model();
        // What the window reads in the background after opening, as a user looking at the
        // first page for a moment gives it time to.
        QElapsedTimer ready;
        ready.start();
        watchUntil(ready,
                   [&] { return model->searchesInMemory() && model->sortsByTitleInMemory(); });
        const double readyMs = elapsedMs(ready);
        QList<double> clicks;
        for (int run = 0; run <= m_portfolios.options().runs; ++run) {
            table->sortByColumn(ProjectTableModel::Start, Qt::AscendingOrder);
            table->viewport()->repaint();
            QElapsedTimer timer;
            timer.start();
            table->sortByColumn(ProjectTableModel::Title, Qt::AscendingOrder);
            table->viewport()->repaint();
            clicks << elapsedMs(timer);
        }
        const double first = clicks.takeFirst();
        m_report.measured(QStringLiteral("sorttitle_%1").arg(size.name), clicks, 100,
                          {{QStringLiteral("projects"), size.projects},
                           {QStringLiteral("first_click_ms"), rounded(first)},
                           {QStringLiteral("order_made_in_background_ms"), rounded(readyMs)},
                           {QStringLiteral("first_row"),
                            model->index(0, ProjectTableModel::Title).data().toString()}});
        table->sortByColumn(-1, Qt::AscendingOrder);
    }
}

// Showing the Funding tab on the large portfolio until all five charts show their figures.
void ScaleBenchmarks::fundingFigures()
{
    const QList<double> shown = m_portfolios.fundingTabShown();
    m_report.measured(QStringLiteral("fundingfigures"), shown, 1000,
                      {{QStringLiteral("projects"), 100000}});
}

// The first and the second keystroke of a search at 100,000 projects (they match nearly
// every project), with the search index read.
void ScaleBenchmarks::firstKeys()
{
    if (!m_portfolios.open(m_portfolios.syntheticFile(SyntheticSize::large())))
        return;
    ProjectTableModel *model = m_portfolios.window().portfolioView()->model();
    QElapsedTimer ready;
    ready.start();
    watchUntil(ready, [&] { return model->searchesInMemory(); });
    const QList<QList<double>> byPosition =
        m_portfolios.typeQuery(QStringLiteral("firstkeys_whole_query"), QStringLiteral("skill"));
    m_report.measured(QStringLiteral("firstkeys"), byPosition.value(0) + byPosition.value(1), 16,
                      {{QStringLiteral("projects"), model->totalCount()},
                       {QStringLiteral("median_first_ms"),
                        BenchmarkReport::percentile(byPosition.value(0), 0.5)},
                       {QStringLiteral("median_second_ms"),
                        BenchmarkReport::percentile(byPosition.value(1), 0.5)}});
}

// A keystroke right after opening, before the search index has been read in the background.
void ScaleBenchmarks::earlyKey()
{
    for (const SyntheticSize &size : {SyntheticSize::medium(), SyntheticSize::large()}) {
        const QString path = m_portfolios.syntheticFile(size);
        MainWindow &window = m_portfolios.window();
        window.views()->setCurrentWidget(window.portfolioView());
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("projectSearchEdit"));
        ProjectTableModel *model = window.portfolioView()->model();
        QList<double> samples;
        int early = 0;
        for (int run = 0; run <= m_portfolios.options().runs; ++run) {
            search->clear();
            if (!m_portfolios.open(path))
                return;
            QApplication::processEvents();
            const bool beforeIndex = !model->searchesInMemory();
            QElapsedTimer timer;
            timer.start();
            sendKey(search, QLatin1Char('s'));
            QApplication::processEvents();
            if (run > 0 && beforeIndex) {
                samples << elapsedMs(timer);
                ++early;
            }
        }
        search->clear();
        QApplication::processEvents();
        m_report.measured(QStringLiteral("earlykey_%1").arg(size.name), samples, 50,
                          {{QStringLiteral("projects"), size.projects},
                           {QStringLiteral("keystrokes_before_index"), early}});
    }
}

} // namespace sstc
