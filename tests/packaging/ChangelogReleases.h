#pragma once

// The releases CHANGELOG.md lists ("## [0.1.0] - 2026-11-22"), newest first: what the
// package's changelog and the metainfo are expected to name, read here independently of the
// CMake script that writes them.
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QString>

struct ChangelogRelease
{
    QString version;
    QString date;
    bool operator==(const ChangelogRelease &other) const
    {
        return version == other.version && date == other.date;
    }
};

inline QList<ChangelogRelease> changelogReleases(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression heading(
        QStringLiteral("^## \\[([^\\]]+)\\] - (\\d{4}-\\d{2}-\\d{2})$"),
        QRegularExpression::MultilineOption);
    QList<ChangelogRelease> releases;
    const QString text = QString::fromUtf8(file.readAll());
    for (auto match = heading.globalMatch(text); match.hasNext();) {
        const auto found = match.next();
        releases.append({found.captured(1), found.captured(2)});
    }
    return releases;
}

inline char *toString(const ChangelogRelease &release)
{
    return qstrdup(qPrintable(release.version + QLatin1Char(' ') + release.date));
}
