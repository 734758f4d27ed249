#include "models/text/ProblemList.h"

namespace sstc {

QStringList ProblemList::firstOf(const QStringList &problems, qsizetype total, int limit)
{
    QStringList lines;
    for (qsizetype i = 0; i < problems.size() && i < limit; ++i)
        lines << excerpt(problems.at(i), messageLength);
    const qsizetype rest = qMax(total, problems.size()) - lines.size();
    if (rest > 0)
        lines << tr("… and %Ln more problem(s).", "", int(qMin<qsizetype>(rest, INT_MAX)));
    return lines;
}

QString ProblemList::excerpt(const QString &text, int length)
{
    // Never splits a surrogate pair: a Chinese extension character stays whole or goes.
    qsizetype end = qMin(text.size(), qsizetype(length));
    if (end < text.size() && end > 0 && text.at(end - 1).isHighSurrogate())
        --end;
    QString kept = text.left(end);
    for (QChar &c : kept) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    if (end < text.size())
        kept += QChar(0x2026);
    return kept;
}

} // namespace sstc
