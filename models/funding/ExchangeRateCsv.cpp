#include "models/funding/ExchangeRateCsv.h"

#include "models/domain/CurrencyCodes.h"

#include <QSet>

#include <cmath>

namespace sstc {

namespace {

// Splits one CSV line into fields; quotes may enclose commas and doubled quotes. False
// for an unterminated quote.
bool splitLine(const QString &line, QStringList &fields)
{
    fields.clear();
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return !quoted;
}

QString quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')))
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString ExchangeRateCsv::header()
{
    return QStringLiteral("currency,to_currency,date,rate,source");
}

QString ExchangeRateCsv::problem(const ExchangeRate &rate)
{
    if (!CurrencyCodes::isKnown(rate.currency))
        return tr("“%1” is not an ISO 4217 currency code such as USD or CNY.").arg(rate.currency);
    if (!CurrencyCodes::isKnown(rate.toCurrency))
        return tr("“%1” is not an ISO 4217 currency code such as USD or CNY.").arg(rate.toCurrency);
    if (rate.currency == rate.toCurrency)
        return tr("A rate converts between two different currencies.");
    if (!rate.date.isValid())
        return tr("The date must be a day written YYYY-MM-DD.");
    if (!(rate.rate > 0) || !std::isfinite(rate.rate))
        return tr("The rate must be a number above zero.");
    return {};
}

ExchangeRateCsv::Result ExchangeRateCsv::parse(const QByteArray &bytes)
{
    Result result;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList fields;
    QSet<QString> seen;
    bool headerSeen = false;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QString line = lines.at(index).trimmed();
        const int number = int(index) + 1;
        if (line.isEmpty())
            continue;
        if (!headerSeen) {
            headerSeen = true;
            if (line.toLower().remove(QLatin1Char(' ')) != header())
                result.errors << tr("Line %1: the header must be “%2”.").arg(number).arg(header());
            continue;
        }
        if (!splitLine(line, fields)) {
            result.errors << tr("Line %1: a quote is not closed.").arg(number);
            continue;
        }
        if (fields.size() < 4 || fields.size() > 5) {
            result.errors << tr("Line %1: expected 4 or 5 fields (%2), found %3.")
                                 .arg(number)
                                 .arg(header())
                                 .arg(fields.size());
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
            result.errors << tr("Line %1: %2").arg(number).arg(why);
            continue;
        }
        const QString key = rate.currency + rate.toCurrency + rate.date.toString(Qt::ISODate);
        if (seen.contains(key)) {
            result.errors << tr("Line %1: a second %2 → %3 rate for %4.")
                                 .arg(number)
                                 .arg(rate.currency, rate.toCurrency,
                                      rate.date.toString(Qt::ISODate));
            continue;
        }
        seen.insert(key);
        result.rates << rate;
    }
    if (!headerSeen)
        result.errors << tr("The file is empty: the first line must be “%1”.").arg(header());
    if (!result.errors.isEmpty())
        result.rates.clear();
    return result;
}

QByteArray ExchangeRateCsv::write(const QList<ExchangeRate> &rates)
{
    QString text = header() + QLatin1Char('\n');
    for (const ExchangeRate &rate : rates)
        text += QStringList{rate.currency, rate.toCurrency, rate.date.toString(Qt::ISODate),
                            QString::number(rate.rate, 'g', 12), quoted(rate.source)}
                    .join(QLatin1Char(',')) +
                QLatin1Char('\n');
    return text.toUtf8();
}

} // namespace sstc
