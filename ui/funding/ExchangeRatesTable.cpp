#include "ui/funding/ExchangeRatesTable.h"

#include "models/funding/ExchangeRateCsv.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>

namespace sstc {

namespace {
const QString currencyField = QStringLiteral("currency");
const QString toCurrencyField = QStringLiteral("toCurrency");
const QString dateField = QStringLiteral("date");
const QString rateField = QStringLiteral("rate");
const QString sourceField = QStringLiteral("source");
constexpr int columnWidth = 100;

QString rateKey(const QString &currency, const QString &toCurrency, const QString &date)
{
    return currency + QLatin1Char('/') + toCurrency + QLatin1Char('/') + date;
}

QString rateKey(const ExchangeRate &rate)
{
    return rateKey(rate.currency, rate.toCurrency, rate.date.toString(Qt::ISODate));
}
} // namespace

ExchangeRatesTable::ExchangeRatesTable(QWidget *parent)
    : RecordTable(QStringLiteral("exchangeRates"), QStringLiteral("exchangeRates"), QString(),
                  QString(), parent)
{
    setButtonNames(QStringLiteral("addRateButton"), QStringLiteral("removeRateButton"));
    showAsList();
    table()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The new row's currencies and day are usually right; its rate is what is left to type.
    setEditedOnAdd(rateField);
    retranslate();
}

void ExchangeRatesTable::retranslate()
{
    setColumns({{currencyField, tr("Currency"), columnWidth},
                {toCurrencyField, tr("In currency", "converted into"), columnWidth},
                {dateField, tr("Date"), columnWidth},
                {rateField, tr("Rate"), columnWidth},
                {sourceField, tr("Source"), columnWidth}});
    addButton()->setText(tr("&Add Rate"));
    removeButton()->setText(tr("&Remove Rate"));
}

void ExchangeRatesTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    RecordTable::changeEvent(event);
}

void ExchangeRatesTable::setRates(const QList<ExchangeRate> &rates)
{
    table()->setRowCount(0);
    m_ids.clear();
    for (const ExchangeRate &rate : rates)
        appendRate(rate);
}

void ExchangeRatesTable::appendRate(const ExchangeRate &rate)
{
    const int row = appendRow();
    m_ids.append(rate.id);
    setText(row, currencyField, rate.currency);
    setText(row, toCurrencyField, rate.toCurrency);
    setDate(row, dateField, rate.date);
    setRateAndSource(row, rate);
}

void ExchangeRatesTable::setRateAndSource(int row, const ExchangeRate &rate)
{
    // Written as the C locale does, so that what the officer edits parses the same everywhere.
    setText(row, rateField, rate.rate > 0 ? QString::number(rate.rate, 'g', 12) : QString());
    setText(row, sourceField, rate.source);
}

void ExchangeRatesTable::addChild()
{
    appendRate(m_newRate ? m_newRate() : ExchangeRate());
}

QList<ExchangeRate> ExchangeRatesTable::rates(QStringList &problems) const
{
    QList<ExchangeRate> result;
    QSet<QString> seen;
    for (int row = 0; row < table()->rowCount(); ++row) {
        ExchangeRate rate;
        rate.id = m_ids.at(row);
        rate.currency = text(row, currencyField).toUpper();
        rate.toCurrency = text(row, toCurrencyField).toUpper();
        rate.date = fullDate(row, dateField);
        // A dot always works; the UI locale's decimal sign too.
        bool isNumber = false;
        const QString rateText = text(row, rateField);
        rate.rate = rateText.toDouble(&isNumber);
        if (!isNumber)
            rate.rate = QLocale().toDouble(rateText, &isNumber);
        if (!isNumber)
            rate.rate = 0;
        rate.source = text(row, sourceField);
        if (const QString why = ExchangeRateCsv::problem(rate); !why.isEmpty()) {
            problems << tr("Row %1: %2").arg(row + 1).arg(why);
            continue;
        }
        if (seen.contains(rateKey(rate))) {
            problems << tr("Row %1: a second %2 → %3 rate for %4.")
                            .arg(row + 1)
                            .arg(rate.currency, rate.toCurrency, rate.date.toString(Qt::ISODate));
            continue;
        }
        seen.insert(rateKey(rate));
        result << rate;
    }
    return result;
}

void ExchangeRatesTable::addOrReplace(const QList<ExchangeRate> &rates)
{
    QHash<QString, int> rowOf;
    for (int row = 0; row < table()->rowCount(); ++row)
        rowOf.insert(
            rateKey(text(row, currencyField), text(row, toCurrencyField), text(row, dateField)),
            row);
    for (const ExchangeRate &rate : rates) {
        const int row = rowOf.value(rateKey(rate), -1);
        if (row < 0)
            appendRate(rate);
        else
            setRateAndSource(row, rate);
    }
}

} // namespace sstc
