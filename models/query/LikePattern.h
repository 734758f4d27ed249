#pragma once

#include <QString>

namespace sstc {

// A LIKE pattern matching `text` anywhere, its wildcards escaped (used with ESCAPE '\').
inline QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace sstc
