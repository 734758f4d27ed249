// The synthetic portfolios of the benchmark: the same seed gives the same content, another
// seed other content; what it makes passes the store's own validation, is labelled as
// synthetic, has the proportions of the real portfolio, and never goes into a filled file.
#include "tests/support/TestFolders.h"

#include "models/funding/FundingAggregator.h"
#include "models/repositories/ProjectRepository.h"
#include "models/store/PortfolioChecksum.h"
#include "models/store/PortfolioOpener.h"
#include "models/store/PortfolioStore.h"
#include "models/store/StoreError.h"
#include "models/synthetic/SyntheticPortfolio.h"
#include "models/validation/ProjectValidator.h"

#include <QtTest>

#include <memory>

using namespace sstc;

class TestSyntheticPortfolio : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameContent();
    void passesValidation();
    void labelledAndInProportion();
    void refusesAFilledPortfolio();
    void sizesByName();

private:
    std::unique_ptr<PortfolioStore> made(const QString &name, quint32 seed, int projects = 150);

    TestFolders m_folders;
};

std::unique_ptr<PortfolioStore> TestSyntheticPortfolio::made(const QString &name, quint32 seed,
                                                             int projects)
{
    auto store = PortfolioOpener::open(m_folders.filePath(name),
                                       PortfolioOpener::NewFileContent::ReferenceOnly);
    SyntheticPortfolio(seed, SyntheticSize{QStringLiteral("test"), projects}).fill(*store);
    return store;
}

void TestSyntheticPortfolio::sameSeedSameContent()
{
    const QByteArray first = PortfolioChecksum::of(*made(QStringLiteral("a.sstc"), 11));
    const QByteArray again = PortfolioChecksum::of(*made(QStringLiteral("b.sstc"), 11));
    const QByteArray other = PortfolioChecksum::of(*made(QStringLiteral("c.sstc"), 12));
    QCOMPARE(first.size(), 64);
    QCOMPARE(again, first);
    QVERIFY(other != first);
}

void TestSyntheticPortfolio::passesValidation()
{
    auto store = made(QStringLiteral("valid.sstc"), 5);
    ProjectRecordRepository records(*store);
    const QList<ProjectSummary> projects = ProjectRepository(*store).summaries();
    QCOMPARE(projects.size(), 150);
    for (const ProjectSummary &project : projects) {
        const std::optional<ProjectRecord> record = records.load(project.id);
        QVERIFY(record);
        const ValidationProblems problems = ProjectValidator::validate(*record);
        if (!problems.isEmpty())
            QFAIL(qPrintable(project.code + QLatin1Char(' ') + problems.first().field +
                             QLatin1Char(' ') + problems.first().message));
    }
}

void TestSyntheticPortfolio::labelledAndInProportion()
{
    auto store = made(QStringLiteral("labelled.sstc"), 9, 400);
    QCOMPARE(SyntheticPortfolio::labelOf(*store), QStringLiteral("seed 9, size test"));
    const auto count = [&](const QString &sql) {
        QSqlQuery query = store->run(sql);
        return query.next() ? query.value(0).toDouble() : -1.0;
    };
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM projects WHERE code NOT LIKE 'SYN-%'")),
             0.0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM projects")), 400.0);
    const double linesPerProject =
        count(QStringLiteral("SELECT count(*) FROM funding_lines")) / 400;
    QVERIFY2(linesPerProject > 8.5 && linesPerProject < 11.5,
             qPrintable(QString::number(linesPerProject)));
    const double eventsPerProject = count(QStringLiteral("SELECT count(*) FROM events")) / 400;
    QVERIFY2(eventsPerProject > 2 && eventsPerProject < 4,
             qPrintable(QString::number(eventsPerProject)));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM agreements")), 8.0);
    // Yuan amounts convert: a rate for every month from 2003 to 2037, and the dashboard
    // leaves nothing unconverted.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exchange_rates WHERE currency = 'CNY' "
                                  "AND to_currency = 'USD'")),
             35.0 * 12);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM funding_lines WHERE currency = 'CNY'")) > 0);
    const FundingFigures figures = FundingAggregator(*store).figures(
        FundingBreakdown::Country, FundingMeasure::Budget, {}, QStringLiteral("USD"));
    QVERIFY(!figures.bars.isEmpty());
    QVERIFY(figures.unconverted.isEmpty());
    // Both languages in every title.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM projects WHERE title_en = '' OR "
                                  "title_zh = ''")),
             0.0);
    // The real sample is not in it.
    QCOMPARE(SyntheticPortfolio::labelOf(
                 *PortfolioOpener::open(m_folders.filePath(QStringLiteral("sample.sstc")),
                                        PortfolioOpener::NewFileContent::Sample)),
             QString());
}

void TestSyntheticPortfolio::refusesAFilledPortfolio()
{
    auto store = PortfolioOpener::open(m_folders.filePath(QStringLiteral("filled.sstc")),
                                       PortfolioOpener::NewFileContent::Sample);
    const QByteArray before = PortfolioChecksum::of(*store);
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             SyntheticPortfolio(1, SyntheticSize::small()).fill(*store));
    QCOMPARE(PortfolioChecksum::of(*store), before);
}

void TestSyntheticPortfolio::sizesByName()
{
    QCOMPARE(SyntheticSize::named(QStringLiteral("large"))->projects, 100000);
    QCOMPARE(SyntheticSize::named(QStringLiteral("large"))->agreements(), 2000);
    QVERIFY(!SyntheticSize::named(QStringLiteral("huge")));
}

QTEST_GUILESS_MAIN(TestSyntheticPortfolio)
#include "tst_syntheticportfolio.moc"
