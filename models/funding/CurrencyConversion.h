#pragma once

#include "models/domain/FundingLine.h"
#include "models/domain/Money.h"

#include <QDate>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

namespace sstc {

class FundingRepository;

// How an amount is converted to a reporting currency, in C++ for the donor report and in SQL
// for the funding dashboard, side by side so that the two cannot drift apart.
//
// An amount in the reporting currency needs no rate. Otherwise the rate in force is the latest
// one on or before the line's value day: first a direct rate (1 line currency = rate reporting
// currency, the amount is multiplied), and only when there is none an inverse one (1 reporting
// currency = rate line currency, the amount is divided). No cross rates through a third
// currency. A line dated before the first known rate, or undated, is not converted: callers
// list it apart, never count it as zero.
class CurrencyConversion
{
public:
    // The rate in force from one currency to another on a day (the latest on or before it).
    using RateInForce = std::function<std::optional<double>(
        const QString &currency, const QString &toCurrency, const QDate &day)>;

    // The day whose rate converts a line: its value date, else its period start, a partial
    // date counting from its first day ("2019" is 1 January 2019). Null when it has neither.
    static QDate valueDay(const FundingLine &line);

    // The amount in hundredths of `toCurrency`, rounded to the nearest; empty when no rate is
    // in force on `day` (or `day` is null and the currencies differ).
    static std::optional<qint64> convert(const Money &amount, const QDate &day,
                                         const QString &toCurrency, const RateInForce &rateOn);
    // The rates a repository holds.
    static RateInForce ratesOf(FundingRepository &repository);

    // SQL: the value day, as ISO text of a day, of the row of funding_lines named LINE; NULL
    // when it has neither date. Dates are ISO text of year, month or day precision: padding
    // them to a day ("2019" -> "2019-01-01") makes a rate dated on the first day count.
    static QString sqlValueDay(const QString &line);
    // SQL: the factor that converts an amount in the currency CURRENCY (an SQL expression) on
    // the day DAY (an SQL expression, ISO text) to `toCurrency`, which is bound: its values are
    // appended to `values` in the order of their placeholders. NULL when no rate is in force.
    static QString sqlFactor(const QString &currency, const QString &day, const QString &toCurrency,
                             QVariantList &values);

private:
    static QString sqlRateInForce(const QString &currency, const QString &toCurrency,
                                  const QString &day);
};

} // namespace sstc
