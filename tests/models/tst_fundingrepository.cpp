// Funding lines and exchange rates: every field written is read back, updates replace, and a
// refused write changes nothing.
#include "tests/support/RepositoryTest.h"
#include "tests/support/RepositoryTestSupport.h"

#include "models/repositories/FundingRepository.h"

#include <QtTest>

using namespace sstc;
using namespace testsupport;

class TestFundingRepository : public RepositoryTestOnBothBackends
{
    Q_OBJECT

private slots:
    void fundingLines();
    void exchangeRates();
};

void TestFundingRepository::fundingLines()
{
    const qint64 mohrss = addOrganisation(*m_store, QStringLiteral("MOHRSS"));
    const qint64 project = addProject(*m_store, QStringLiteral("Funded"));
    const qint64 second = addProject(*m_store, QStringLiteral("Second"));
    FundingRepository repository(*m_store);

    FundingLine budget;
    budget.projectId = project;
    budget.kind = FundingKind::OriginalBudget;
    budget.amount = {74500012, QStringLiteral("USD")}; // US$745,000.12
    budget.valueDate = PartialDate::fromIso(QStringLiteral("2018-01-15"));
    budget.periodStart = PartialDate::fromIso(QStringLiteral("2018"));
    budget.periodEnd = PartialDate::fromIso(QStringLiteral("2020-12"));
    budget.providerOrganisationId = mohrss;
    budget.note = text("From the 2012 agreement", "来自2012年协议");
    budget.id = repository.insertLine(budget);

    FundingLine pledge;
    pledge.projectId = second;
    pledge.kind = FundingKind::Pledge;
    pledge.amount = Money::units(2000000, QStringLiteral("CNY"));
    pledge.id = repository.insertLine(pledge);

    const QList<FundingLine> lines = repository.linesOfProject(project);
    QCOMPARE(lines.size(), 1);
    const FundingLine &read = lines.first();
    QCOMPARE(read.id, budget.id);
    QCOMPARE(read.projectId, project);
    QCOMPARE(int(read.kind), int(FundingKind::OriginalBudget));
    QCOMPARE(show(read.amount), QStringLiteral("74500012 USD"));
    QCOMPARE(read.amount.value(), 745000.12);
    QCOMPARE(show(read.valueDate), QStringLiteral("2018-01-15"));
    QCOMPARE(show(read.periodStart), QStringLiteral("2018"));
    QCOMPARE(show(read.periodEnd), QStringLiteral("2020-12"));
    QCOMPARE(read.providerOrganisationId, mohrss);
    COMPARE_TEXT(read.note, budget.note);

    const FundingLine readPledge = repository.linesOfProject(second).value(0);
    QCOMPARE(int(readPledge.kind), int(FundingKind::Pledge));
    QCOMPARE(show(readPledge.amount), QStringLiteral("200000000 CNY"));
    QVERIFY(readPledge.valueDate.isNull());
    QCOMPARE(readPledge.providerOrganisationId, 0);
    QVERIFY(readPledge.note.isEmpty());
    QCOMPARE(repository.allLines().size(), 2);

    // Every kind survives.
    for (FundingKind kind :
         {FundingKind::RevisedBudget, FundingKind::Commitment, FundingKind::IncomingFunds,
          FundingKind::Disbursement, FundingKind::Expenditure}) {
        FundingLine line = pledge;
        line.id = 0;
        line.kind = kind;
        line.id = repository.insertLine(line);
        QCOMPARE(int(repository.linesOfProject(second).last().kind), int(kind));
        repository.removeLine(line.id);
    }

    budget.kind = FundingKind::RevisedBudget;
    budget.amount = Money::units(800000, QStringLiteral("EUR"));
    budget.providerOrganisationId = 0;
    budget.note = {};
    budget.periodEnd = {};
    repository.updateLine(budget);
    const FundingLine updated = repository.linesOfProject(project).value(0);
    QCOMPARE(int(updated.kind), int(FundingKind::RevisedBudget));
    QCOMPARE(show(updated.amount), QStringLiteral("80000000 EUR"));
    QCOMPARE(updated.providerOrganisationId, 0);
    QVERIFY(updated.note.isEmpty());
    QVERIFY(updated.periodEnd.isNull());

    // Negative amounts, bad currencies and unknown projects are refused.
    FundingLine wrong = pledge;
    wrong.amount = {-100, QStringLiteral("USD")};
    QCOMPARE(errorKindOf([&] { repository.insertLine(wrong); }), QStringLiteral("InvalidData"));
    wrong.amount = {100, QStringLiteral("US")};
    QCOMPARE(errorKindOf([&] { repository.insertLine(wrong); }), QStringLiteral("InvalidData"));
    wrong.amount = {100, QStringLiteral("USD")};
    wrong.projectId = 9999;
    QCOMPARE(errorKindOf([&] { repository.insertLine(wrong); }), QStringLiteral("InvalidData"));
    QCOMPARE(repository.allLines().size(), 2);

    repository.removeLine(pledge.id);
    QVERIFY(repository.linesOfProject(second).isEmpty());
    QCOMPARE(repository.allLines().size(), 1);
}

void TestFundingRepository::exchangeRates()
{
    FundingRepository repository(*m_store);
    const QString cny = QStringLiteral("CNY");
    const QString usd = QStringLiteral("USD");
    QVERIFY(!repository.rateOn(cny, usd, QDate(2020, 1, 1)));

    repository.insertRate(
        {0, cny, usd, QDate(2018, 1, 1), 0.1537, QStringLiteral("UN operational rates")});
    const qint64 mid = repository.insertRate({0, cny, usd, QDate(2019, 6, 1), 0.1449, QString()});
    repository.insertRate({0, cny, usd, QDate(2016, 9, 1), 0.1499, QStringLiteral("UN")});
    repository.insertRate({0, cny, QStringLiteral("EUR"), QDate(2019, 1, 1), 0.128, QString()});
    repository.insertRate({0, QStringLiteral("EUR"), usd, QDate(2019, 1, 1), 1.14, QString()});

    const QList<ExchangeRate> rates = repository.rates();
    QCOMPARE(rates.size(), 5);
    // By currency, target currency and date.
    QCOMPARE(rates.at(0).toCurrency, QStringLiteral("EUR"));
    QCOMPARE(rates.at(1).date, QDate(2016, 9, 1));
    QCOMPARE(rates.at(2).date, QDate(2018, 1, 1));
    QCOMPARE(rates.at(2).rate, 0.1537);
    QCOMPARE(rates.at(2).source, QStringLiteral("UN operational rates"));
    QCOMPARE(rates.at(2).currency, cny);
    QCOMPARE(rates.at(2).toCurrency, usd);
    QCOMPARE(rates.at(3).id, mid);
    QCOMPARE(rates.at(4).currency, QStringLiteral("EUR"));

    // The latest rate on or before the date; none before the first.
    QVERIFY(!repository.rateOn(cny, usd, QDate(2016, 8, 31)));
    QCOMPARE(repository.rateOn(cny, usd, QDate(2016, 9, 1))->rate, 0.1499);
    QCOMPARE(repository.rateOn(cny, usd, QDate(2017, 12, 31))->rate, 0.1499);
    QCOMPARE(repository.rateOn(cny, usd, QDate(2018, 1, 1))->rate, 0.1537);
    QCOMPARE(repository.rateOn(cny, usd, QDate(2019, 5, 31))->rate, 0.1537);
    QCOMPARE(repository.rateOn(cny, usd, QDate(2019, 6, 1))->id, mid);
    QCOMPARE(repository.rateOn(cny, usd, QDate(2030, 1, 1))->date, QDate(2019, 6, 1));
    QCOMPARE(repository.rateOn(cny, QStringLiteral("EUR"), QDate(2030, 1, 1))->rate, 0.128);
    QVERIFY(!repository.rateOn(usd, cny, QDate(2030, 1, 1)));

    // One rate per currency pair and day; rates are positive.
    QCOMPARE(errorKindOf([&] {
                 repository.insertRate({0, cny, usd, QDate(2019, 6, 1), 0.15, QString()});
             }),
             QStringLiteral("InvalidData"));
    QCOMPARE(errorKindOf([&] {
                 repository.insertRate({0, cny, usd, QDate(2020, 6, 1), 0, QString()});
             }),
             QStringLiteral("InvalidData"));
    QCOMPARE(repository.rates().size(), 5);

    repository.removeRate(mid);
    QCOMPARE(repository.rates().size(), 4);
    QCOMPARE(repository.rateOn(cny, usd, QDate(2030, 1, 1))->date, QDate(2018, 1, 1));
}

QTEST_GUILESS_MAIN(TestFundingRepository)
#include "tst_fundingrepository.moc"
