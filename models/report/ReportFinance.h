#pragma once

#include "models/domain/FundingLine.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace sstc {

class FundingRepository;

// One year of a project's financial statement, in hundredths of the reporting currency.
// An empty value means no line of that kind: the report prints a dash, never a zero.
struct ReportFinanceYear
{
    int year = 0; // 0 for lines without any date
    std::optional<qint64> budget;
    std::optional<qint64> received;
    std::optional<qint64> spent;
};

// A line that could not be converted: no rate in force on its date, or no date at all.
struct ReportUnconvertedLine
{
    FundingLine line;
    QDate date; // null when the line has no date
};

// The financial statement of one project up to the end of the reporting period: budget (the
// revised budget when there is one, else the original), incoming funds and expenditure per
// year, converted to the reporting currency at the rate in force on each line's value date
// (its period start when it has none) by CurrencyConversion, the rule the funding dashboard's
// FundingAggregator also follows.
struct ReportFinance
{
    QString currency;
    QList<ReportFinanceYear> years; // in year order
    QList<ReportUnconvertedLine> unconverted;
    QStringList originalCurrencies; // of the lines counted, sorted
    bool hasLines = false;          // any funding line at all, before the period cut

    std::optional<qint64> totalBudget() const;
    std::optional<qint64> totalReceived() const;
    std::optional<qint64> totalSpent() const;

    static ReportFinance compute(const QList<FundingLine> &lines, const QDate &until,
                                 const QString &currency, FundingRepository &rates);
};

} // namespace sstc
