#include "app/bench/IatiBenchmark.h"

#include "app/bench/BenchmarkReport.h"
#include "models/audit/AuditActor.h"
#include "models/iati/IatiExporter.h"
#include "models/store/PortfolioOpener.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QStandardPaths>

#include <cstdio>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace sstc {

namespace {

struct ChildRun
{
    bool finished = false; // ran to its end with exit code 0
    double ms = 0;
    double peakMemoryMb = 0; // the child's own maximum resident set size
};

// Runs a program to its end with its output discarded, and gives its time and its own peak
// memory (wait4's rusage: of that child only, not of every child this process had).
ChildRun runChild(const QString &program, const QStringList &arguments)
{
    QList<QByteArray> argumentBytes{QFile::encodeName(program)};
    for (const QString &argument : arguments)
        argumentBytes << QFile::encodeName(argument);
    std::vector<char *> argv;
    for (QByteArray &argument : argumentBytes)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        std::freopen("/dev/null", "w", stdout);
        execv(argv.front(), argv.data());
        _exit(127);
    }
    ChildRun result;
    if (pid < 0)
        return result;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return result;
    result.ms = double(timer.nsecsElapsed()) / 1e6;
    result.finished = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    result.peakMemoryMb = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    return result;
}

double median(QList<double> samples)
{
    return BenchmarkReport::percentile(std::move(samples), 0.5);
}

void log(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

void IatiBenchmark::run(const QString &portfolioPath, const QString &portfolioName)
{
    const QDir work(m_workFolder);
    // Export from a copy: the first export gives every project an identifier and keeps it.
    const QString source = work.filePath(QStringLiteral("iati-source-%1.sstc").arg(portfolioName));
    const QString xmlPath = work.filePath(QStringLiteral("iati-%1.xml").arg(portfolioName));
    if (!QFile::exists(source) && !QFile::copy(portfolioPath, source)) {
        m_report.skipped(QStringLiteral("iati_export"), QStringLiteral("cannot copy the portfolio"));
        return;
    }
    auto store = PortfolioOpener::open(source, PortfolioOpener::NewFileContent::ReferenceOnly);
    QList<double> exportMs;
    int written = 0;
    for (int run = 0; run <= m_runs; ++run) {
        QFile file(xmlPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_report.skipped(QStringLiteral("iati_export"), file.errorString());
            return;
        }
        QElapsedTimer timer;
        timer.start();
        written = IatiExporter(*store, AuditActor(QStringLiteral("bench"))).write(file, {}).written;
        file.close();
        if (run > 0) // the first gives the identifiers
            exportMs << double(timer.nsecsElapsed()) / 1e6;
        log(QStringLiteral("  exported %1 activities").arg(written));
    }
    store.reset();
    const double megabytes = double(QFileInfo(xmlPath).size()) / (1024.0 * 1024.0);

    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    QList<double> xmllintMs;
    for (int run = 0; !xmllint.isEmpty() && run < m_runs; ++run) {
        const ChildRun lint =
            runChild(xmllint, {QStringLiteral("--stream"), QStringLiteral("--noout"), xmlPath});
        if (lint.finished)
            xmllintMs << lint.ms;
    }

    const QString sstc = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("sstc"));
    QList<double> importMs;
    double importPeakMb = 0;
    for (int run = 0; run < m_runs; ++run) {
        const QString database = work.filePath(QStringLiteral("iati-import.sstc"));
        QFile::remove(database);
        if (!runChild(sstc, {QStringLiteral("init"), QStringLiteral("--empty"),
                             QStringLiteral("--database"), database})
                 .finished) {
            m_report.skipped(QStringLiteral("iati_import"), QStringLiteral("sstc init failed"));
            return;
        }
        const ChildRun import = runChild(sstc, {QStringLiteral("import"), QStringLiteral("iati"),
                                                xmlPath, QStringLiteral("--database"), database});
        if (!import.finished) {
            m_report.skipped(QStringLiteral("iati_import"), QStringLiteral("sstc import failed"));
            return;
        }
        importMs << import.ms;
        importPeakMb = qMax(importPeakMb, import.peakMemoryMb);
        log(QStringLiteral("  imported in %1 s").arg(import.ms / 1000, 0, 'f', 1));
    }

    auto speed = [&](const QList<double> &samples) {
        return samples.isEmpty() ? 0.0 : megabytes / (median(samples) / 1000.0);
    };
    const double lintSpeed = speed(xmllintMs);
    const double importSpeed = speed(importMs);
    const double exportSpeed = speed(exportMs);
    const QJsonObject common{{QStringLiteral("portfolio"), portfolioName},
                             {QStringLiteral("activities"), written},
                             {QStringLiteral("file_mb"), megabytes},
                             {QStringLiteral("xmllint_stream_mb_per_s"), lintSpeed}};
    QJsonObject importDetails = common;
    importDetails[QStringLiteral("mb_per_s")] = importSpeed;
    importDetails[QStringLiteral("share_of_xmllint")] = lintSpeed > 0 ? importSpeed / lintSpeed : 0;
    importDetails[QStringLiteral("target_share_of_xmllint")] = 1.0 / 3.0;
    importDetails[QStringLiteral("child_peak_memory_mb")] = importPeakMb;
    importDetails[QStringLiteral("target_peak_memory_mb")] = 250;
    if (!xmllintMs.isEmpty())
        m_report.measured(QStringLiteral("iati_xmllint_stream"), xmllintMs, 0, common);
    m_report.measured(QStringLiteral("iati_import"), importMs, 0, importDetails);
    QJsonObject exportDetails = common;
    exportDetails[QStringLiteral("mb_per_s")] = exportSpeed;
    exportDetails[QStringLiteral("import_mb_per_s")] = importSpeed;
    m_report.measured(QStringLiteral("iati_export"), exportMs, 0, exportDetails);
}

} // namespace sstc
