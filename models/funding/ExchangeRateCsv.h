#pragma once

#include "models/domain/FundingLine.h"
#include "models/text/TextLineReader.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QIODevice;

namespace sstc {

// Exchange rates as CSV, comma-separated, one rate a line after a header:
//
//     currency,to_currency,date,rate,source
//     CNY,USD,2019-01-02,0.1456,People's Bank of China
//
// `rate` is how many `to_currency` one `currency` is worth, with a dot as decimal sign;
// `date` is YYYY-MM-DD; `source` may be empty; fields may be quoted ("a, b"). A file with
// any bad line is refused whole: the result then has errors naming the lines and no rates.
// The file may be UTF-8, UTF-16 with a byte-order mark or GB18030 (see TextLineReader);
// bytes that are none are refused with their line. A field longer than maxFieldLength is a
// problem quoted as a short excerpt; a line is read at most maxLineBytes into memory.
// Text such as `=cmd|' /C calc'!A0` is read as typed and neutralised when written.
class ExchangeRateCsv
{
    Q_DECLARE_TR_FUNCTIONS(sstc::ExchangeRateCsv)

public:
    static constexpr int maxFieldLength = 1000;
    static constexpr qsizetype maxLineBytes = 64 * 1024;
    // Problems kept with their text; the rest are only counted.
    static constexpr int keptErrors = 100;

    struct Result
    {
        QList<ExchangeRate> rates;
        QStringList errors;       // "Line 3: …", in file order: the first keptErrors of them
        qsizetype errorCount = 0; // all of them
        TextEncoding encoding = TextEncoding::Utf8; // what the file was read as
    };

    // `device` is open and seekable (a file, a buffer).
    static Result read(QIODevice &device, TextEncoding encoding = TextEncoding::Automatic);
    static Result parse(const QByteArray &bytes, TextEncoding encoding = TextEncoding::Automatic);
    static QByteArray write(const QList<ExchangeRate> &rates);
    // What is wrong with one rate, empty when nothing: unknown ISO 4217 codes, the same
    // currency on both sides, an invalid date, a rate that is not above zero.
    static QString problem(const ExchangeRate &rate);
    // The CSV header, for messages and the file dialog.
    static QString header();
};

} // namespace sstc
