#include "models/domain/PartialDate.h"

#include <QRegularExpression>

namespace sstc {

PartialDate PartialDate::year(int year)
{
    const QDate first(year, 1, 1);
    return first.isValid() ? PartialDate(Precision::Year, first) : PartialDate();
}

PartialDate PartialDate::month(int year, int month)
{
    const QDate first(year, month, 1);
    return first.isValid() ? PartialDate(Precision::Month, first) : PartialDate();
}

PartialDate PartialDate::day(const QDate &date)
{
    return date.isValid() ? PartialDate(Precision::Day, date) : PartialDate();
}

PartialDate PartialDate::fromIso(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const int y = match.captured(1).toInt();
    if (match.captured(2).isEmpty())
        return year(y);
    const int m = match.captured(2).toInt();
    if (match.captured(3).isEmpty())
        return month(y, m);
    return day(QDate(y, m, match.captured(3).toInt()));
}

QString PartialDate::toIso() const
{
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        return m_first.toString(QStringLiteral("yyyy"));
    case Precision::Month:
        return m_first.toString(QStringLiteral("yyyy-MM"));
    case Precision::Day:
        return m_first.toString(Qt::ISODate);
    }
    return {};
}

QDate PartialDate::firstDay() const
{
    return m_first;
}

QDate PartialDate::lastDay() const
{
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QDate(m_first.year(), 12, 31);
    case Precision::Month:
        return QDate(m_first.year(), m_first.month(), m_first.daysInMonth());
    case Precision::Day:
        return m_first;
    }
    return {};
}

bool isBefore(const PartialDate &end, const PartialDate &start)
{
    if (end.isNull() || start.isNull())
        return false;
    return end.lastDay() < start.firstDay();
}

} // namespace sstc
