#pragma once

#include <QStringList>

namespace sstc {

// The copies kept beside a portfolio before its schema was upgraded (PortfolioStore's
// keepBackup names them NAME.vN-backup-yyyyMMdd-HHmmss.SUFFIX): where to turn when the
// portfolio itself is damaged.
class PortfolioBackups
{
public:
    // The backup copies of the portfolio at `portfolioPath` that exist, newest first, as
    // absolute paths.
    static QStringList list(const QString &portfolioPath);
};

} // namespace sstc
