// The conversion rule in its two forms: the C++ the donor report uses and the SQL the funding
// dashboard embeds. Each is checked against amounts worked out by hand, and the dashboard's
// aggregation and the report's statement, reading one portfolio in several currencies, must
// convert every line alike and leave the same lines unconverted, in dollars and in yuan.
#include "tests/support/TestFolders.h"

#include "models/funding/CurrencyConversion.h"
#include "models/funding/FundingAggregator.h"
#include "models/report/ReportFinance.h"
#include "models/repositories/FundingRepository.h"
#include "models/store/PortfolioStore.h"

#include <QtTest>

#include <memory>

using namespace sstc;

namespace {

using Amounts = QMap<QString, qint64>;

const QString usd = QStringLiteral("USD");
const QString cny = QStringLiteral("CNY");

// A rate table that answers the same rate whatever the day, and records the days asked.
struct FixedRates
{
    QMap<QPair<QString, QString>, double> rates;
    QList<QDate> daysAsked;

    CurrencyConversion::RateInForce lookup()
    {
        return [this](const QString &currency, const QString &toCurrency,
                      const QDate &day) -> std::optional<double> {
            daysAsked << day;
            const auto found = rates.constFind({currency, toCurrency});
            if (found == rates.constEnd())
                return std::nullopt;
            return *found;
        };
    }
};

FundingLine lineDated(const QString &valueDate, const QString &periodStart)
{
    FundingLine line;
    line.valueDate = PartialDate::fromIso(valueDate);
    line.periodStart = PartialDate::fromIso(periodStart);
    return line;
}

std::optional<qint64> none()
{
    return std::nullopt;
}

} // namespace

class TestCurrencyConversion : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void valueDay_data();
    void valueDay();
    void convertsDirectElseInverse();
    void sqlFactorFollowsTheRatesInForce_data();
    void sqlFactorFollowsTheRatesInForce();
    void dashboardAndReportConvertAlike_data();
    void dashboardAndReportConvertAlike();

private:
    qint64 addBudgetLine(const QString &title, const QString &currency, qint64 hundredths,
                         const QVariant &valueDate, const QVariant &periodStart);
    void addRate(const QString &currency, const QString &toCurrency, const QString &date,
                 double rate);

    TestFolders m_folders;
    std::unique_ptr<PortfolioStore> m_store;
};

void TestCurrencyConversion::init()
{
    const QString path = m_folders.filePath(QStringLiteral("conversion.sstc"));
    QFile::remove(path);
    m_store = PortfolioStore::openFile(path);
    // Yuan to dollars three times; dollars to CFA francs only (so francs convert to dollars by
    // division); euros to both reporting currencies.
    addRate(cny, usd, QStringLiteral("2019-01-01"), 0.15);
    addRate(cny, usd, QStringLiteral("2020-01-01"), 0.14);
    addRate(cny, usd, QStringLiteral("2021-06-01"), 0.145);
    addRate(usd, QStringLiteral("XOF"), QStringLiteral("2019-01-01"), 600);
    addRate(QStringLiteral("EUR"), usd, QStringLiteral("2019-01-01"), 1.1);
    addRate(QStringLiteral("EUR"), cny, QStringLiteral("2019-01-01"), 7.8);
}

void TestCurrencyConversion::cleanup()
{
    m_store.reset();
}

qint64 TestCurrencyConversion::addBudgetLine(const QString &title, const QString &currency,
                                             qint64 hundredths, const QVariant &valueDate,
                                             const QVariant &periodStart)
{
    const qint64 project = m_store->insert(
        QStringLiteral("INSERT INTO projects (title_en) VALUES (?) RETURNING id"), {title});
    m_store->run(QStringLiteral("INSERT INTO funding_lines (project_id, kind, amount_hundredths, "
                                "currency, value_date, period_start) VALUES (?, ?, ?, ?, ?, ?)"),
                 {project, codeOf(fundingKindCodes, FundingKind::OriginalBudget), hundredths,
                  currency, valueDate, periodStart});
    return project;
}

void TestCurrencyConversion::addRate(const QString &currency, const QString &toCurrency,
                                     const QString &date, double rate)
{
    m_store->run(QStringLiteral("INSERT INTO exchange_rates (currency, to_currency, rate_date, "
                                "rate) VALUES (?, ?, ?, ?)"),
                 {currency, toCurrency, date, rate});
}

void TestCurrencyConversion::valueDay_data()
{
    QTest::addColumn<QString>("valueDate");
    QTest::addColumn<QString>("periodStart");
    QTest::addColumn<QDate>("day");
    QTest::newRow("a day") << "2019-03-15"
                           << "" << QDate(2019, 3, 15);
    QTest::newRow("a year counts from 1 January") << "2019"
                                                  << "" << QDate(2019, 1, 1);
    QTest::newRow("a month from its first day") << "2019-07"
                                                << "" << QDate(2019, 7, 1);
    QTest::newRow("the value date before the period") << "2020-02-10"
                                                      << "2018" << QDate(2020, 2, 10);
    QTest::newRow("undated: the period start") << ""
                                               << "2018-05" << QDate(2018, 5, 1);
    QTest::newRow("neither") << ""
                             << "" << QDate();
}

// The C++ day and the SQL day of the same line are the same day.
void TestCurrencyConversion::valueDay()
{
    QFETCH(QString, valueDate);
    QFETCH(QString, periodStart);
    QFETCH(QDate, day);
    QCOMPARE(CurrencyConversion::valueDay(lineDated(valueDate, periodStart)), day);

    const auto nullIfEmpty = [](const QString &text) {
        return text.isEmpty() ? QVariant() : QVariant(text);
    };
    QSqlQuery sql =
        m_store->run(QStringLiteral("SELECT %1 FROM (SELECT ? AS value_date, ? AS period_start) f")
                         .arg(CurrencyConversion::sqlValueDay(QStringLiteral("f"))),
                     {nullIfEmpty(valueDate), nullIfEmpty(periodStart)});
    QVERIFY(sql.next());
    QCOMPARE(sql.isNull(0), day.isNull());
    QCOMPARE(sql.value(0).toString(), day.toString(Qt::ISODate));
}

void TestCurrencyConversion::convertsDirectElseInverse()
{
    const QDate day(2020, 5, 1);
    FixedRates rates;
    const auto convert = [&](qint64 hundredths, const QString &currency, const QString &to,
                             const QDate &on) {
        return CurrencyConversion::convert({hundredths, currency}, on, to, rates.lookup());
    };
    // The same currency needs neither a rate nor a date.
    QCOMPARE(convert(12345, usd, usd, QDate()), std::optional<qint64>(12345));
    QVERIFY(rates.daysAsked.isEmpty());
    // No rate without a date.
    rates.rates[{cny, usd}] = 0.15;
    QCOMPARE(convert(12345, cny, usd, QDate()), none());
    QVERIFY(rates.daysAsked.isEmpty());
    // Direct: multiplied and rounded to the nearest hundredth, halves away from zero.
    QCOMPARE(convert(12345, cny, usd, day), std::optional<qint64>(1852)); // 1851.75
    QCOMPARE(convert(-12345, cny, usd, day), std::optional<qint64>(-1852));
    QCOMPARE(rates.daysAsked.constLast(), day);
    // Only the opposite rate: divided.
    QCOMPARE(convert(12345, usd, cny, day), std::optional<qint64>(82300)); // 82300.0
    QCOMPARE(convert(100, usd, cny, day), std::optional<qint64>(667));     // 666.67
    // Both ways known: the direct rate wins.
    rates.rates[{usd, cny}] = 7;
    QCOMPARE(convert(100, usd, cny, day), std::optional<qint64>(700));
    // A zero rate the other way converts nothing (as SQL's division by zero gives NULL).
    rates.rates[{QStringLiteral("XOF"), usd}] = 0;
    QCOMPARE(convert(100, usd, QStringLiteral("XOF"), day), none());
    // No cross rates: euros to yuan through dollars are not converted.
    rates.rates[{QStringLiteral("EUR"), usd}] = 1.1;
    QCOMPARE(convert(100, QStringLiteral("EUR"), cny, day), none());
}

void TestCurrencyConversion::sqlFactorFollowsTheRatesInForce_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("day");
    QTest::addColumn<QVariant>("factor"); // null: not converted
    QTest::newRow("same currency, undated") << "USD"
                                            << "USD"
                                            << "" << QVariant(1.0);
    QTest::newRow("undated") << "CNY"
                             << "USD"
                             << "" << QVariant();
    QTest::newRow("before the first rate") << "CNY"
                                           << "USD"
                                           << "2018-12-31" << QVariant();
    QTest::newRow("on the first rate's day") << "CNY"
                                             << "USD"
                                             << "2019-01-01" << QVariant(0.15);
    QTest::newRow("between rates: the earlier") << "CNY"
                                                << "USD"
                                                << "2020-06-30" << QVariant(0.14);
    QTest::newRow("on the latest rate's day") << "CNY"
                                              << "USD"
                                              << "2021-06-01" << QVariant(0.145);
    QTest::newRow("inverse") << "XOF"
                             << "USD"
                             << "2019-05-01" << QVariant(1.0 / 600);
    QTest::newRow("inverse of several") << "USD"
                                        << "CNY"
                                        << "2020-06-30" << QVariant(1.0 / 0.14);
    QTest::newRow("no rate either way") << "XOF"
                                        << "CNY"
                                        << "2020-06-30" << QVariant();
}

// The SQL factor and the C++ conversion over the same rate table.
void TestCurrencyConversion::sqlFactorFollowsTheRatesInForce()
{
    QFETCH(QString, currency);
    QFETCH(QString, to);
    QFETCH(QString, day);
    QFETCH(QVariant, factor);
    QVariantList values;
    const QString sql =
        QStringLiteral("SELECT %1 FROM (SELECT ? AS currency, ? AS on_date) l")
            .arg(CurrencyConversion::sqlFactor(QStringLiteral("l.currency"),
                                               QStringLiteral("l.on_date"), to, values));
    QSqlQuery row =
        m_store->run(sql, values << currency << (day.isEmpty() ? QVariant() : QVariant(day)));
    QVERIFY(row.next());
    QCOMPARE(row.isNull(0), factor.isNull());
    if (!factor.isNull())
        QCOMPARE(row.value(0).toDouble(), factor.toDouble());

    FundingRepository repository(*m_store);
    const qint64 amount = 123456789;
    const std::optional<qint64> converted =
        CurrencyConversion::convert({amount, currency}, QDate::fromString(day, Qt::ISODate), to,
                                    CurrencyConversion::ratesOf(repository));
    QCOMPARE(converted.has_value(), !factor.isNull());
    if (converted)
        QCOMPARE(*converted, qRound64(amount * factor.toDouble()));
}

void TestCurrencyConversion::dashboardAndReportConvertAlike_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<Amounts>("converted");   // by project title; absent: not converted
    QTest::addColumn<Amounts>("unconverted"); // by original currency
    // In dollars: yuan by three rates, francs by division, euros undated but with a period.
    QTest::newRow("USD") << usd << Amounts{{"dollars", 10000000},
                                           {"yuan mid-2020", 17283950},
                                           {"yuan on a rate's day", 17901234},
                                           {"yuan in 2019", 7500000},
                                           {"francs", 20576},
                                           {"euros by period", 1100000},
                                           {"dollars undated", 3000000}}
                         << Amounts{{"CNY", 50000000}, {"EUR", 2000000}};
    // In yuan: dollars by division of the yuan rates, euros directly, francs not at all.
    QTest::newRow("CNY") << cny
                         << Amounts{{"dollars", 71428571},
                                    {"yuan mid-2020", 123456789},
                                    {"yuan on a rate's day", 123456789},
                                    {"yuan in 2019", 50000000},
                                    {"yuan before the rates", 50000000},
                                    {"euros by period", 7800000}}
                         << Amounts{{"XOF", 12345678}, {"EUR", 2000000}, {"USD", 3000000}};
}

void TestCurrencyConversion::dashboardAndReportConvertAlike()
{
    QFETCH(QString, currency);
    QFETCH(Amounts, converted);
    QFETCH(Amounts, unconverted);
    const QVariant undated;
    QMap<qint64, QString> titles;
    QMap<QString, QString> yearOf; // by title: the year its value day falls in, "" for none
    const auto add = [&](const QString &title, const QString &lineCurrency, qint64 hundredths,
                         const QVariant &valueDate, const QVariant &periodStart = QVariant()) {
        titles[addBudgetLine(title, lineCurrency, hundredths, valueDate, periodStart)] = title;
        yearOf[title] = (valueDate.isNull() ? periodStart : valueDate).toString().left(4);
    };
    add(QStringLiteral("dollars"), usd, 10000000, QStringLiteral("2020-03-15"));
    add(QStringLiteral("yuan mid-2020"), cny, 123456789, QStringLiteral("2020-06-30"));
    add(QStringLiteral("yuan on a rate's day"), cny, 123456789, QStringLiteral("2021-06-01"));
    add(QStringLiteral("yuan in 2019"), cny, 50000000, QStringLiteral("2019"));
    add(QStringLiteral("yuan before the rates"), cny, 50000000, QStringLiteral("2018-12-31"));
    add(QStringLiteral("francs"), QStringLiteral("XOF"), 12345678, QStringLiteral("2019-05"));
    add(QStringLiteral("euros by period"), QStringLiteral("EUR"), 1000000, undated,
        QStringLiteral("2020-02"));
    add(QStringLiteral("euros undated"), QStringLiteral("EUR"), 2000000, undated);
    add(QStringLiteral("dollars undated"), usd, 3000000, undated);

    // The dashboard: each project's budget bar, the years' totals, what it could not convert.
    FundingAggregator aggregator(*m_store);
    const FundingFigures delivery = aggregator.deliveryByProject({}, currency);
    Amounts charted;
    for (const FundingBar &bar : delivery.bars)
        if (bar.seriesKey == QLatin1String("budget"))
            charted[titles.value(bar.key.toLongLong())] = qRound64(bar.hundredths);
    QCOMPARE(charted, converted);
    const FundingFigures years = aggregator.byYearAndDonor(FundingMeasure::Budget, {}, currency);
    Amounts chartedYears;
    for (const FundingBar &bar : years.bars)
        chartedYears[bar.key] += qRound64(bar.hundredths);
    for (const FundingFigures &figures : {delivery, years}) {
        Amounts left;
        for (const UnconvertedAmount &amount : figures.unconverted) {
            QCOMPARE(amount.lines, 1);
            left[amount.currency] = qRound64(amount.hundredths);
        }
        QCOMPARE(left, unconverted);
    }

    // The donor report: each project's statement, its years, the lines it lists apart.
    FundingRepository funding(*m_store);
    Amounts reported;
    Amounts reportedYears;
    Amounts reportedLeft;
    for (auto it = titles.cbegin(); it != titles.cend(); ++it) {
        const ReportFinance finance = ReportFinance::compute(funding.linesOfProject(it.key()),
                                                             QDate(2030, 1, 1), currency, funding);
        QCOMPARE(finance.currency, currency);
        if (const std::optional<qint64> budget = finance.totalBudget())
            reported[it.value()] = *budget;
        for (const ReportFinanceYear &year : finance.years)
            reportedYears[year.year ? QString::number(year.year) : QString()] += *year.budget;
        for (const ReportUnconvertedLine &line : finance.unconverted) {
            QCOMPARE(line.date, CurrencyConversion::valueDay(line.line));
            reportedLeft[line.line.amount.currency] += line.line.amount.hundredths;
        }
    }
    QCOMPARE(reported, converted);
    QCOMPARE(reportedLeft, unconverted);
    // The same lines fall in the same years: the euros by their period, the undated dollars
    // in none.
    Amounts byYear;
    for (auto it = converted.cbegin(); it != converted.cend(); ++it)
        byYear[yearOf.value(it.key())] += it.value();
    QCOMPARE(chartedYears, byYear);
    QCOMPARE(reportedYears, byYear);
}

QTEST_GUILESS_MAIN(TestCurrencyConversion)
#include "tst_currencyconversion.moc"
