// Funding offers and proposals without a window: the proposal total (per currency, exact,
// never adding dollars to yuan), the catalogue saved as a whole, proposals saved and read
// back, a version-2 file upgraded to the proposals schema, the pipeline by status and year,
// and the composer's table model with its copy and CSV export.
#include "tests/support/StoreTestSupport.h"
#include "tests/support/TestFolders.h"

#include "models/export/TableExporter.h"
#include "models/itemmodels/OfferTableModel.h"
#include "models/itemmodels/ProposalTableModel.h"
#include "models/offers/OfferCatalogue.h"
#include "models/offers/ProposalPipeline.h"
#include "models/offers/ProposalTotals.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/repositories/ProposalRepository.h"
#include "models/store/PortfolioOpener.h"
#include "models/store/PortfolioStore.h"
#include "models/store/StoreError.h"

#include <QAbstractItemModelTester>
#include <QtTest>

#include <memory>

using namespace sstc;
using namespace testsupport;

namespace {
FundingOffer offer(qint64 id, const char *title, qint64 units, const char *currency = "USD")
{
    FundingOffer result;
    result.id = id;
    result.title = {QString::fromUtf8(title), QString()};
    result.unit = {QStringLiteral("per event"), QStringLiteral("每次活动")};
    result.unitCost = Money::units(units, QString::fromLatin1(currency));
    return result;
}

ProposalLine line(qint64 units, int quantity, const char *currency = "USD")
{
    return ProposalLine::of(offer(0, "Offer", units, currency), quantity);
}

QString show(const QList<Money> &amounts)
{
    QStringList parts;
    for (const Money &amount : amounts)
        parts << QStringLiteral("%1 %2").arg(amount.hundredths).arg(amount.currency);
    return parts.join(QStringLiteral("; "));
}
} // namespace

class TestProposals : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void totalOfOneCurrency();
    void totalsPerCurrency();
    void totalKeepsHundredths();
    void totalOverflowGivesNoTotal();
    void catalogueProblems();
    void catalogueSavedAsAWhole();
    void catalogueRefusesBadInputUnchanged();
    void proposalsSavedAndReadBack();
    void proposalProblemsLeaveDataUnchanged();
    void removedOfferLeavesProposalLines();
    void versionTwoFileIsUpgraded();
    void pipelineByStatusAndYear();
    void tableModelComposes();
    void tableModelCopyAndCsv();
    void offerTableModel();

private:
    std::unique_ptr<TestFolders> m_folders;
    std::unique_ptr<PortfolioStore> m_store;
};

void TestProposals::init()
{
    m_folders = std::make_unique<TestFolders>();
    m_store = PortfolioOpener::open(m_folders->filePath(QStringLiteral("sample.sstc")),
                                    PortfolioOpener::NewFileContent::Sample);
}

void TestProposals::cleanup()
{
    m_store.reset();
    m_folders.reset();
}

void TestProposals::totalOfOneCurrency()
{
    // Two workshops (US$100,000 each) and three trainees (US$35,000 each): US$305,000.
    const QList<ProposalLine> lines = {line(100000, 2), line(35000, 3)};
    QCOMPARE(ProposalTotals::lineTotal(lines.at(0))->hundredths, 20000000);
    QCOMPARE(show(*ProposalTotals::of(lines)), QStringLiteral("30500000 USD"));
    QCOMPARE(show(*ProposalTotals::of({})), QString());
}

void TestProposals::totalsPerCurrency()
{
    const QList<ProposalLine> lines = {line(100000, 1), line(200000, 2, "CNY"), line(50000, 3),
                                       line(1, 1, "CNY")};
    // Currencies in the order they first appear; never one sum across them.
    QCOMPARE(show(*ProposalTotals::of(lines)), QStringLiteral("25000000 USD; 40000100 CNY"));
}

void TestProposals::totalKeepsHundredths()
{
    ProposalLine cents = line(0, 3);
    cents.unitCost.hundredths = 10; // 0.10 three times is exactly 0.30, not 0.30000000000000004
    QCOMPARE(ProposalTotals::lineTotal(cents)->hundredths, 30);
    QCOMPARE(show(*ProposalTotals::of({cents, cents, cents})), QStringLiteral("90 USD"));
}

void TestProposals::totalOverflowGivesNoTotal()
{
    ProposalLine huge = line(0, 1000);
    huge.unitCost.hundredths = std::numeric_limits<qint64>::max() / 10;
    QVERIFY(!ProposalTotals::lineTotal(huge));
    QVERIFY(!ProposalTotals::of({line(1, 1), huge}));
    ProposalLine half = line(0, 1);
    half.unitCost.hundredths = std::numeric_limits<qint64>::max() / 2 + 1;
    QVERIFY(ProposalTotals::lineTotal(half));
    QVERIFY(!ProposalTotals::of({half, half})); // each fits, the sum does not
}

void TestProposals::catalogueProblems()
{
    FundingOffer untitled = offer(0, "", 10);
    untitled.title.zh = QStringLiteral("  ");
    FundingOffer negative = offer(0, "Visits", 0);
    negative.unitCost.hundredths = -1;
    FundingOffer badCurrency = offer(0, "Training", 35000, "usd");
    FundingOffer chineseOnly = offer(0, "", 1000);
    chineseOnly.title.zh = QStringLiteral("知识产品");
    const ValidationProblems problems =
        OfferCatalogue::problems({untitled, negative, badCurrency, chineseOnly});
    QStringList fields;
    for (const ValidationProblem &problem : problems)
        fields << problem.field;
    QCOMPARE(fields,
             QStringList({QStringLiteral("offers/0/title"), QStringLiteral("offers/1/unitCost"),
                          QStringLiteral("offers/2/currency")}));
    QVERIFY(problems.at(2).message.contains(QStringLiteral("usd")));
}

void TestProposals::catalogueSavedAsAWhole()
{
    OfferCatalogue catalogue(*m_store);
    const QList<FundingOffer> before = catalogue.load();
    QCOMPARE(before.size(), 6);
    QList<FundingOffer> after = before;
    after[0].unitCost = Money::units(125000, QStringLiteral("USD"));
    after.removeAt(1);
    FundingOffer yuan = offer(0, "Seminar in Beijing", 300000, "CNY");
    after.append(yuan);
    catalogue.save(after);

    const QList<FundingOffer> stored = catalogue.load();
    QCOMPARE(stored.size(), 6);
    QCOMPARE(stored.at(0).unitCost.hundredths, 12500000);
    QCOMPARE(stored.at(0).description.en, before.at(0).description.en);
    QVERIFY(stored.at(1).id != before.at(1).id);
    QCOMPARE(stored.last().unitCost.currency, QStringLiteral("CNY"));

    // Saving the earlier catalogue (what undo does) puts the removed offer back with its id.
    catalogue.save(before);
    const QList<FundingOffer> restored = catalogue.load();
    QCOMPARE(restored.size(), 6);
    QCOMPARE(restored.at(1).id, before.at(1).id);
    QCOMPARE(restored.at(1).title.en, before.at(1).title.en);
    QCOMPARE(restored.at(0).unitCost.hundredths, before.at(0).unitCost.hundredths);
}

void TestProposals::catalogueRefusesBadInputUnchanged()
{
    OfferCatalogue catalogue(*m_store);
    const QList<FundingOffer> before = catalogue.load();
    QList<FundingOffer> bad = before;
    bad[0].title = {};
    bad.removeAt(2);
    try {
        catalogue.save(bad);
        QFAIL("an untitled offer was saved");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::InvalidData);
        QVERIFY(error.detail().contains(QStringLiteral("title")));
    }
    const QList<FundingOffer> after = catalogue.load();
    QCOMPARE(after.size(), before.size());
    QCOMPARE(after.at(0).title.en, before.at(0).title.en);
}

void TestProposals::proposalsSavedAndReadBack()
{
    const QList<FundingOffer> offers = OfferCatalogue(*m_store).load();
    const qint64 donor = OrganisationRepository(*m_store).all().first().id;
    Proposal proposal;
    proposal.title = QStringLiteral("Social protection 2025 / 社会保障");
    proposal.donorId = donor;
    proposal.date = QDate(2025, 3, 14);
    proposal.status = ProposalStatus::Submitted;
    proposal.lines = {ProposalLine::of(offers.at(1), 2), ProposalLine::of(offers.at(3), 10)};
    ProposalRepository repository(*m_store);
    proposal.id = repository.save(proposal);
    QVERIFY(proposal.id > 0);

    Proposal undated;
    undated.lines = {ProposalLine::of(offers.at(0), 1)};
    undated.id = repository.save(undated);

    const QList<Proposal> all = repository.all();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0), proposal); // dated first, undated last
    QCOMPARE(all.at(1), undated);
    QCOMPARE(all.at(1).donorId, 0);
    QVERIFY(!all.at(1).date.isValid());

    // Updating rewrites the lines; removing and saving again with the id (undo) restores it.
    proposal.lines.removeFirst();
    proposal.lines.first().quantity = 4;
    proposal.status = ProposalStatus::Accepted;
    QCOMPARE(repository.save(proposal), proposal.id);
    QCOMPARE(*repository.find(proposal.id), proposal);
    repository.remove(proposal.id);
    QVERIFY(!repository.find(proposal.id));
    QCOMPARE(rawSql(m_store->path(), {QStringLiteral("SELECT count(*) FROM proposal_lines "
                                                     "WHERE proposal_id = %1")
                                          .arg(proposal.id)}),
             QStringList{QStringLiteral("0")});
    QCOMPARE(repository.save(proposal), proposal.id);
    QCOMPARE(*repository.find(proposal.id), proposal);
}

void TestProposals::proposalProblemsLeaveDataUnchanged()
{
    ProposalRepository repository(*m_store);
    Proposal empty;
    QCOMPARE(ProposalRepository::problems(empty).first().field, QStringLiteral("lines"));
    Proposal zero;
    zero.lines = {line(100, 0), line(100, -3, "XYZ")};
    QStringList fields;
    for (const ValidationProblem &problem : ProposalRepository::problems(zero))
        fields << problem.field;
    QCOMPARE(fields,
             QStringList({QStringLiteral("lines/0/quantity"), QStringLiteral("lines/1/quantity"),
                          QStringLiteral("lines/1/currency")}));
    QVERIFY_THROWS_EXCEPTION(StoreError, repository.save(zero));
    QVERIFY(repository.all().isEmpty());
}

void TestProposals::removedOfferLeavesProposalLines()
{
    OfferCatalogue catalogue(*m_store);
    QList<FundingOffer> offers = catalogue.load();
    Proposal proposal;
    proposal.lines = {ProposalLine::of(offers.at(2), 3)};
    proposal.id = ProposalRepository(*m_store).save(proposal);
    offers.removeAt(2);
    catalogue.save(offers);
    // The line keeps its copy of the offer; only the link to the catalogue is gone.
    const Proposal stored = *ProposalRepository(*m_store).find(proposal.id);
    QCOMPARE(stored.lines.first().offerId, 0);
    QCOMPARE(stored.lines.first().title, proposal.lines.first().title);
    QCOMPARE(ProposalTotals::of(stored.lines)->first().hundredths, 15000000);
}

void TestProposals::versionTwoFileIsUpgraded()
{
    const QString path = m_folders->filePath(QStringLiteral("version2.sstc"));
    const QList<SchemaStep> steps = SchemaHistory::standard().steps();
    QVERIFY(steps.size() >= 3);
    const SchemaHistory upToTwo({steps.at(0), steps.at(1)});
    {
        auto old = PortfolioStore::openFile(path, upToTwo);
        QCOMPARE(old->schemaVersion(), 2);
        old->run(QStringLiteral("INSERT INTO funding_offers (title_en, unit_cost_hundredths, "
                                "currency) VALUES ('Workshops', 10000000, 'USD')"));
    }
    auto store = PortfolioStore::openFile(path);
    QCOMPARE(store->schemaVersion(), SchemaHistory::standard().latestVersion());
    QVERIFY(!store->backupPath().isEmpty());
    const QList<FundingOffer> offers = OfferCatalogue(*store).load();
    QCOMPARE(offers.size(), 1);
    Proposal proposal;
    proposal.lines = {ProposalLine::of(offers.first(), 2)};
    proposal.id = ProposalRepository(*store).save(proposal);
    QCOMPARE(ProposalRepository(*store).find(proposal.id)->lines.first().quantity, 2);
    // The database itself refuses a zero quantity, whatever program writes it.
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             store->run(QStringLiteral("UPDATE proposal_lines SET quantity = 0")));
}

void TestProposals::pipelineByStatusAndYear()
{
    Proposal a;
    a.status = ProposalStatus::Submitted;
    a.date = QDate(2024, 5, 1);
    a.lines = {line(100000, 2), line(5000, 1, "CNY")};
    Proposal b = a;
    b.date = QDate(2025, 1, 1);
    b.lines = {line(1000000, 1)};
    Proposal c;
    c.status = ProposalStatus::Accepted;
    c.date = QDate(2024, 12, 31);
    c.lines = {line(35000, 4)};
    Proposal d; // undated draft
    d.lines = {line(120000, 1)};

    const ProposalPipeline pipeline({a, b, c, d});
    QCOMPARE(pipeline.currencies(), QStringList({QStringLiteral("USD"), QStringLiteral("CNY")}));
    const QString usd = QStringLiteral("USD");
    QCOMPARE(pipeline.total(usd, ProposalStatus::Submitted).hundredths, 120000000);
    QCOMPARE(pipeline.total(usd, ProposalStatus::Accepted).hundredths, 14000000);
    QCOMPARE(pipeline.total(usd, ProposalStatus::Draft).hundredths, 12000000);
    QCOMPARE(pipeline.total(usd, ProposalStatus::Declined).hundredths, 0);
    QCOMPARE(pipeline.total(QStringLiteral("CNY"), ProposalStatus::Submitted).hundredths, 500000);
    QCOMPARE(pipeline.years(usd), QList<int>({2024, 2025, ProposalPipeline::undated}));
    QCOMPARE(pipeline.years(QStringLiteral("CNY")), QList<int>({2024}));
    QCOMPARE(pipeline.total(usd, ProposalStatus::Submitted, 2024).hundredths, 20000000);
    QCOMPARE(pipeline.total(usd, ProposalStatus::Submitted, 2025).hundredths, 100000000);
    QCOMPARE(pipeline.total(usd, ProposalStatus::Draft, ProposalPipeline::undated).hundredths,
             12000000);
    QCOMPARE(pipeline.count(ProposalStatus::Submitted), 2);
}

void TestProposals::tableModelComposes()
{
    ProposalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &ProposalTableModel::linesChanged);
    QCOMPARE(model.rowCount(), 0);
    const FundingOffer workshops = offer(7, "Workshops", 100000);
    const FundingOffer yuan = offer(8, "Seminar", 300000, "CNY");
    QCOMPARE(model.addOffer(workshops), 0);
    QCOMPARE(model.addOffer(workshops), 0); // chosen again: one more of it
    QCOMPARE(model.lines().first().quantity, 2);
    QCOMPARE(model.rowCount(), 2); // the line and the total
    QVERIFY(model.isTotalRow(1));
    QCOMPARE(model.index(1, ProposalTableModel::LineTotal).data().toString(),
             QStringLiteral("US$200,000"));

    QVERIFY(model.setData(model.index(0, ProposalTableModel::Quantity), 3));
    QVERIFY(!model.setData(model.index(0, ProposalTableModel::Quantity), 0));
    QVERIFY(!model.setData(model.index(0, ProposalTableModel::Quantity), 2.5));
    QVERIFY(!model.setData(model.index(1, ProposalTableModel::Quantity), 5)); // a total row
    QVERIFY(!(model.flags(model.index(1, ProposalTableModel::Quantity)) & Qt::ItemIsEditable));
    QCOMPARE(model.lines().first().quantity, 3);

    QCOMPARE(model.addOffer(yuan), 1);
    QCOMPARE(model.rowCount(), 4); // two lines, a total per currency
    QCOMPARE(model.index(2, ProposalTableModel::Offer).data().toString(),
             QStringLiteral("Total in US dollars"));
    QCOMPARE(model.index(2, ProposalTableModel::LineTotal).data().toString(),
             QStringLiteral("US$300,000"));
    QCOMPARE(model.index(3, ProposalTableModel::LineTotal).data(ExportRole).toDouble(), 300000.0);
    QCOMPARE(show(*model.totals()), QStringLiteral("30000000 USD; 30000000 CNY"));

    model.setLanguage(Language::Chinese);
    QCOMPARE(model.index(0, ProposalTableModel::Unit).data().toString(),
             QStringLiteral("每次活动"));
    QCOMPARE(model.index(0, ProposalTableModel::LineTotal).data().toString(),
             QStringLiteral("300,000美元"));
    model.removeLine(0);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(changed.count() >= 5);
}

void TestProposals::tableModelCopyAndCsv()
{
    ProposalTableModel model;
    FundingOffer formula = offer(1, "=HYPERLINK(\"x\")", 50000);
    model.addOffer(formula);
    model.setQuantity(0, 2);
    model.addOffer(offer(2, "Knowledge products, briefs", 120000));
    const QList<int> columns = {0, 1, 2, 3, 4};
    const QByteArray csv = TableExporter::spreadsheetCsv(model, columns);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.at(0), QStringLiteral("Offer,Unit,Unit cost,Quantity,Amount"));
    QCOMPARE(lines.at(1),
             QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\",per event,\"US$50,000\",2,\"US$100,000\""));
    QCOMPARE(lines.at(2), QStringLiteral("\"Knowledge products, briefs\",per event,"
                                         "\"US$120,000\",1,\"US$120,000\""));
    QCOMPARE(lines.at(3), QStringLiteral("Total,,,,\"US$220,000\""));

    const QString tsv = TableExporter::tabSeparated(model, {0, 1, 2}, columns);
    QCOMPARE(tsv.split(QLatin1Char('\n')).at(3), QStringLiteral("Total\t\t\t\tUS$220,000"));
    const QString html = TableExporter::html(model, columns);
    QVERIFY(html.contains(QStringLiteral("<th>Offer</th>")));
    QVERIFY(html.contains(QStringLiteral("=HYPERLINK(&quot;x&quot;)")));
    QVERIFY(html.contains(QStringLiteral("<td align=\"right\">US$220,000</td>")));
}

void TestProposals::offerTableModel()
{
    OfferTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOffers(OfferCatalogue(*m_store).load());
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(0, OfferTableModel::Title).data().toString(),
             QStringLiteral("Knowledge products"));
    QCOMPARE(model.index(0, OfferTableModel::UnitCost).data().toString(),
             QStringLiteral("US$120,000"));
    QVERIFY(model.index(0, OfferTableModel::Unit)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("<b>Knowledge products</b><br>Developing")));
    model.setLanguage(Language::Chinese);
    QCOMPARE(model.index(0, OfferTableModel::Title).data().toString(), QStringLiteral("知识产品"));
    QCOMPARE(model.index(0, OfferTableModel::Unit).data().toString(), QStringLiteral("每年"));
    QCOMPARE(model.index(0, OfferTableModel::UnitCost).data().toString(),
             QStringLiteral("120,000美元"));
}

QTEST_GUILESS_MAIN(TestProposals)
#include "tst_proposals.moc"
