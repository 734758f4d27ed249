#pragma once

#include "models/domain/FundingLine.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace sstc {

// Exchange rates as CSV, UTF-8, comma-separated, one rate a line after a header:
//
//     currency,to_currency,date,rate,source
//     CNY,USD,2019-01-02,0.1456,People's Bank of China
//
// `rate` is how many `to_currency` one `currency` is worth, with a dot as decimal sign;
// `date` is YYYY-MM-DD; `source` may be empty; fields may be quoted ("a, b"). A file with
// any bad line is refused whole: the result then has errors naming the lines and no rates.
class ExchangeRateCsv
{
    Q_DECLARE_TR_FUNCTIONS(sstc::ExchangeRateCsv)

public:
    struct Result
    {
        QList<ExchangeRate> rates;
        QStringList errors; // "Line 3: …", in file order
    };

    static Result parse(const QByteArray &bytes);
    static QByteArray write(const QList<ExchangeRate> &rates);
    // What is wrong with one rate, empty when nothing: unknown ISO 4217 codes, the same
    // currency on both sides, an invalid date, a rate that is not above zero.
    static QString problem(const ExchangeRate &rate);
    // The CSV header, for messages and the file dialog.
    static QString header();
};

} // namespace sstc
