#include "models/report/ReportFinance.h"

#include "models/domain/BudgetRule.h"
#include "models/funding/CurrencyConversion.h"

namespace sstc {

namespace {
void add(std::optional<qint64> &sum, qint64 value)
{
    sum = sum.value_or(0) + value;
}

std::optional<qint64> total(const QList<ReportFinanceYear> &years,
                            std::optional<qint64> ReportFinanceYear::*member)
{
    std::optional<qint64> sum;
    for (const ReportFinanceYear &year : years)
        if ((year.*member).has_value())
            add(sum, *(year.*member));
    return sum;
}
} // namespace

std::optional<qint64> ReportFinance::totalBudget() const
{
    return total(years, &ReportFinanceYear::budget);
}

std::optional<qint64> ReportFinance::totalReceived() const
{
    return total(years, &ReportFinanceYear::received);
}

std::optional<qint64> ReportFinance::totalSpent() const
{
    return total(years, &ReportFinanceYear::spent);
}

ReportFinance ReportFinance::compute(const QList<FundingLine> &lines, const QDate &until,
                                     const QString &currency, FundingRepository &rates)
{
    ReportFinance finance;
    finance.currency = currency;
    finance.hasLines = !lines.isEmpty();
    const FundingKind budgetKind = BudgetRule::countedKind(lines);
    const CurrencyConversion::RateInForce rateOn = CurrencyConversion::ratesOf(rates);

    QMap<int, ReportFinanceYear> byYear;
    for (const FundingLine &line : lines) {
        std::optional<qint64> ReportFinanceYear::*member = nullptr;
        if (line.kind == budgetKind)
            member = &ReportFinanceYear::budget;
        else if (line.kind == FundingKind::IncomingFunds)
            member = &ReportFinanceYear::received;
        else if (line.kind == FundingKind::Expenditure)
            member = &ReportFinanceYear::spent;
        else
            continue;
        const QDate date = CurrencyConversion::valueDay(line);
        if (date.isValid() && until.isValid() && date > until)
            continue;
        const std::optional<qint64> amount =
            CurrencyConversion::convert(line.amount, date, currency, rateOn);
        if (!amount) {
            finance.unconverted << ReportUnconvertedLine{line, date};
            continue;
        }
        ReportFinanceYear &year = byYear[date.isValid() ? date.year() : 0];
        year.year = date.isValid() ? date.year() : 0;
        add(year.*member, *amount);
        if (!finance.originalCurrencies.contains(line.amount.currency))
            finance.originalCurrencies << line.amount.currency;
    }
    finance.originalCurrencies.sort();
    finance.years = byYear.values();
    return finance;
}

} // namespace sstc
