#pragma once

#include <QDate>
#include <QString>

namespace sstc {

// A date known to the year, the month or the day. The sources often give only "2019" or
// "December 2023"; storing 1 January instead would invent a fact. Stored as ISO 8601 text
// ("2019", "2023-12", "2016-09-06"), which also sorts correctly as text.
class PartialDate
{
public:
    enum class Precision
    {
        None,
        Year,
        Month,
        Day
    };

    PartialDate() = default;
    static PartialDate year(int year);
    static PartialDate month(int year, int month);
    static PartialDate day(const QDate &date);
    // Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; anything else gives an invalid date.
    static PartialDate fromIso(const QString &text);

    bool isNull() const { return m_precision == Precision::None; }
    Precision precision() const { return m_precision; }
    QString toIso() const;
    // The first and last day the date may stand for (1 Jan–31 Dec for a year).
    QDate firstDay() const;
    QDate lastDay() const;

    bool operator==(const PartialDate &other) const
    {
        return m_precision == other.m_precision && m_first == other.m_first;
    }
    bool operator!=(const PartialDate &other) const { return !(*this == other); }

private:
    PartialDate(Precision precision, const QDate &first)
        : m_precision(precision)
        , m_first(first)
    {}

    Precision m_precision = Precision::None;
    QDate m_first;
};

// True when the period cannot be in order: the end lies wholly before the start.
// "2016" to "2016-09" is accepted, since the year may well start before September.
bool isBefore(const PartialDate &end, const PartialDate &start);

} // namespace sstc
