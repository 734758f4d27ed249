// Saving a list edited as a whole (exchange rates, lookup lists, funding offers) while another
// process writes the same file: the save writes only what the user changed, keeps the rows the
// other process added, refuses (naming the rows, writing nothing) when a row the user changed
// was changed by the other meanwhile, and undoing it leaves the other's rows alone.
#include "tests/support/RepositoryTestSupport.h"
#include "tests/support/TemporaryPortfolio.h"

#include "models/changes/ExchangeRateChanges.h"
#include "models/changes/LookupListsChanges.h"
#include "models/changes/OfferCatalogueChanges.h"
#include "models/offers/OfferCatalogue.h"
#include "models/repositories/FundingRepository.h"
#include "models/repositories/LookupListsRepository.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/store/PortfolioStore.h"
#include "models/store/StoreError.h"

#include <QLocale>
#include <QSqlQuery>
#include <QtTest>

#include <functional>
#include <memory>
#include <optional>

using namespace sstc;

namespace {
const AuditActor user(QStringLiteral("chen.jing"));

ExchangeRate rate(const QString &currency, const QDate &date, double value)
{
    return {0, currency, QStringLiteral("USD"), date, value, QStringLiteral("BCEAO")};
}

std::optional<ExchangeRate> findRate(const QList<ExchangeRate> &rates, const QString &currency,
                                     const QDate &date)
{
    for (const ExchangeRate &rate : rates)
        if (rate.currency == currency && rate.date == date)
            return rate;
    return std::nullopt;
}

template<typename Record>
std::optional<Record> findById(const QList<Record> &rows, qint64 id)
{
    for (const Record &row : rows)
        if (row.id == id)
            return row;
    return std::nullopt;
}

} // namespace

class TestListEdits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void ratesOthersAddedSurvive();
    void rateChangedByBothIsRefused();
    void ratesUndoLeavesOthersRates();
    void lookupListsOthersAddedSurvive();
    void lookupRowChangedByBothIsRefused();
    void lookupListsUndoLeavesOthersRows();
    void offersOthersAddedSurvive();
    void offerChangedByBothIsRefused();
    void offersUndoLeavesOthersOffers();
    void sameChangeByBothIsNoConflict();

private:
    int auditRows();

    std::unique_ptr<TemporaryPortfolio> m_portfolio;
    // The same file opened a second time, as another SSTC Desk window or process would.
    std::unique_ptr<PortfolioStore> m_other;
};

void TestListEdits::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_portfolio = std::make_unique<TemporaryPortfolio>();
    m_other = PortfolioStore::openFile(m_portfolio->path());
    // Rates as an earlier save left them.
    FundingRepository funding(m_portfolio->store());
    funding.insertRate(rate(QStringLiteral("XOF"), QDate(2024, 1, 1), 0.00165));
    funding.insertRate(rate(QStringLiteral("XOF"), QDate(2024, 7, 1), 0.00162));
}

void TestListEdits::cleanup()
{
    m_other.reset();
    m_portfolio.reset();
}

int TestListEdits::auditRows()
{
    QSqlQuery query = m_portfolio->store().run(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    return query.next() ? query.value(0).toInt() : -1;
}

void TestListEdits::ratesOthersAddedSurvive()
{
    PortfolioStore &store = m_portfolio->store();
    const QList<ExchangeRate> loaded = FundingRepository(store).rates();
    // Meanwhile the other process adds a rate.
    FundingRepository(*m_other).insertRate(rate(QStringLiteral("CNY"), QDate(2024, 1, 1), 0.14));

    QList<ExchangeRate> edited = loaded;
    edited.first().rate = 0.00166;
    edited.removeLast();
    edited << rate(QStringLiteral("LAK"), QDate(2024, 1, 1), 0.000048);
    ExchangeRateChanges(store, user).apply(loaded, edited);

    const QList<ExchangeRate> stored = FundingRepository(*m_other).rates();
    QVERIFY(findRate(stored, QStringLiteral("CNY"), QDate(2024, 1, 1)));
    QCOMPARE(findRate(stored, QStringLiteral("XOF"), QDate(2024, 1, 1))->rate, 0.00166);
    QVERIFY(!findRate(stored, QStringLiteral("XOF"), QDate(2024, 7, 1)));
    QVERIFY(findRate(stored, QStringLiteral("LAK"), QDate(2024, 1, 1)));
    QCOMPARE(stored.size(), 3);
}

void TestListEdits::rateChangedByBothIsRefused()
{
    PortfolioStore &store = m_portfolio->store();
    const QList<ExchangeRate> loaded = FundingRepository(store).rates();
    const int auditBefore = auditRows();
    // The other process corrects the January rate.
    m_other->run(QStringLiteral("UPDATE exchange_rates SET rate = 0.00170 WHERE currency = 'XOF' "
                                "AND rate_date = '2024-01-01'"));

    QList<ExchangeRate> edited = loaded;
    edited.first().rate = 0.00166;
    edited << rate(QStringLiteral("LAK"), QDate(2024, 1, 1), 0.000048);
    const auto error = testsupport::errorOf([&] { ExchangeRateChanges(store, user).apply(loaded, edited); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::ChangedMeanwhile);
    QVERIFY2(error->message().contains(QStringLiteral("the rate for XOF/USD on 1 Jan 2024")),
             qPrintable(error->message()));
    QVERIFY2(error->message().contains(QStringLiteral("not saved")), qPrintable(error->message()));

    // Nothing written: neither the user's change nor their new rate, nor any history.
    const QList<ExchangeRate> stored = FundingRepository(store).rates();
    QCOMPARE(findRate(stored, QStringLiteral("XOF"), QDate(2024, 1, 1))->rate, 0.00170);
    QVERIFY(!findRate(stored, QStringLiteral("LAK"), QDate(2024, 1, 1)));
    QCOMPARE(auditRows(), auditBefore);

    // A rate removed by the user that the other changed is refused too.
    QList<ExchangeRate> removed = loaded;
    removed.removeFirst();
    QVERIFY(testsupport::errorOf([&] { ExchangeRateChanges(store, user).apply(loaded, removed); }));
    QCOMPARE(FundingRepository(store).rates().size(), 2);
}

void TestListEdits::ratesUndoLeavesOthersRates()
{
    PortfolioStore &store = m_portfolio->store();
    const QList<ExchangeRate> loaded = FundingRepository(store).rates();
    QList<ExchangeRate> edited = loaded;
    edited.first().rate = 0.00166;
    edited << rate(QStringLiteral("LAK"), QDate(2024, 1, 1), 0.000048);
    const QList<ExchangeRate> saved = ExchangeRateChanges(store, user).apply(loaded, edited);
    // After the save, the other process adds a rate and changes one the user did not touch.
    FundingRepository(*m_other).insertRate(rate(QStringLiteral("CNY"), QDate(2024, 1, 1), 0.14));
    m_other->run(QStringLiteral("UPDATE exchange_rates SET source = 'IMF' WHERE currency = 'XOF' "
                                "AND rate_date = '2024-07-01'"));

    // Undo, as ChangeCommand does it: from the state saved back to the one loaded.
    ExchangeRateChanges(store, user).apply(saved, loaded);
    QList<ExchangeRate> stored = FundingRepository(store).rates();
    QVERIFY(findRate(stored, QStringLiteral("CNY"), QDate(2024, 1, 1)));
    QCOMPARE(findRate(stored, QStringLiteral("XOF"), QDate(2024, 7, 1))->source,
             QStringLiteral("IMF"));
    QCOMPARE(findRate(stored, QStringLiteral("XOF"), QDate(2024, 1, 1))->rate, 0.00165);
    QVERIFY(!findRate(stored, QStringLiteral("LAK"), QDate(2024, 1, 1)));

    // Redo writes the user's rows again, and still only those.
    ExchangeRateChanges(store, user).apply(loaded, saved);
    stored = FundingRepository(store).rates();
    QVERIFY(findRate(stored, QStringLiteral("CNY"), QDate(2024, 1, 1)));
    QVERIFY(findRate(stored, QStringLiteral("LAK"), QDate(2024, 1, 1)));
    QCOMPARE(findRate(stored, QStringLiteral("XOF"), QDate(2024, 1, 1))->rate, 0.00166);
}

void TestListEdits::lookupListsOthersAddedSurvive()
{
    PortfolioStore &store = m_portfolio->store();
    const LookupLists loaded = LookupListsRepository(store).load();
    Organisation theirs;
    theirs.acronym = QStringLiteral("BCEAO");
    theirs.name.en = QStringLiteral("Central Bank of West African States");
    theirs.type = OrganisationType::Multilateral;
    theirs.id = OrganisationRepository(*m_other).insert(theirs);

    LookupLists edited = loaded;
    edited.organisations.first().name.en = QStringLiteral("Renamed ministry");
    edited.countries << Country{QStringLiteral("QZ"), {QStringLiteral("Test country"), {}}};
    edited.themes << Theme{0, QStringLiteral("green-jobs"), {QStringLiteral("Green jobs"), {}}};
    const LookupLists saved = LookupListsChanges(store, user).apply(loaded, edited);
    QVERIFY(saved.themes.last().id != 0); // the id the new theme was given, for undo

    const LookupLists stored = LookupListsRepository(*m_other).load();
    QVERIFY(findById(stored.organisations, theirs.id));
    QCOMPARE(findById(stored.organisations, loaded.organisations.first().id)->name.en,
             QStringLiteral("Renamed ministry"));
    QCOMPARE(stored.organisations.size(), loaded.organisations.size() + 1);
    QCOMPARE(stored.countries.size(), loaded.countries.size() + 1);
    QVERIFY(findById(stored.themes, saved.themes.last().id));
}

void TestListEdits::lookupRowChangedByBothIsRefused()
{
    PortfolioStore &store = m_portfolio->store();
    const LookupLists loaded = LookupListsRepository(store).load();
    const int auditBefore = auditRows();
    const Theme theme = loaded.themes.first();
    m_other->run(QStringLiteral("UPDATE themes SET name_en = 'Their name' WHERE id = ?"),
                 {theme.id});

    LookupLists edited = loaded;
    edited.themes.first().name.en = QStringLiteral("My name");
    edited.organisations.first().name.en = QStringLiteral("Renamed ministry");
    const auto error = testsupport::errorOf([&] { LookupListsChanges(store, user).apply(loaded, edited); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::ChangedMeanwhile);
    QVERIFY2(error->message().contains(QStringLiteral("the theme “%1”").arg(theme.name.en)),
             qPrintable(error->message()));

    const LookupLists stored = LookupListsRepository(store).load();
    QCOMPARE(findById(stored.themes, theme.id)->name.en, QStringLiteral("Their name"));
    QCOMPARE(findById(stored.organisations, loaded.organisations.first().id)->name.en,
             loaded.organisations.first().name.en);
    QCOMPARE(auditRows(), auditBefore);
}

void TestListEdits::lookupListsUndoLeavesOthersRows()
{
    PortfolioStore &store = m_portfolio->store();
    const LookupLists loaded = LookupListsRepository(store).load();
    LookupLists edited = loaded;
    edited.countries << Country{QStringLiteral("QZ"), {QStringLiteral("Test country"), {}}};
    edited.themes << Theme{0, QStringLiteral("green-jobs"), {QStringLiteral("Green jobs"), {}}};
    const LookupLists saved = LookupListsChanges(store, user).apply(loaded, edited);
    Organisation theirs;
    theirs.acronym = QStringLiteral("BCEAO");
    theirs.name.en = QStringLiteral("Central Bank of West African States");
    theirs.id = OrganisationRepository(*m_other).insert(theirs);
    m_other->run(QStringLiteral("INSERT INTO countries (code, name_en, name_zh) "
                                "VALUES ('QY', 'Their country', '')"));

    LookupListsChanges(store, user).apply(saved, loaded);
    const LookupLists stored = LookupListsRepository(store).load();
    QVERIFY(findById(stored.organisations, theirs.id));
    QCOMPARE(stored.countries.size(), loaded.countries.size() + 1); // theirs, not the user's
    QVERIFY(!findById(stored.themes, saved.themes.last().id));
    QCOMPARE(stored.themes.size(), loaded.themes.size());
}

void TestListEdits::offersOthersAddedSurvive()
{
    PortfolioStore &store = m_portfolio->store();
    const QList<FundingOffer> loaded = OfferCatalogue(store).load();
    QVERIFY(loaded.size() >= 2);
    FundingOffer theirs;
    theirs.title.en = QStringLiteral("Study visit");
    theirs.unitCost = {2500000, QStringLiteral("USD")};
    const QList<FundingOffer> withTheirs = OfferCatalogue(*m_other).save(
        OfferCatalogue(*m_other).load(), OfferCatalogue(*m_other).load() << theirs);
    theirs = withTheirs.last();

    QList<FundingOffer> edited = loaded;
    edited.first().unitCost.hundredths += 100;
    edited.removeLast();
    OfferCatalogueChanges(store, user).apply(loaded, edited);

    const QList<FundingOffer> stored = OfferCatalogue(*m_other).load();
    QVERIFY(findById(stored, theirs.id));
    QCOMPARE(findById(stored, loaded.first().id)->unitCost.hundredths,
             loaded.first().unitCost.hundredths + 100);
    QVERIFY(!findById(stored, loaded.last().id));
    QCOMPARE(stored.size(), loaded.size());
}

void TestListEdits::offerChangedByBothIsRefused()
{
    PortfolioStore &store = m_portfolio->store();
    const QList<FundingOffer> loaded = OfferCatalogue(store).load();
    const int auditBefore = auditRows();
    // The other process removes the offer this user is changing.
    m_other->run(QStringLiteral("DELETE FROM funding_offers WHERE id = ?"), {loaded.first().id});

    QList<FundingOffer> edited = loaded;
    edited.first().unitCost.hundredths += 100;
    edited.last().title.en = QStringLiteral("Renamed");
    const auto error = testsupport::errorOf([&] { OfferCatalogueChanges(store, user).apply(loaded, edited); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::ChangedMeanwhile);
    QVERIFY2(
        error->message().contains(QStringLiteral("the offer “%1”").arg(loaded.first().title.en)),
        qPrintable(error->message()));
    QCOMPARE(OfferCatalogue(store).load().last().title.en, loaded.last().title.en);
    QCOMPARE(auditRows(), auditBefore);
}

void TestListEdits::offersUndoLeavesOthersOffers()
{
    PortfolioStore &store = m_portfolio->store();
    const QList<FundingOffer> loaded = OfferCatalogue(store).load();
    QList<FundingOffer> edited = loaded;
    FundingOffer mine;
    mine.title.en = QStringLiteral("Training of trainers");
    mine.unitCost = {1000000, QStringLiteral("USD")};
    edited << mine;
    const QList<FundingOffer> saved = OfferCatalogueChanges(store, user).apply(loaded, edited);
    FundingOffer theirs;
    theirs.title.en = QStringLiteral("Study visit");
    theirs.unitCost = {2500000, QStringLiteral("USD")};
    const QList<FundingOffer> now = OfferCatalogue(*m_other).load();
    theirs = OfferCatalogue(*m_other).save(now, now + QList<FundingOffer>{theirs}).last();

    OfferCatalogueChanges(store, user).apply(saved, loaded);
    const QList<FundingOffer> stored = OfferCatalogue(store).load();
    QVERIFY(findById(stored, theirs.id));
    QVERIFY(!findById(stored, saved.last().id));
    QCOMPARE(stored.size(), loaded.size() + 1);
}

void TestListEdits::sameChangeByBothIsNoConflict()
{
    // Both made the very same correction: nothing to refuse.
    PortfolioStore &store = m_portfolio->store();
    const QList<ExchangeRate> loaded = FundingRepository(store).rates();
    m_other->run(QStringLiteral("UPDATE exchange_rates SET rate = 0.00166 WHERE currency = 'XOF' "
                                "AND rate_date = '2024-01-01'"));
    QList<ExchangeRate> edited = loaded;
    edited.first().rate = 0.00166;
    ExchangeRateChanges(store, user).apply(loaded, edited);
    QCOMPARE(
        findRate(FundingRepository(store).rates(), QStringLiteral("XOF"), QDate(2024, 1, 1))->rate,
        0.00166);
}

QTEST_GUILESS_MAIN(TestListEdits)
#include "tst_listedits.moc"
