#include "models/store/PortfolioBackups.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace sstc {

namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss");

} // namespace

QString PortfolioBackups::nameFor(const QString &portfolioPath, int version,
                                  const QDateTime &stamp, int attempt)
{
    const QFileInfo portfolio(portfolioPath);
    QString name = portfolio.absolutePath() + QLatin1Char('/') + portfolio.completeBaseName() +
                   QStringLiteral(".v%1-backup-%2").arg(version).arg(stamp.toString(stampFormat));
    if (attempt > 1)
        name += QStringLiteral("-%1").arg(attempt);
    return name + QLatin1Char('.') + portfolio.suffix();
}

QStringList PortfolioBackups::list(const QString &portfolioPath)
{
    const QFileInfo portfolio(portfolioPath);
    const QRegularExpression name(QStringLiteral("^%1\\.v\\d+-backup-(\\d{8}-\\d{6}(?:-\\d+)?)\\.%2$")
                                      .arg(QRegularExpression::escape(portfolio.completeBaseName()),
                                           QRegularExpression::escape(portfolio.suffix())));
    struct Backup
    {
        QString stamp;
        QString path;
    };
    QList<Backup> backups;
    const QDir folder = portfolio.absoluteDir();
    for (const QString &file : folder.entryList(QDir::Files)) {
        const QRegularExpressionMatch match = name.match(file);
        if (match.hasMatch())
            backups.append({match.captured(1), folder.absoluteFilePath(file)});
    }
    // The stamp sorts as the time it was taken; the name breaks a tie.
    std::sort(backups.begin(), backups.end(), [](const Backup &a, const Backup &b) {
        return a.stamp != b.stamp ? a.stamp > b.stamp : a.path > b.path;
    });
    QStringList paths;
    for (const Backup &backup : backups)
        paths << backup.path;
    return paths;
}

} // namespace sstc
