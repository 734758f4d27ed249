#include "models/store/PortfolioBackups.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace sstc {

QStringList PortfolioBackups::list(const QString &portfolioPath)
{
    const QFileInfo portfolio(portfolioPath);
    const QRegularExpression name(QStringLiteral("^%1\\.v\\d+-backup-(\\d{8}-\\d{6})\\.%2$")
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
