#include "models/funding/ExchangeRateCsv.h"

#include "models/domain/CurrencyCodes.h"
#include "models/export/TableExporter.h"
#include "models/text/ProblemList.h"

#include <QBuffer>
#include <QSet>

#include <cmath>

namespace sstc {

namespace {

// Splits one CSV line into fields; quotes may enclose commas and doubled quotes. False
// for an unterminated quote. A field is kept to one character over the limit: enough to
// know that it is too long and to quote its start. `longField` is the first such, or -1.
bool splitLine(const QString &line, QStringList &fields, int &longField)
{
    fields.clear();
    longField = -1;
    QString field;
    auto append = [&](QChar c) {
        if (field.size() <= ExchangeRateCsv::maxFieldLength)
            field += c;
    };
    auto finish = [&] {
        if (field.size() > ExchangeRateCsv::maxFieldLength && longField < 0)
            longField = int(fields.size());
        fields << field;
        field.clear();
    };
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                append(c);
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            finish();
        } else {
            append(c);
        }
    }
    finish();
    return !quoted;
}

} // namespace

QString ExchangeRateCsv::header()
{
    return QStringLiteral("currency,to_currency,date,rate,source");
}

QString ExchangeRateCsv::problem(const ExchangeRate &rate)
{
    if (!CurrencyCodes::isKnown(rate.currency))
        return tr("“%1” is not an ISO 4217 currency code such as USD or CNY.")
            .arg(ProblemList::excerpt(rate.currency));
    if (!CurrencyCodes::isKnown(rate.toCurrency))
        return tr("“%1” is not an ISO 4217 currency code such as USD or CNY.")
            .arg(ProblemList::excerpt(rate.toCurrency));
    if (rate.currency == rate.toCurrency)
        return tr("A rate converts between two different currencies.");
    if (!rate.date.isValid())
        return tr("The date must be a day written YYYY-MM-DD.");
    if (!(rate.rate > 0) || !std::isfinite(rate.rate))
        return tr("The rate must be a number above zero.");
    return {};
}

ExchangeRateCsv::Result ExchangeRateCsv::parse(const QByteArray &bytes, TextEncoding encoding)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer, encoding);
}

ExchangeRateCsv::Result ExchangeRateCsv::read(QIODevice &device, TextEncoding encoding)
{
    Result result;
    // Beyond the kept ones, problems are only counted: no text is made for them.
    auto addError = [&result](auto message) {
        ++result.errorCount;
        if (result.errors.size() < keptErrors)
            result.errors << QString(message());
    };
    TextLineReader reader(device, encoding, maxLineBytes);
    result.encoding = reader.encoding();
    TextLineReader::Line read;
    QStringList fields;
    int longField = -1;
    QSet<QString> seen;
    bool headerSeen = false;
    while (reader.next(read)) {
        const QString line = read.text.trimmed();
        const int number = read.number;
        if (line.isEmpty())
            continue;
        if (!headerSeen) {
            headerSeen = true;
            if (line.toLower().remove(QLatin1Char(' ')) != header())
                addError([&] {
                    return tr("Line %1: the header must be “%2”.").arg(number).arg(header());
                });
            continue;
        }
        const bool closed = splitLine(line, fields, longField);
        if (longField >= 0) {
            addError([&] {
                return tr("Line %1: field %2 is longer than %L3 characters: “%4”.")
                    .arg(number)
                    .arg(longField + 1)
                    .arg(maxFieldLength)
                    .arg(ProblemList::excerpt(fields.at(longField)));
            });
            continue;
        }
        if (read.cut) {
            addError([&] {
                return tr("Line %1: the line is longer than %L2 KB; a rate takes one short line.")
                    .arg(number)
                    .arg(maxLineBytes / 1024);
            });
            continue;
        }
        if (!closed) {
            addError([&] { return tr("Line %1: a quote is not closed.").arg(number); });
            continue;
        }
        if (fields.size() < 4 || fields.size() > 5) {
            addError([&] {
                return tr("Line %1: expected 4 or 5 fields (%2), found %3.")
                    .arg(number)
                    .arg(header())
                    .arg(fields.size());
            });
            continue;
        }
        ExchangeRate rate;
        rate.currency = fields.at(0).trimmed();
        rate.toCurrency = fields.at(1).trimmed();
        rate.date = QDate::fromString(fields.at(2).trimmed(), Qt::ISODate);
        bool isNumber = false;
        rate.rate = fields.at(3).trimmed().toDouble(&isNumber);
        if (!isNumber)
            rate.rate = 0;
        rate.source = fields.size() > 4 ? fields.at(4).trimmed() : QString();
        if (const QString why = problem(rate); !why.isEmpty()) {
            addError([&] { return tr("Line %1: %2").arg(number).arg(why); });
            continue;
        }
        const QString key = rate.currency + rate.toCurrency + rate.date.toString(Qt::ISODate);
        if (seen.contains(key)) {
            addError([&] {
                return tr("Line %1: a second %2 → %3 rate for %4.")
                    .arg(number)
                    .arg(rate.currency, rate.toCurrency, rate.date.toString(Qt::ISODate));
            });
            continue;
        }
        seen.insert(key);
        result.rates << rate;
    }
    if (!reader.error().isEmpty())
        addError([&] { return reader.error(); });
    else if (!headerSeen)
        addError(
            [&] { return tr("The file is empty: the first line must be “%1”.").arg(header()); });
    if (result.errorCount > 0)
        result.rates.clear();
    return result;
}

QByteArray ExchangeRateCsv::write(const QList<ExchangeRate> &rates)
{
    QString text = header() + QLatin1Char('\n');
    for (const ExchangeRate &rate : rates)
        text +=
            QStringList{TableExporter::csvCell(rate.currency),
                        TableExporter::csvCell(rate.toCurrency), rate.date.toString(Qt::ISODate),
                        QString::number(rate.rate, 'g', 12), TableExporter::csvCell(rate.source)}
                .join(QLatin1Char(',')) +
            QLatin1Char('\n');
    return text.toUtf8();
}

} // namespace sstc
