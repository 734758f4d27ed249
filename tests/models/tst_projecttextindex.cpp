// The in-memory search of project texts: it must find exactly what the SQL search finds, in
// English and Chinese, whatever the case, also when narrowing the previous matches; it is
// read in the background, and the table gives the same rows before and after it is there.
#include "tests/support/TestFolders.h"

#include "models/itemmodels/ProjectTableModel.h"
#include "models/query/ProjectIdQuery.h"
#include "models/query/ProjectTextIndex.h"
#include "models/query/ProjectTextIndexLoader.h"
#include "models/store/PortfolioOpener.h"
#include "models/store/PortfolioStore.h"
#include "models/synthetic/SyntheticPortfolio.h"

#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace sstc;

class TestProjectTextIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsWhatSqlFinds_data();
    void findsWhatSqlFinds();
    void narrowingFindsTheSame();
    void loaderReadsInTheBackground();
    void laterStartOvertakesEarlier();
    void unreadableFileGivesNothing();
    void tableRowsSameBeforeAndAfterIndex();

private:
    QList<qint64> sqlMatches(PortfolioStore &store, const QString &text);
    QList<qint64> indexMatches(const ProjectTextIndex &index, const QString &text);

    TestFolders m_folders;
    std::unique_ptr<PortfolioStore> m_sample;
    std::unique_ptr<PortfolioStore> m_synthetic;
};

void TestProjectTextIndex::initTestCase()
{
    m_sample = PortfolioOpener::open(m_folders.filePath(QStringLiteral("sample.sstc")),
                                     PortfolioOpener::NewFileContent::Sample);
    m_synthetic = PortfolioOpener::open(m_folders.filePath(QStringLiteral("synthetic.sstc")),
                                        PortfolioOpener::NewFileContent::ReferenceOnly);
    SyntheticPortfolio(3, SyntheticSize{QStringLiteral("test"), 300}).fill(*m_synthetic);
}

QList<qint64> TestProjectTextIndex::sqlMatches(PortfolioStore &store, const QString &text)
{
    ProjectFilter filter;
    filter.text = text;
    QList<qint64> ids = ProjectIdQuery(store).matching(filter);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> TestProjectTextIndex::indexMatches(const ProjectTextIndex &index, const QString &text)
{
    QList<qint64> ids;
    for (int position : index.matching(ProjectTextIndex::normalised(text)))
        ids << index.idAt(position);
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestProjectTextIndex::findsWhatSqlFinds_data()
{
    QTest::addColumn<bool>("synthetic");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expectSome");
    struct Query
    {
        QString text;
        bool inSample;
        bool inSynthetic;
    };
    const Query queries[] = {
        {QStringLiteral("skill"), true, true},
        {QStringLiteral("SKILLS Development"), true, true},
        {QStringLiteral("老挝"), true, true},
        {QStringLiteral("劳"), true, true},
        {QStringLiteral("社会保护"), true, true},
        {QStringLiteral("asean"), true, false},
        {QStringLiteral("  social   protection "), true, true},
        {QStringLiteral("s"), true, true},
        {QStringLiteral("zzqx"), false, false},
        {QStringLiteral("100%"), false, false},
    };
    for (const Query &query : queries) {
        QTest::addRow("sample %s", qPrintable(query.text)) << false << query.text << query.inSample;
        QTest::addRow("synthetic %s", qPrintable(query.text))
            << true << query.text << query.inSynthetic;
    }
    QTest::addRow("synthetic code") << true << QStringLiteral("syn-0001") << true;
    QTest::addRow("synthetic kenya zh") << true << QStringLiteral("肯尼亚") << true;
}

void TestProjectTextIndex::findsWhatSqlFinds()
{
    QFETCH(bool, synthetic);
    QFETCH(QString, text);
    QFETCH(bool, expectSome);
    PortfolioStore &store = synthetic ? *m_synthetic : *m_sample;
    const auto index = ProjectTextIndex::read(store);
    const QList<qint64> expected = sqlMatches(store, text);
    QCOMPARE(indexMatches(*index, text), expected);
    QCOMPARE(!expected.isEmpty(), expectSome);
}

void TestProjectTextIndex::narrowingFindsTheSame()
{
    const auto index = ProjectTextIndex::read(*m_synthetic);
    QList<int> previous = index->matching(ProjectTextIndex::normalised(QStringLiteral("s")));
    for (const QString &typed : {QStringLiteral("sk"), QStringLiteral("ski"),
                                 QStringLiteral("skil"), QStringLiteral("skill")}) {
        const QString needle = ProjectTextIndex::normalised(typed);
        const QList<int> narrowed = index->matching(needle, &previous);
        QCOMPARE(narrowed, index->matching(needle));
        QVERIFY(narrowed.size() <= previous.size());
        previous = narrowed;
    }
    QVERIFY(!previous.isEmpty());
}

void TestProjectTextIndex::loaderReadsInTheBackground()
{
    ProjectTextIndexLoader loader;
    QSignalSpy loaded(&loader, &ProjectTextIndexLoader::loaded);
    loader.start(m_synthetic->location());
    QVERIFY(loaded.wait(10000));
    const auto index = loaded.at(0).at(0).value<std::shared_ptr<const ProjectTextIndex>>();
    QVERIFY(index);
    QCOMPARE(index->size(), 300);
    QCOMPARE(indexMatches(*index, QStringLiteral("劳动力迁移")),
             sqlMatches(*m_synthetic, QStringLiteral("劳动力迁移")));
}

void TestProjectTextIndex::laterStartOvertakesEarlier()
{
    ProjectTextIndexLoader loader;
    QSignalSpy loaded(&loader, &ProjectTextIndexLoader::loaded);
    loader.start(m_synthetic->location());
    loader.start(m_sample->location());
    QVERIFY(loaded.wait(10000));
    QTest::qWait(300); // the first read has had time to finish too
    QCOMPARE(loaded.size(), 1);
    const auto index = loaded.at(0).at(0).value<std::shared_ptr<const ProjectTextIndex>>();
    QCOMPARE(index->size(),
             int(ProjectIdQuery(*m_sample)
                     .ordered(ProjectSortKey::Id, Qt::AscendingOrder, Language::English)
                     .size()));
}

void TestProjectTextIndex::unreadableFileGivesNothing()
{
    ProjectTextIndexLoader loader;
    QSignalSpy loaded(&loader, &ProjectTextIndexLoader::loaded);
    loader.start(PortfolioLocation::file(m_folders.filePath(QStringLiteral("missing.sstc"))));
    QVERIFY(!loaded.wait(500));
}

void TestProjectTextIndex::tableRowsSameBeforeAndAfterIndex()
{
    ProjectTableModel model;
    model.setStore(m_synthetic.get());
    QVERIFY(!model.searchesInMemory());
    ProjectFilter filter;
    filter.text = QStringLiteral("Skills");
    filter.statuses = {ProjectStatus::Closed, ProjectStatus::Implementation};
    model.setFilter(filter);
    QList<qint64> bySql;
    for (int row = 0; row < model.rowCount(); ++row)
        bySql << model.projectIdAt(row);
    QVERIFY(!bySql.isEmpty());

    QTRY_VERIFY_WITH_TIMEOUT(model.searchesInMemory(), 10000);
    model.setFilter({});
    model.setFilter(filter);
    QList<qint64> inMemory;
    for (int row = 0; row < model.rowCount(); ++row)
        inMemory << model.projectIdAt(row);
    QCOMPARE(inMemory, bySql);

    // Typing on narrows the matches; deleting widens them again.
    filter.text = QStringLiteral("Skills d");
    model.setFilter(filter);
    const int narrowed = model.rowCount();
    QVERIFY(narrowed <= inMemory.size());
    filter.text = QStringLiteral("kills");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), int(ProjectIdQuery(*m_synthetic).matching(filter).size()));
}

QTEST_GUILESS_MAIN(TestProjectTextIndex)
#include "tst_projecttextindex.moc"
