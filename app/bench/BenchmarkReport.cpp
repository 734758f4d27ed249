#include "app/bench/BenchmarkReport.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>

#include <sys/resource.h>

namespace sstc {

void BenchmarkReport::measured(const QString &name, QList<double> samplesMs, double targetMs,
                               const QJsonObject &details)
{
    QJsonObject line = details;
    line.insert(QStringLiteral("measurement"), name);
    line.insert(QStringLiteral("runs"), int(samplesMs.size()));
    const double median = percentile(samplesMs, 0.5);
    line.insert(QStringLiteral("median_ms"), std::round(median * 100) / 100);
    line.insert(QStringLiteral("p95_ms"), std::round(percentile(samplesMs, 0.95) * 100) / 100);
    if (targetMs > 0) {
        line.insert(QStringLiteral("target_ms"), targetMs);
        line.insert(QStringLiteral("meets_target"), median <= targetMs);
    }
    print(line);
}

void BenchmarkReport::skipped(const QString &name, const QString &reason)
{
    print(QJsonObject{{QStringLiteral("measurement"), name}, {QStringLiteral("skipped"), reason}});
}

// Nearest-rank percentile: a value that was actually measured.
double BenchmarkReport::percentile(QList<double> samples, double fraction)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(std::ceil(fraction * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

double BenchmarkReport::peakMemoryMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return std::round(double(usage.ru_maxrss) / 1024.0 * 10) / 10; // ru_maxrss is in KiB
}

void BenchmarkReport::print(QJsonObject line)
{
    line.insert(QStringLiteral("peak_memory_mb"), peakMemoryMb());
    m_out << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
}

} // namespace sstc
