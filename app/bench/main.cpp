// sstc-bench: measures what users feel (start-up, opening a large portfolio, a search
// keystroke, a timeline scroll…) and prints one JSON line per measurement. Built with the
// project, never run by the tests: see README, "Benchmark".
#include "app/bench/BenchmarkReport.h"
#include "app/bench/FirstPaintReporter.h"
#include "app/bench/PortfolioBenchmarks.h"
#include "app/bench/ScaleBenchmarks.h"
#include "models/store/ApplicationIdentity.h"
#include "ui/mainwindow/DesktopStart.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTableView>

#include <cstdio>
#include <functional>
#include <map>

namespace {

// The start-up measurement's child process: the desktop program's own start (the same
// DesktopStart the GUI's main() runs), reporting its first painted table.
int startAsDesktop(int argc, char *argv[])
{
    int desktopArgc = argc - 1;
    char **desktopArgv = argv + 1;
    desktopArgv[0] = argv[0]; // the start-up option is not the desktop program's
    return sstc::DesktopStart::run(desktopArgc, desktopArgv, [](sstc::MainWindow &window) {
        new sstc::FirstPaintReporter(
            window.findChild<QTableView *>(QStringLiteral("projectTable")));
    });
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], sstc::PortfolioBenchmarks::startUpChildOption) == 0)
        return startAsDesktop(argc, argv);
    // Headless unless told otherwise, and never the user's own settings or portfolio.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QString workFolder = QDir::temp().filePath(QStringLiteral("sstc-bench"));
    for (int i = 1; i + 1 < argc; ++i)
        if (QByteArray(argv[i]) == "--work-folder")
            workFolder = QString::fromLocal8Bit(argv[i + 1]);
    qputenv("XDG_CONFIG_HOME", QDir(workFolder).filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", QDir(workFolder).filePath(QStringLiteral("data")).toUtf8());

    QApplication app(argc, argv);
    sstc::setApplicationIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures SSTC Desk on the sample and on synthetic portfolios; one JSON line per "
        "measurement on stdout. Measurements: startup, open, filter, timeline, funding, "
        "fundingtab, "
        "report, iati, timelinetab, exportcsv, clicsv, sorttitle, fundingfigures, firstkeys, "
        "earlykey (all when none is named)."));
    parser.addHelpOption();
    const QCommandLineOption workOption(QStringLiteral("work-folder"),
                                        QStringLiteral("Where the portfolios are made and kept."),
                                        QStringLiteral("folder"), workFolder);
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the synthetic portfolios."),
                                        QStringLiteral("number"), QStringLiteral("1"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Repetitions of each measurement."),
                                        QStringLiteral("number"), QStringLiteral("10"));
    parser.addOptions({workOption, seedOption, runsOption});
    parser.addPositionalArgument(QStringLiteral("measurement"), QStringLiteral("Which to run."),
                                 QStringLiteral("[measurement…]"));
    parser.process(app);

    sstc::PortfolioBenchmarks::Options options;
    options.workFolder = parser.value(workOption);
    options.seed = parser.value(seedOption).toUInt();
    options.runs = qMax(1, parser.value(runsOption).toInt());
    QTextStream out(stdout);
    sstc::BenchmarkReport report(out);
    sstc::PortfolioBenchmarks benchmarks(report, options);
    sstc::ScaleBenchmarks scale(report, benchmarks);
    const std::map<QString, std::function<void()>> measurements = {
        {QStringLiteral("startup"), [&] { benchmarks.startUp(); }},
        {QStringLiteral("open"), [&] { benchmarks.openLargePortfolio(); }},
        {QStringLiteral("filter"), [&] { benchmarks.filterKeystrokes(); }},
        {QStringLiteral("timeline"), [&] { benchmarks.timelineScroll(); }},
        {QStringLiteral("funding"), [&] { benchmarks.fundingAggregations(); }},
        {QStringLiteral("fundingtab"), [&] { benchmarks.fundingTabShown(); }},
        {QStringLiteral("report"), [&] { benchmarks.pdfReport(); }},
        {QStringLiteral("iati"), [&] { benchmarks.iatiThroughput(); }},
        {QStringLiteral("timelinetab"), [&] { scale.timelineTab(); }},
        {QStringLiteral("exportcsv"), [&] { scale.exportCsv(); }},
        {QStringLiteral("clicsv"), [&] { scale.cliCsv(); }},
        {QStringLiteral("sorttitle"), [&] { scale.sortTitle(); }},
        {QStringLiteral("fundingfigures"), [&] { scale.fundingFigures(); }},
        {QStringLiteral("firstkeys"), [&] { scale.firstKeys(); }},
        {QStringLiteral("earlykey"), [&] { scale.earlyKey(); }},
    };
    QStringList chosen = parser.positionalArguments();
    if (chosen.isEmpty())
        chosen = {QStringLiteral("startup"), QStringLiteral("open"),
                  QStringLiteral("filter"),  QStringLiteral("timeline"),
                  QStringLiteral("funding"), QStringLiteral("fundingtab"),
                  QStringLiteral("report"), QStringLiteral("iati"),
                  QStringLiteral("timelinetab"), QStringLiteral("exportcsv"),
                  QStringLiteral("clicsv"), QStringLiteral("sorttitle"),
                  QStringLiteral("fundingfigures"), QStringLiteral("firstkeys"),
                  QStringLiteral("earlykey")};
    for (const QString &name : std::as_const(chosen)) {
        const auto found = measurements.find(name);
        if (found == measurements.end()) {
            std::fprintf(stderr, "Unknown measurement: %s\n", qPrintable(name));
            return 1;
        }
        found->second();
    }
    return 0;
}
