// ProjectValidator: every rule the project editor enforces, each with the field it names, and
// the text helper that cleans what users paste.
#include "models/domain/CurrencyCodes.h"
#include "models/text/TextInput.h"
#include "models/validation/ProjectValidator.h"

#include <QtTest>

using namespace sstc;

namespace {
// A record that passes every rule, to spoil one field at a time.
ProjectRecord validRecord()
{
    ProjectRecord record;
    Project &project = record.project;
    project.code = QStringLiteral("RAS/18/01/CHN");
    project.title = {QStringLiteral("Strengthening Skills Development"),
                     QStringLiteral("加强技能开发")};
    project.description = {QStringLiteral("Line one\n\tindented"), QString()};
    project.plannedStart = PartialDate::year(2018);
    project.plannedEnd = PartialDate::year(2020);
    project.actualStart = PartialDate::fromIso(QStringLiteral("2018-03"));
    project.organisations = {{1, OrganisationRole::Funding},
                             {2, OrganisationRole::Implementing},
                             {1, OrganisationRole::Accountable}};
    project.countries = {{QStringLiteral("KH"), 33.33},
                         {QStringLiteral("LA"), 33.33},
                         {QStringLiteral("MM"), 33.34}};
    project.sdgGoals = {1, 8, 17};

    FundingLine line;
    line.amount = Money::units(1000000, QStringLiteral("USD"));
    line.periodStart = PartialDate::year(2018);
    line.periodEnd = PartialDate::year(2020);
    record.fundingLines = {line, line};

    Event event;
    event.title.en = QStringLiteral("High-Level Seminar");
    event.startOn = PartialDate::fromIso(QStringLiteral("2016-09-06"));
    event.endOn = PartialDate::fromIso(QStringLiteral("2016-09-08"));
    event.participants.total = 90;
    event.participants.women = 40;
    event.participants.men = 50;
    record.events = {event};

    Indicator indicator;
    indicator.title.zh = QStringLiteral("获得就业服务的人数");
    IndicatorPeriod period;
    period.start = PartialDate::year(2018);
    period.end = PartialDate::year(2025);
    indicator.periods = {period, period};
    record.indicators = {indicator, indicator};
    return record;
}

QStringList fields(const ValidationProblems &problems)
{
    QStringList keys;
    for (const ValidationProblem &problem : problems)
        keys << problem.field;
    return keys;
}

QString messageOf(const ValidationProblems &problems, const QString &field)
{
    for (const ValidationProblem &problem : problems)
        if (problem.field == field)
            return problem.message;
    return {};
}
} // namespace

class TestProjectValidator : public QObject
{
    Q_OBJECT

private slots:
    void acceptsAValidRecord();
    void needsATitleInOneLanguage();
    void refusesAnEndBeforeTheStart_data();
    void refusesAnEndBeforeTheStart();
    void checksCountryPercentages_data();
    void checksCountryPercentages();
    void checksSdgGoals();
    void refusesAnOrganisationTwiceInOneRole();
    void checksFundingLines();
    void knowsTheIsoCurrencies();
    void checksEvents();
    void checksIndicatorPeriods();
    void reportsLongTextInsteadOfCuttingIt();
    void stripsControlCharacters();
    void reportsControlCharacters();
};

void TestProjectValidator::acceptsAValidRecord()
{
    const ValidationProblems problems = ProjectValidator::validate(validRecord());
    QVERIFY2(problems.isEmpty(), qPrintable(fields(problems).join(u' ')));
    QVERIFY(ProjectValidator::validate(ProjectRecord{}).size() == 1); // only the missing title
}

void TestProjectValidator::needsATitleInOneLanguage()
{
    ProjectRecord record = validRecord();
    record.project.title.en.clear();
    QVERIFY(ProjectValidator::validate(record).isEmpty()); // Chinese alone is enough

    record.project.title = {QStringLiteral("  "), QStringLiteral("\n")};
    const ValidationProblems problems = ProjectValidator::validate(record);
    QCOMPARE(fields(problems), QStringList{QStringLiteral("title")});
    QCOMPARE(problems.first().message,
             QStringLiteral("Give the project a title in English or in Chinese."));
}

void TestProjectValidator::refusesAnEndBeforeTheStart_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<bool>("refused");

    QTest::newRow("year before year") << "2016"
                                      << "2015" << true;
    QTest::newRow("same year") << "2016"
                               << "2016" << false;
    QTest::newRow("month within the start year") << "2016"
                                                 << "2016-01" << false;
    QTest::newRow("day before a month") << "2016-09"
                                        << "2016-08-31" << true;
    QTest::newRow("last day of the start month") << "2016-09-06"
                                                 << "2016-09" << false;
    QTest::newRow("day before day") << "2016-09-06"
                                    << "2016-09-05" << true;
    QTest::newRow("no end") << "2016"
                            << "" << false;
    QTest::newRow("no start") << ""
                              << "2010" << false;
}

void TestProjectValidator::refusesAnEndBeforeTheStart()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(bool, refused);

    for (const bool actual : {false, true}) {
        ProjectRecord record = validRecord();
        record.project.actualStart = {};
        (actual ? record.project.actualStart : record.project.plannedStart) =
            PartialDate::fromIso(start);
        (actual ? record.project.actualEnd : record.project.plannedEnd) = PartialDate::fromIso(end);
        const ValidationProblems problems = ProjectValidator::validate(record);
        const QString key = actual ? QStringLiteral("actualEnd") : QStringLiteral("plannedEnd");
        QCOMPARE(fields(problems), refused ? QStringList{key} : QStringList{});
        if (refused)
            QCOMPARE(problems.first().message,
                     QStringLiteral("The end (%1) is before the start (%2).").arg(end, start));
    }
}

void TestProjectValidator::checksCountryPercentages_data()
{
    QTest::addColumn<QList<double>>("percentages"); // -1: not given
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("none given") << QList<double>{-1, -1, -1} << QStringList{};
    QTest::newRow("within the tolerance") << QList<double>{33.33, 33.33, 33.33} << QStringList{};
    QTest::newRow("one hundred in one") << QList<double>{100, 0, 0} << QStringList{};
    QTest::newRow("short of 100") << QList<double>{30, 30, 30}
                                  << QStringList{QStringLiteral("countries")};
    QTest::newRow("over 100") << QList<double>{50, 50, 0.02}
                              << QStringList{QStringLiteral("countries")};
    QTest::newRow("one missing") << QList<double>{50, 50, -1}
                                 << QStringList{QStringLiteral("countries/2/percentage")};
    QTest::newRow("out of range") << QList<double>{150, -50, 0}
                                  << QStringList{QStringLiteral("countries/0/percentage"),
                                                 QStringLiteral("countries/1/percentage")};
}

void TestProjectValidator::checksCountryPercentages()
{
    QFETCH(QList<double>, percentages);
    QFETCH(QStringList, expected);

    ProjectRecord record = validRecord();
    for (int i = 0; i < percentages.size(); ++i)
        record.project.countries[i].percentage =
            percentages.at(i) < 0 ? std::nullopt : std::optional<double>(percentages.at(i));
    QCOMPARE(fields(ProjectValidator::validate(record)), expected);
}

void TestProjectValidator::checksSdgGoals()
{
    ProjectRecord record = validRecord();
    record.project.sdgGoals = {0, 8, 18, 8};
    const ValidationProblems problems = ProjectValidator::validate(record);
    QCOMPARE(fields(problems), QStringList(3, QStringLiteral("sdgGoals")));
    QCOMPARE(problems.at(0).message,
             QStringLiteral("There is no SDG 0: the goals are numbered 1 to 17."));
    QCOMPARE(problems.at(1).message,
             QStringLiteral("There is no SDG 18: the goals are numbered 1 to 17."));
    QCOMPARE(problems.at(2).message, QStringLiteral("SDG 8 is listed twice."));
}

void TestProjectValidator::refusesAnOrganisationTwiceInOneRole()
{
    ProjectRecord record = validRecord();
    record.project.organisations.append({2, OrganisationRole::Implementing});
    record.project.organisations.append({0, OrganisationRole::Extending});
    QCOMPARE(fields(ProjectValidator::validate(record)),
             (QStringList{QStringLiteral("organisations/3/organisation"),
                          QStringLiteral("organisations/4/organisation")}));
}

void TestProjectValidator::checksFundingLines()
{
    ProjectRecord record = validRecord();
    record.fundingLines[1].amount = Money{-1, QStringLiteral("usd")};
    record.fundingLines[1].periodEnd = PartialDate::year(2017);
    const ValidationProblems problems = ProjectValidator::validate(record);
    QCOMPARE(fields(problems), (QStringList{QStringLiteral("fundingLines/1/amount"),
                                            QStringLiteral("fundingLines/1/currency"),
                                            QStringLiteral("fundingLines/1/periodEnd")}));
    QCOMPARE(messageOf(problems, QStringLiteral("fundingLines/1/amount")),
             QStringLiteral("An amount cannot be negative."));

    record = validRecord();
    record.fundingLines[0].amount = Money{0, QStringLiteral("CNY")}; // zero is an amount
    QVERIFY(ProjectValidator::validate(record).isEmpty());
}

void TestProjectValidator::knowsTheIsoCurrencies()
{
    for (const char *code : {"USD", "CNY", "EUR", "LAK", "KHR", "MMK", "PKR", "KES", "CHF"})
        QVERIFY2(CurrencyCodes::isKnown(QString::fromLatin1(code)), code);
    for (const char *code : {"", "US", "usd", "USDD", "XYZ", "BYR", "RMB"})
        QVERIFY2(!CurrencyCodes::isKnown(QString::fromLatin1(code)), code);
    QCOMPARE(CurrencyCodes::count(), 167);
}

void TestProjectValidator::checksEvents()
{
    ProjectRecord record = validRecord();
    Event &event = record.events[0];
    event.endOn = PartialDate::fromIso(QStringLiteral("2016-09-05"));
    event.participants.government = -1;
    event.participants.women = 60; // 60 + 50 > 90
    event.title = {};
    ValidationProblems problems = ProjectValidator::validate(record);
    QCOMPARE(
        fields(problems),
        (QStringList{QStringLiteral("events/0/title"), QStringLiteral("events/0/endOn"),
                     QStringLiteral("events/0/government"), QStringLiteral("events/0/total")}));
    QCOMPARE(messageOf(problems, QStringLiteral("events/0/total")),
             QStringLiteral("Women and men together (110) are more than the total (90)."));

    // "Over 90" allows more; an unknown count allows anything.
    record = validRecord();
    record.events[0].participants.women = 60;
    record.events[0].participants.totalIsMinimum = true;
    QVERIFY(ProjectValidator::validate(record).isEmpty());
    record.events[0].participants.totalIsMinimum = false;
    record.events[0].participants.men.reset();
    QVERIFY(ProjectValidator::validate(record).isEmpty());
}

void TestProjectValidator::checksIndicatorPeriods()
{
    ProjectRecord record = validRecord();
    record.indicators[1].periods[0].end = PartialDate::year(2017);
    QCOMPARE(fields(ProjectValidator::validate(record)),
             QStringList{QStringLiteral("indicators/1/periods/0/end")});
    record.indicators[0].title = {};
    QCOMPARE(fields(ProjectValidator::validate(record)),
             (QStringList{QStringLiteral("indicators/0/title"),
                          QStringLiteral("indicators/1/periods/0/end")}));
}

void TestProjectValidator::reportsLongTextInsteadOfCuttingIt()
{
    ProjectRecord record = validRecord();
    const QString tenThousand(10000, u'长');
    record.project.title.zh = tenThousand;
    record.project.description.en = tenThousand; // a description may be that long
    ValidationProblems problems = ProjectValidator::validate(record);
    QCOMPARE(fields(problems), QStringList{QStringLiteral("titleZh")});
    QCOMPARE(problems.first().message,
             QStringLiteral("Too long: 10,000 characters, at most 500 are allowed."));
    QCOMPARE(record.project.title.zh.size(), 10000); // nothing was cut

    record.project.title.zh = QString(500, u'长'); // the limit itself is allowed
    record.project.description.zh = QString(20001, u'x');
    record.events[0].title.en = QString(501, u'x');
    problems = ProjectValidator::validate(record);
    QCOMPARE(fields(problems),
             (QStringList{QStringLiteral("descriptionZh"), QStringLiteral("events/0/titleEn")}));
}

void TestProjectValidator::stripsControlCharacters()
{
    const QString pasted = QStringLiteral("Lao\x01 PDR\x1b[0m\r\nline\ttab\x7f\u0085\u2028end");
    QCOMPARE(TextInput::withoutControlCharacters(pasted),
             QStringLiteral("Lao PDR[0m\nline\ttabend"));
    QVERIFY(TextInput::hasControlCharacters(pasted));
    const QString clean = QStringLiteral("柬埔寨\n\t老挝");
    QVERIFY(!TextInput::hasControlCharacters(clean));
    QCOMPARE(TextInput::withoutControlCharacters(clean), clean);
    QString withNul = QStringLiteral("a");
    withNul.append(QChar(0)).append(u'b');
    QCOMPARE(TextInput::withoutControlCharacters(withNul), QStringLiteral("ab"));
}

void TestProjectValidator::reportsControlCharacters()
{
    ProjectRecord record = validRecord();
    record.project.title.en = QStringLiteral("Bell\x07");
    record.project.description.en = QStringLiteral("Two\nlines\tand a tab"); // allowed
    const ValidationProblems problems = ProjectValidator::validate(record);
    QCOMPARE(fields(problems), QStringList{QStringLiteral("titleEn")});
}

QTEST_GUILESS_MAIN(TestProjectValidator)
#include "tst_projectvalidator.moc"
