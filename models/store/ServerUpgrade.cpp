#include "models/store/ServerUpgrade.h"

#include "models/store/PortfolioBackups.h"
#include "models/store/PortfolioCopy.h"
#include "models/store/PortfolioStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace sstc {

QString ServerUpgrade::copyPathFor(const PortfolioLocation &location, int version)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                           QStringLiteral("/server copies");
    const QString base = folder + QLatin1Char('/') + location.database() + QStringLiteral(".sstc");
    const QDateTime now = QDateTime::currentDateTime();
    for (int attempt = 1;; ++attempt) {
        const QString name = PortfolioBackups::nameFor(base, version, now, attempt);
        if (!QFileInfo::exists(name))
            return name;
    }
}

std::unique_ptr<PortfolioStore> ServerUpgrade::run(const PortfolioLocation &location,
                                                   const QString &copyPath,
                                                   const SchemaHistory &history)
{
    const QString folder = QFileInfo(copyPath).absolutePath();
    if (!QDir().mkpath(folder))
        throw StoreError(StoreError::Kind::FolderNotWritable, copyPath);
    bool copied = false;
    try {
        return PortfolioStore::upgradeServer(
            location,
            [&] {
                PortfolioCopy::copy(location, PortfolioLocation::file(copyPath));
                copied = true;
            },
            history);
    } catch (...) {
        // The database is as it was: its copy is not needed.
        if (copied)
            QFile::remove(copyPath);
        throw;
    }
}

} // namespace sstc
