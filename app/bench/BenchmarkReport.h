#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>

namespace sstc {

// Prints one JSON line per measurement: its name, the median and 95th percentile of the
// samples in milliseconds, how many runs they came from, the target when there is one, and
// the process's peak memory so far.
class BenchmarkReport
{
public:
    explicit BenchmarkReport(QTextStream &out)
        : m_out(out)
    {}

    // `targetMs` 0 for none; `details` adds fields (sizes, queries, ratios).
    void measured(const QString &name, QList<double> samplesMs, double targetMs = 0,
                  const QJsonObject &details = {});
    // A measurement that could not be taken, and why.
    void skipped(const QString &name, const QString &reason);

    static double percentile(QList<double> samples, double fraction);
    static double peakMemoryMb();

private:
    void print(QJsonObject line);

    QTextStream &m_out;
};

} // namespace sstc
