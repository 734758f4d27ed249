// Funding offers: every field written is read back, a refused update changes nothing, and a
// removed offer is gone.
#include "tests/support/RepositoryTest.h"
#include "tests/support/RepositoryTestSupport.h"

#include "models/repositories/FundingOfferRepository.h"

#include <QtTest>

using namespace sstc;
using namespace testsupport;

class TestFundingOfferRepository : public RepositoryTest
{
    Q_OBJECT

private slots:
    void fundingOffers();
};

void TestFundingOfferRepository::fundingOffers()
{
    FundingOfferRepository repository(*m_store);
    FundingOffer workshops;
    workshops.title = text("Knowledge-sharing and technical workshops", "知识共享和技术研讨会");
    workshops.description = text("Inside and outside China.", "在中国境内外举办。");
    workshops.unit = text("per event", "每次活动");
    workshops.unitCost = Money::units(100000, QStringLiteral("USD"));
    workshops.id = repository.insert(workshops);

    FundingOffer training;
    training.title = text("Year-long training", "");
    training.unitCost = {3500050, QStringLiteral("CNY")};
    training.id = repository.insert(training);

    QList<FundingOffer> all = repository.all();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, workshops.id);
    COMPARE_TEXT(all.at(0).title, workshops.title);
    COMPARE_TEXT(all.at(0).description, workshops.description);
    COMPARE_TEXT(all.at(0).unit, workshops.unit);
    QCOMPARE(show(all.at(0).unitCost), QStringLiteral("10000000 USD"));
    QVERIFY(all.at(1).description.isEmpty());
    QVERIFY(all.at(1).unit.isEmpty());
    QCOMPARE(show(all.at(1).unitCost), QStringLiteral("3500050 CNY"));

    workshops.unit = text("per workshop", "每次研讨会");
    workshops.unitCost = Money::units(90000, QStringLiteral("EUR"));
    repository.update(workshops);
    all = repository.all();
    COMPARE_TEXT(all.at(0).unit, text("per workshop", "每次研讨会"));
    QCOMPARE(show(all.at(0).unitCost), QStringLiteral("9000000 EUR"));

    FundingOffer wrong = training;
    wrong.unitCost.hundredths = -1;
    QCOMPARE(errorKindOf([&] { repository.update(wrong); }), QStringLiteral("InvalidData"));
    QCOMPARE(show(repository.all().at(1).unitCost), QStringLiteral("3500050 CNY"));

    repository.remove(workshops.id);
    all = repository.all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).id, training.id);
}

QTEST_GUILESS_MAIN(TestFundingOfferRepository)
#include "tst_fundingofferrepository.moc"
