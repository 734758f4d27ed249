// The funding dashboard's figures computed in the background: on a thread of its own they
// equal FundingAggregator's synchronous result (sample and synthetic portfolios), a newer
// request overtakes an older one whose answer is dropped even when it is already waiting,
// and a store that cannot be read elsewhere is answered at once on the caller's thread.
#include "tests/support/TestFolders.h"

#include "models/funding/FundingAggregator.h"
#include "models/funding/FundingFiguresLoader.h"
#include "models/store/PortfolioOpener.h"
#include "models/store/PortfolioStore.h"
#include "models/synthetic/SyntheticPortfolio.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace sstc;

Q_DECLARE_METATYPE(sstc::FundingDashboardFigures)

namespace {

const FundingBreakdown breakdowns[] = {FundingBreakdown::YearByDonor, FundingBreakdown::Country,
                                       FundingBreakdown::SdgGoal, FundingBreakdown::Theme,
                                       FundingBreakdown::DeliveryByProject};

// Everything a chart shows of figures, exactly: the same statement on the same data gives
// the same sums.
QStringList describe(const FundingFigures &figures)
{
    QStringList lines{figures.reportingCurrency,
                      QStringLiteral("left out %1").arg(figures.projectsLeftOut)};
    for (const FundingBar &bar : figures.bars)
        lines << QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                     .arg(bar.key, bar.label.en, bar.label.zh, bar.seriesKey, bar.seriesLabel.en,
                          bar.seriesLabel.zh)
                     .arg(bar.hundredths, 0, 'g', 17);
    for (const UnconvertedAmount &amount : figures.unconverted)
        lines << QStringLiteral("unconverted %1 %2 %3")
                     .arg(amount.currency)
                     .arg(amount.hundredths, 0, 'g', 17)
                     .arg(amount.lines);
    return lines;
}

QStringList synchronous(PortfolioStore &store, const FundingRequest &request)
{
    FundingAggregator aggregator(store);
    QStringList lines;
    for (FundingBreakdown breakdown : breakdowns)
        lines << describe(aggregator.figures(breakdown, request.measure, request.filter,
                                             request.reportingCurrency));
    return lines;
}

QStringList describe(const FundingDashboardFigures &figures)
{
    QStringList lines;
    for (FundingBreakdown breakdown : breakdowns)
        lines << describe(figures.of(breakdown));
    return lines;
}

} // namespace

class TestFundingFiguresLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void backgroundEqualsSynchronous_data();
    void backgroundEqualsSynchronous();
    void newerRequestOvertakesARunningOne();
    void answerAlreadyWaitingIsDroppedWhenOvertaken();
    void storeThatCannotBeReadElsewhereIsAnsweredAtOnce();
    void failureIsAnsweredWithTheStoreError();

private:
    PortfolioStore &storeNamed(const QString &name);

    TestFolders m_folders;
    std::unique_ptr<PortfolioStore> m_sample;
    std::unique_ptr<PortfolioStore> m_synthetic;
};

void TestFundingFiguresLoader::initTestCase()
{
    qRegisterMetaType<FundingDashboardFigures>();
    m_sample = PortfolioOpener::open(m_folders.filePath(QStringLiteral("sample.sstc")),
                                     PortfolioOpener::NewFileContent::Sample);
    m_synthetic = PortfolioOpener::open(m_folders.filePath(QStringLiteral("synthetic.sstc")),
                                        PortfolioOpener::NewFileContent::ReferenceOnly);
    SyntheticPortfolio(7, SyntheticSize{QStringLiteral("test"), 300}).fill(*m_synthetic);
}

void TestFundingFiguresLoader::cleanupTestCase()
{
    m_sample.reset();
    m_synthetic.reset();
}

PortfolioStore &TestFundingFiguresLoader::storeNamed(const QString &name)
{
    return name == QLatin1String("sample") ? *m_sample : *m_synthetic;
}

void TestFundingFiguresLoader::backgroundEqualsSynchronous_data()
{
    QTest::addColumn<QString>("portfolio");
    QTest::addColumn<int>("measure");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QStringList>("countries");
    QTest::newRow("sample, budget, USD")
        << "sample" << int(FundingMeasure::Budget) << "USD" << QStringList();
    QTest::newRow("sample, budget, CNY (nothing converts)")
        << "sample" << int(FundingMeasure::Budget) << "CNY" << QStringList();
    QTest::newRow("synthetic, budget, USD")
        << "synthetic" << int(FundingMeasure::Budget) << "USD" << QStringList();
    QTest::newRow("synthetic, expenditure, CNY")
        << "synthetic" << int(FundingMeasure::Expenditure) << "CNY" << QStringList();
    QTest::newRow("synthetic, incoming, USD, filtered")
        << "synthetic" << int(FundingMeasure::IncomingFunds) << "USD"
        << QStringList{QStringLiteral("KH"), QStringLiteral("ET")};
}

void TestFundingFiguresLoader::backgroundEqualsSynchronous()
{
    QFETCH(QString, portfolio);
    QFETCH(int, measure);
    QFETCH(QString, currency);
    QFETCH(QStringList, countries);
    PortfolioStore &store = storeNamed(portfolio);
    QVERIFY(FundingFiguresLoader::readsInBackground(store));
    FundingRequest request;
    request.measure = FundingMeasure(measure);
    request.reportingCurrency = currency;
    request.filter.countryCodes = countries;

    FundingFiguresLoader loader;
    QSignalSpy loaded(&loader, &FundingFiguresLoader::loaded);
    QSignalSpy failed(&loader, &FundingFiguresLoader::failed);
    const quint64 number = loader.start(store, request);
    // Nothing is answered before the event loop runs again: the work is elsewhere.
    QCOMPARE(loaded.count(), 0);
    QVERIFY(loader.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!loader.isBusy());
    QCOMPARE(loaded.at(0).at(0).toULongLong(), number);
    const auto figures = loaded.at(0).at(1).value<FundingDashboardFigures>();
    QCOMPARE(figures.charts.size(), 5);
    const QStringList expected = synchronous(store, request);
    QVERIFY(expected.size() > 5 * 2); // some bars to compare
    QCOMPARE(describe(figures), expected);
}

void TestFundingFiguresLoader::newerRequestOvertakesARunningOne()
{
    FundingRequest older;
    older.reportingCurrency = QStringLiteral("USD");
    FundingRequest newer;
    newer.measure = FundingMeasure::Expenditure;
    newer.reportingCurrency = QStringLiteral("CNY");
    FundingFiguresLoader loader;
    QSignalSpy loaded(&loader, &FundingFiguresLoader::loaded);
    const quint64 first = loader.start(*m_synthetic, older);
    const quint64 second = loader.start(*m_synthetic, newer);
    QVERIFY(second > first);
    QCOMPARE(loader.latestRequest(), second);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
    loader.waitForThreads();
    QCoreApplication::processEvents();
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.at(0).at(0).toULongLong(), second);
    QCOMPARE(describe(loaded.at(0).at(1).value<FundingDashboardFigures>()),
             synchronous(*m_synthetic, newer));
}

// The older computation has finished and its answer waits in the queue when the newer request
// comes: it must still never be shown.
void TestFundingFiguresLoader::answerAlreadyWaitingIsDroppedWhenOvertaken()
{
    FundingRequest older;
    older.reportingCurrency = QStringLiteral("USD");
    FundingRequest newer = older;
    newer.filter.countryCodes = {QStringLiteral("KH")};
    FundingFiguresLoader loader;
    QSignalSpy loaded(&loader, &FundingFiguresLoader::loaded);
    loader.start(*m_synthetic, older);
    loader.waitForThreads(); // finished, its answer queued, not delivered
    QCOMPARE(loaded.count(), 0);
    const quint64 second = loader.start(*m_synthetic, newer);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
    loader.waitForThreads();
    QCoreApplication::processEvents();
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.at(0).at(0).toULongLong(), second);
    const QStringList shown = describe(loaded.at(0).at(1).value<FundingDashboardFigures>());
    QCOMPARE(shown, synchronous(*m_synthetic, newer));
    QVERIFY(shown != synchronous(*m_synthetic, older));
}

// SQLite keeps an open file readable after it is unlinked, but no second connection can open
// it by its path any more: like an in-memory or server store, it is answered synchronously.
void TestFundingFiguresLoader::storeThatCannotBeReadElsewhereIsAnsweredAtOnce()
{
    const QString path = m_folders.filePath(QStringLiteral("vanishing.sstc"));
    auto store = PortfolioOpener::open(path, PortfolioOpener::NewFileContent::Sample);
    FundingRequest request;
    request.reportingCurrency = QStringLiteral("USD");
    const QStringList expected = synchronous(*store, request);
    QVERIFY(QFile::remove(path));
    QVERIFY(!FundingFiguresLoader::readsInBackground(*store));
    FundingFiguresLoader loader;
    QSignalSpy loaded(&loader, &FundingFiguresLoader::loaded);
    const quint64 number = loader.start(*store, request);
    QCOMPARE(loaded.count(), 1); // before start() returned
    QVERIFY(!loader.isBusy());
    QCOMPARE(loaded.at(0).at(0).toULongLong(), number);
    QCOMPARE(describe(loaded.at(0).at(1).value<FundingDashboardFigures>()), expected);
}

// The file the store has open is replaced by one that is no database: the store still reads
// its own (unlinked) file, the background connection finds the new one and fails.
void TestFundingFiguresLoader::failureIsAnsweredWithTheStoreError()
{
    const QString path = m_folders.filePath(QStringLiteral("replaced.sstc"));
    auto store = PortfolioOpener::open(path, PortfolioOpener::NewFileContent::Sample);
    QVERIFY(QFile::remove(path));
    // Its journal files go too: they belong to the file the store still has open.
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    {
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'x'));
    }
    QVERIFY(FundingFiguresLoader::readsInBackground(*store));
    FundingFiguresLoader loader;
    QSignalSpy loaded(&loader, &FundingFiguresLoader::loaded);
    QList<quint64> numbers;
    QList<StoreError::Kind> kinds;
    QStringList messages;
    connect(&loader, &FundingFiguresLoader::failed, this,
            [&](quint64 request, const StoreError &error) {
                numbers << request;
                kinds << error.kind();
                messages << error.message();
            });
    const quint64 number =
        loader.start(*store, {{}, FundingMeasure::Budget, QStringLiteral("USD")});
    QTRY_COMPARE_WITH_TIMEOUT(numbers.size(), 1, 30000);
    QCOMPARE(loaded.count(), 0);
    QVERIFY(!loader.isBusy());
    QCOMPARE(numbers.at(0), number);
    QCOMPARE(kinds.at(0), StoreError::Kind::Damaged);
    QVERIFY2(messages.at(0).contains(QStringLiteral("replaced.sstc")), qPrintable(messages.at(0)));
}

QTEST_GUILESS_MAIN(TestFundingFiguresLoader)
#include "tst_fundingfiguresloader.moc"
