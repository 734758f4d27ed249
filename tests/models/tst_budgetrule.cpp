// A project's budget is its revised budget when it has one, else its original budget: the
// projects table, its sorting, the timeline, the funding charts and the donor report must all
// count the same amount for the same project.
#include "tests/support/TestFolders.h"

#include "models/domain/BudgetRule.h"
#include "models/funding/FundingAggregator.h"
#include "models/query/ProjectIdQuery.h"
#include "models/report/ReportFinance.h"
#include "models/repositories/FundingRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "models/repositories/TimelineRepository.h"
#include "models/store/PortfolioStore.h"

#include <QtTest>

#include <memory>

using namespace sstc;

class TestBudgetRule : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void countsTheRevisedBudgetWhenThereIsOne();
    void everyReaderCountsTheSameBudget();

private:
    qint64 addProject(const QString &title);
    void addLine(qint64 project, FundingKind kind, qint64 hundredths);

    TestFolders m_folders;
    std::unique_ptr<PortfolioStore> m_store;
    // The budget each project must have, in US cents; absent: no budget at all.
    QHash<qint64, qint64> m_expected;
};

void TestBudgetRule::init()
{
    const QString path = m_folders.filePath(QStringLiteral("budget.sstc"));
    QFile::remove(path);
    m_store = PortfolioStore::openFile(path);
    m_expected.clear();
    // Revised upwards, revised downwards, never revised, revised without an original, none;
    // other kinds of lines never count.
    const qint64 up = addProject(QStringLiteral("up"));
    addLine(up, FundingKind::OriginalBudget, 100000);
    addLine(up, FundingKind::RevisedBudget, 150000);
    addLine(up, FundingKind::Expenditure, 90000);
    m_expected[up] = 150000;
    const qint64 down = addProject(QStringLiteral("down"));
    addLine(down, FundingKind::OriginalBudget, 300000);
    addLine(down, FundingKind::RevisedBudget, 20000);
    addLine(down, FundingKind::RevisedBudget, 5000); // a second revision line adds up
    m_expected[down] = 25000;
    const qint64 original = addProject(QStringLiteral("original"));
    addLine(original, FundingKind::OriginalBudget, 200000);
    addLine(original, FundingKind::Commitment, 999999);
    m_expected[original] = 200000;
    const qint64 revisedOnly = addProject(QStringLiteral("revised only"));
    addLine(revisedOnly, FundingKind::RevisedBudget, 50000);
    m_expected[revisedOnly] = 50000;
    const qint64 none = addProject(QStringLiteral("none"));
    addLine(none, FundingKind::IncomingFunds, 70000);
}

void TestBudgetRule::cleanup()
{
    m_store.reset();
}

qint64 TestBudgetRule::addProject(const QString &title)
{
    return m_store->insert(
        QStringLiteral("INSERT INTO projects (title_en, planned_start, planned_end) VALUES "
                       "(?, '2016-01-01', '2018-12-31') RETURNING id"),
        {title});
}

void TestBudgetRule::addLine(qint64 project, FundingKind kind, qint64 hundredths)
{
    m_store->run(QStringLiteral("INSERT INTO funding_lines (project_id, kind, amount_hundredths, "
                                "currency, value_date) VALUES (?, ?, ?, 'USD', '2016')"),
                 {project, codeOf(fundingKindCodes, kind), hundredths});
}

void TestBudgetRule::countsTheRevisedBudgetWhenThereIsOne()
{
    QCOMPARE(BudgetRule::countedKind(false), FundingKind::OriginalBudget);
    QCOMPARE(BudgetRule::countedKind(true), FundingKind::RevisedBudget);
    const QList<Money> original{{100, QStringLiteral("USD")}};
    const QList<Money> revised{{80, QStringLiteral("USD")}, {5, QStringLiteral("CNY")}};
    QCOMPARE(BudgetRule::budget(original, revised), revised);
    QCOMPARE(BudgetRule::budget(original, {}), original);
    QCOMPARE(BudgetRule::budget({}, {}), QList<Money>());

    FundingLine originalLine;
    originalLine.kind = FundingKind::OriginalBudget;
    FundingLine revisedLine;
    revisedLine.kind = FundingKind::RevisedBudget;
    QCOMPARE(BudgetRule::countedKind(QList<FundingLine>{originalLine}),
             FundingKind::OriginalBudget);
    QCOMPARE(BudgetRule::countedKind(QList<FundingLine>{originalLine, revisedLine}),
             FundingKind::RevisedBudget);
}

void TestBudgetRule::everyReaderCountsTheSameBudget()
{
    // The projects table's summaries.
    for (const ProjectSummary &summary : ProjectRepository(*m_store).summaries()) {
        if (!m_expected.contains(summary.id)) {
            QVERIFY2(summary.budget.isEmpty(), qPrintable(summary.title.en));
            continue;
        }
        QCOMPARE(summary.budget.size(), 1);
        QCOMPARE(summary.budget.first().hundredths, m_expected.value(summary.id));
    }

    // The timeline's bars.
    const TimelineData timeline = TimelineRepository(*m_store).load({});
    QCOMPARE(timeline.projects.size(), 5);
    for (const TimelineProject &project : timeline.projects) {
        if (!m_expected.contains(project.id)) {
            QVERIFY(project.budget.isEmpty());
            continue;
        }
        QCOMPARE(project.budget.size(), 1);
        QCOMPARE(project.budget.first().hundredths, m_expected.value(project.id));
    }

    // Sorting the table by budget: smallest first, the project without one last.
    QList<qint64> byBudget = m_expected.keys();
    std::sort(byBudget.begin(), byBudget.end(),
              [&](qint64 a, qint64 b) { return m_expected.value(a) < m_expected.value(b); });
    const QList<qint64> ordered = ProjectIdQuery(*m_store).ordered(
        ProjectSortKey::Budget, Qt::AscendingOrder, Language::English);
    QCOMPARE(ordered.mid(0, byBudget.size()), byBudget);
    QCOMPARE(ordered.size(), 5);

    // The funding charts: per project (delivery) and in total.
    qint64 total = 0;
    for (qint64 budget : std::as_const(m_expected))
        total += budget;
    FundingAggregator aggregator(*m_store);
    QCOMPARE(qRound64(aggregator.byYearAndDonor(FundingMeasure::Budget, {}, QStringLiteral("USD"))
                          .totalHundredths()),
             total);
    const FundingFigures delivery = aggregator.deliveryByProject({}, QStringLiteral("USD"));
    int budgetBars = 0;
    for (const FundingBar &bar : delivery.bars)
        if (bar.seriesKey == QLatin1String("budget")) {
            QCOMPARE(qRound64(bar.hundredths), m_expected.value(bar.key.toLongLong()));
            ++budgetBars;
        }
    QCOMPARE(budgetBars, m_expected.size());

    // The donor report's statement of each project.
    FundingRepository funding(*m_store);
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
        const ReportFinance finance = ReportFinance::compute(
            funding.linesOfProject(it.key()), QDate(2030, 1, 1), QStringLiteral("USD"), funding);
        QCOMPARE(finance.totalBudget(), std::optional<qint64>(it.value()));
    }
}

QTEST_GUILESS_MAIN(TestBudgetRule)
#include "tst_budgetrule.moc"
