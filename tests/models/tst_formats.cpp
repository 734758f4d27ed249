// Formats: dates, numbers, counts and money as English and Chinese write them; DomainNames.
#include "models/text/DomainNames.h"
#include "models/text/Formats.h"

#include <QtTest>

using namespace sstc;

class TestFormats : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void readsTypedDates_data();
    void readsTypedDates();
    void datesIgnoreTheDefaultLocale();
    void dateTimes();
    void numbers_data();
    void numbers();
    void counts_data();
    void counts();
    void money_data();
    void money();
    void moneyList();
    void percentages();
    void domainNames();
};

void TestFormats::dates_data()
{
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("chinese");

    QTest::newRow("day") << "2016-09-06"
                         << "6 Sep 2016"
                         << "2016年9月6日";
    QTest::newRow("two-digit day") << "2016-12-25"
                                   << "25 Dec 2016"
                                   << "2016年12月25日";
    QTest::newRow("month") << "2023-12"
                           << "Dec 2023"
                           << "2023年12月";
    QTest::newRow("June") << "2019-06"
                          << "Jun 2019"
                          << "2019年6月";
    QTest::newRow("year") << "2019"
                          << "2019"
                          << "2019年";
    QTest::newRow("none") << ""
                          << ""
                          << "";
}

void TestFormats::dates()
{
    QFETCH(QString, iso);
    QFETCH(QString, english);
    QFETCH(QString, chinese);
    const PartialDate date = PartialDate::fromIso(iso);
    QCOMPARE(Formats::date(date, Language::English), english);
    QCOMPARE(Formats::date(date, Language::Chinese), chinese);
    // What the app writes, it reads back (issue 21: the editor refused its own "1 Jun 2022").
    QCOMPARE(Formats::readDate(english), date);
    QCOMPARE(Formats::readDate(chinese), date);
    QCOMPARE(Formats::readDate(iso), date);
}

void TestFormats::readsTypedDates_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("iso"); // empty: not a date
    QTest::addColumn<bool>("shaped");

    QTest::newRow("full month name") << "1 June 2022"
                                     << "2022-06-01" << true;
    QTest::newRow("lower case, extra spaces") << "  1  jun   2022 "
                                              << "2022-06-01" << true;
    QTest::newRow("Sept") << "Sept 2016"
                          << "2016-09" << true;
    QTest::newRow("abbreviation with a dot") << "6 Sep. 2016"
                                             << "2016-09-06" << true;
    QTest::newRow("Chinese with spaces") << "2019 年 6 月"
                                         << "2019-06" << true;
    QTest::newRow("ISO month without its zero") << "2019-6"
                                                << "2019-06" << true;
    QTest::newRow("slashes") << "2019/6/1"
                             << "2019-06-01" << true;
    QTest::newRow("dots") << "2019.06.01"
                          << "2019-06-01" << true;
    QTest::newRow("month first") << "June 1, 2019"
                                 << "2019-06-01" << true;
    QTest::newRow("month first, no comma") << "Jan 1 2019"
                                           << "2019-01-01" << true;
    QTest::newRow("Chinese 号") << "2019年6月1号"
                                << "2019-06-01" << true;
    QTest::newRow("full-width digits") << "２０１９年６月"
                                       << "2019-06" << true;
    QTest::newRow("no such month, slashes") << "2019/13/1"
                                            << "" << true;
    QTest::newRow("no such day") << "31 Jun 2022"
                                 << "" << true;
    QTest::newRow("no such Chinese day") << "2022年2月30日"
                                         << "" << true;
    QTest::newRow("month zero") << "2022年0月"
                                << "" << true;
    QTest::newRow("no such ISO day") << "2018-02-30"
                                     << "" << true;
    QTest::newRow("not a month") << "1 Juin 2022"
                                 << "" << false;
    QTest::newRow("words") << "next June"
                           << "" << false;
    QTest::newRow("empty") << ""
                           << "" << false;
}

void TestFormats::readsTypedDates()
{
    QFETCH(QString, typed);
    QFETCH(QString, iso);
    QFETCH(bool, shaped);
    bool readShaped = !shaped;
    QCOMPARE(Formats::readDate(typed, &readShaped).toIso(), iso);
    QCOMPARE(readShaped, shaped);
}

void TestFormats::datesIgnoreTheDefaultLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString english =
        Formats::date(PartialDate::fromIso(QStringLiteral("2019-03-01")), Language::English);
    const QString number = Formats::number(1234567, Language::English);
    QLocale::setDefault(previous);
    QCOMPARE(english, QStringLiteral("1 Mar 2019"));
    QCOMPARE(number, QStringLiteral("1,234,567"));
}

void TestFormats::dateTimes()
{
    const QDateTime moment(QDate(2016, 9, 6), QTime(14, 30, 59));
    QCOMPARE(Formats::dateTime(moment, Language::English), QStringLiteral("6 Sep 2016 14:30"));
    QCOMPARE(Formats::dateTime(moment, Language::Chinese), QStringLiteral("2016年9月6日 14:30"));
    // Stored in UTC, shown in local time.
    QCOMPARE(Formats::dateTime(moment.toUTC(), Language::English),
             QStringLiteral("6 Sep 2016 14:30"));
    QCOMPARE(Formats::dateTime({}, Language::Chinese), QString());
}

void TestFormats::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("chinese");

    QTest::newRow("thousands") << 105718.0 << 0 << "105,718"
                               << "105,718";
    QTest::newRow("millions") << 1000000.0 << 0 << "1,000,000"
                              << "1,000,000";
    QTest::newRow("small") << 90.0 << 0 << "90"
                           << "90";
    QTest::newRow("decimals") << 1234.5 << 2 << "1,234.50"
                              << "1,234.50";
    QTest::newRow("rounded") << 2.675 << 1 << "2.7"
                             << "2.7";
    QTest::newRow("negative") << -4500.0 << 0 << "-4,500"
                              << "-4,500";
}

void TestFormats::numbers()
{
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(QString, english);
    QFETCH(QString, chinese);
    QCOMPARE(Formats::number(value, Language::English, decimals), english);
    QCOMPARE(Formats::number(value, Language::Chinese, decimals), chinese);
}

void TestFormats::counts_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("minimum");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("chinese");

    QTest::newRow("exact") << 90.0 << false << "90"
                           << "90";
    QTest::newRow("exact thousands") << 58178.0 << false << "58,178"
                                     << "58,178";
    QTest::newRow("minimum") << 46000.0 << true << "over 46,000"
                             << "超过46,000";
    QTest::newRow("small minimum") << 150.0 << true << "over 150"
                                   << "超过150";
    QTest::newRow("fraction") << 2.5 << false << "2.50"
                              << "2.50";
}

void TestFormats::counts()
{
    QFETCH(double, value);
    QFETCH(bool, minimum);
    QFETCH(QString, english);
    QFETCH(QString, chinese);
    QCOMPARE(Formats::count(value, minimum, Language::English), english);
    QCOMPARE(Formats::count(value, minimum, Language::Chinese), chinese);
}

void TestFormats::money_data()
{
    QTest::addColumn<qint64>("hundredths");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("chinese");

    QTest::newRow("US$1 million") << qint64(100000000) << "USD"
                                  << "US$1,000,000"
                                  << "1,000,000美元";
    QTest::newRow("US$745,000") << qint64(74500000) << "USD"
                                << "US$745,000"
                                << "745,000美元";
    QTest::newRow("cents") << qint64(12345) << "USD"
                           << "US$123.45"
                           << "123.45美元";
    QTest::newRow("ten cents") << qint64(1010) << "USD"
                               << "US$10.10"
                               << "10.10美元";
    QTest::newRow("yuan") << qint64(200000000) << "CNY"
                          << "CN¥2,000,000"
                          << "2,000,000元人民币";
    QTest::newRow("euro") << qint64(5000) << "EUR"
                          << "€50"
                          << "50欧元";
    QTest::newRow("franc") << qint64(5000) << "CHF"
                           << "CHF 50"
                           << "50瑞士法郎";
    QTest::newRow("pound") << qint64(5000) << "GBP"
                           << "£50"
                           << "50英镑";
    QTest::newRow("yen") << qint64(5000) << "JPY"
                         << "JP¥50"
                         << "50日元";
    QTest::newRow("other currency") << qint64(150000) << "KHR"
                                    << "KHR 1,500"
                                    << "KHR 1,500";
    QTest::newRow("zero") << qint64(0) << "USD"
                          << "US$0"
                          << "0美元";
}

void TestFormats::money()
{
    QFETCH(qint64, hundredths);
    QFETCH(QString, currency);
    QFETCH(QString, english);
    QFETCH(QString, chinese);
    const Money amount{hundredths, currency};
    QCOMPARE(Formats::money(amount, Language::English), english);
    QCOMPARE(Formats::money(amount, Language::Chinese), chinese);
}

void TestFormats::moneyList()
{
    const QList<Money> amounts = {Money::units(1000000, QStringLiteral("USD")),
                                  Money::units(500000, QStringLiteral("CNY"))};
    QCOMPARE(Formats::moneyList(amounts, Language::English),
             QStringLiteral("US$1,000,000; CN¥500,000"));
    QCOMPARE(Formats::moneyList(amounts, Language::Chinese),
             QStringLiteral("1,000,000美元；500,000元人民币"));
    QCOMPARE(Formats::moneyList({amounts.first()}, Language::English),
             QStringLiteral("US$1,000,000"));
    QCOMPARE(Formats::moneyList({}, Language::English), QString());
}

void TestFormats::percentages()
{
    QCOMPARE(Formats::percentage(60, Language::English), QStringLiteral("60%"));
    QCOMPARE(Formats::percentage(12.5, Language::Chinese), QStringLiteral("12.5%"));
    QCOMPARE(Formats::percentage(33.333, Language::English), QStringLiteral("33.3%"));
}

void TestFormats::domainNames()
{
    // Without a translator installed: the English names.
    QCOMPARE(DomainNames::status(ProjectStatus::Implementation), QStringLiteral("Implementation"));
    QCOMPARE(DomainNames::status(ProjectStatus::Closed), QStringLiteral("Closed"));
    QCOMPARE(DomainNames::role(OrganisationRole::Funding), QStringLiteral("Funding"));
    QCOMPARE(DomainNames::organisationType(OrganisationType::Workers),
             QStringLiteral("Workers' organisation"));
    QCOMPARE(DomainNames::agreementKind(AgreementKind::Mou),
             QStringLiteral("Memorandum of understanding"));
    QCOMPARE(DomainNames::agreementKind(AgreementKind::Dwcp),
             QStringLiteral("Decent Work Country Programme"));
    QCOMPARE(DomainNames::fundingKind(FundingKind::RevisedBudget),
             QStringLiteral("Revised budget"));
    QCOMPARE(DomainNames::eventKind(EventKind::StudyVisit), QStringLiteral("Study visit"));
    // Every code has a name.
    for (const auto &entry : projectStatusCodes)
        QVERIFY(!DomainNames::status(entry.value).isEmpty());
    for (const auto &entry : organisationRoleCodes)
        QVERIFY(!DomainNames::role(entry.value).isEmpty());
    for (const auto &entry : organisationTypeCodes)
        QVERIFY(!DomainNames::organisationType(entry.value).isEmpty());
    for (const auto &entry : agreementKindCodes)
        QVERIFY(!DomainNames::agreementKind(entry.value).isEmpty());
    for (const auto &entry : fundingKindCodes)
        QVERIFY(!DomainNames::fundingKind(entry.value).isEmpty());
    for (const auto &entry : eventKindCodes)
        QVERIFY(!DomainNames::eventKind(entry.value).isEmpty());
    // And the codes map both ways.
    QCOMPARE(codeOf(fundingKindCodes, FundingKind::IncomingFunds),
             QStringLiteral("incoming_funds"));
    QCOMPARE(int(*valueOfCode(agreementKindCodes, QStringLiteral("work_programme"))),
             int(AgreementKind::WorkProgramme));
    QVERIFY(!valueOfCode(agreementKindCodes, QStringLiteral("treaty")));
}

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
