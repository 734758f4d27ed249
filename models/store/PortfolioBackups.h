#pragma once

#include <QDateTime>
#include <QStringList>

namespace sstc {

// The copies kept beside a portfolio before its schema was upgraded, named
// NAME.vN-backup-yyyyMMdd-HHmmss[-K].SUFFIX: where to turn when the portfolio itself is damaged.
// The one place that knows the name, both to give it and to find it again.
class PortfolioBackups
{
public:
    // The backup copies of the portfolio at `portfolioPath` that exist, newest first, as
    // absolute paths.
    static QStringList list(const QString &portfolioPath);

    // The name of the backup of the portfolio at `portfolioPath`, taken at schema `version`
    // at `stamp`; `attempt` above 1 tells apart two taken in the same second.
    static QString nameFor(const QString &portfolioPath, int version, const QDateTime &stamp,
                           int attempt = 1);
};

} // namespace sstc
