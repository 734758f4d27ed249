#include "models/funding/CurrencyConversion.h"

#include "models/repositories/FundingRepository.h"

#include <cmath>

namespace sstc {

QDate CurrencyConversion::valueDay(const FundingLine &line)
{
    if (!line.valueDate.isNull())
        return line.valueDate.firstDay();
    return line.periodStart.isNull() ? QDate() : line.periodStart.firstDay();
}

std::optional<qint64> CurrencyConversion::convert(const Money &amount, const QDate &day,
                                                  const QString &toCurrency,
                                                  const RateInForce &rateOn)
{
    if (amount.currency == toCurrency)
        return amount.hundredths;
    if (!day.isValid())
        return std::nullopt;
    if (const std::optional<double> direct = rateOn(amount.currency, toCurrency, day))
        return std::llround(double(amount.hundredths) * *direct);
    // SQL's division by zero gives NULL: not converted either.
    if (const std::optional<double> inverse = rateOn(toCurrency, amount.currency, day);
        inverse && *inverse > 0)
        return std::llround(double(amount.hundredths) / *inverse);
    return std::nullopt;
}

CurrencyConversion::RateInForce CurrencyConversion::ratesOf(FundingRepository &repository)
{
    return [&repository](const QString &currency, const QString &toCurrency,
                         const QDate &day) -> std::optional<double> {
        if (const std::optional<ExchangeRate> rate = repository.rateOn(currency, toCurrency, day))
            return rate->rate;
        return std::nullopt;
    };
}

QString CurrencyConversion::sqlValueDay(const QString &line)
{
    return QStringLiteral("substr(COALESCE(%1.value_date, %1.period_start) || '-01-01', 1, 10)")
        .arg(line);
}

QString CurrencyConversion::sqlRateInForce(const QString &currency, const QString &toCurrency,
                                           const QString &day)
{
    return QStringLiteral("(SELECT r.rate FROM exchange_rates r WHERE r.currency = %1 "
                          "AND r.to_currency = %2 AND r.rate_date <= %3 "
                          "ORDER BY r.rate_date DESC LIMIT 1)")
        .arg(currency, toCurrency, day);
}

QString CurrencyConversion::sqlFactor(const QString &currency, const QString &day,
                                      const QString &toCurrency, QVariantList &values)
{
    const QString bound = QStringLiteral("?");
    values << toCurrency << toCurrency << toCurrency;
    return QStringLiteral("CASE WHEN %1 = ? THEN 1.0 ELSE COALESCE(%2, 1.0 / %3) END")
        .arg(currency, sqlRateInForce(currency, bound, day), sqlRateInForce(bound, currency, day));
}

} // namespace sstc
