// The project filter over the sample portfolio: each kind of filter, search in English and
// Chinese through the trigram index and the scan, the index kept in step with changes, and the
// filter in the table model keeping its order.
#include "tests/support/TestFolders.h"

#include "models/itemmodels/ProjectTableModel.h"
#include "models/query/FilterChoices.h"
#include "models/query/ProjectFilter.h"
#include "models/query/ProjectIdQuery.h"
#include "models/repositories/ProjectRepository.h"
#include "models/store/PortfolioOpener.h"
#include "models/store/PortfolioStore.h"
#include "models/store/SchemaHistory.h"

#include <QAbstractItemModelTester>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace sstc;

class TestProjectFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void emptyFilterMatchesAll();
    void byStatus();
    void byCountryDonorImplementerAgreement();
    void bySdgAndTheme();
    void byPeriod();
    void searchesEnglishAndChinese_data();
    void searchesEnglishAndChinese();
    void searchTextIsNeverSql();
    void combinesFilters();
    void jsonRoundTrip();
    void indexFollowsChanges();
    void upgradeIndexesExistingProjects();
    void choicesComeFromThePortfolio();
    void tableKeepsOrderUnderFilter();

private:
    QList<qint64> matching(const ProjectFilter &filter);
    qint64 idOfTitle(const QString &start);

    TestFolders m_folders;
    std::unique_ptr<PortfolioStore> m_store;
};

void TestProjectFilter::initTestCase()
{
    m_store = PortfolioOpener::open(m_folders.filePath(QStringLiteral("sample.sstc")),
                                    PortfolioOpener::NewFileContent::Sample);
}

void TestProjectFilter::cleanupTestCase()
{
    m_store.reset();
}

QList<qint64> TestProjectFilter::matching(const ProjectFilter &filter)
{
    QList<qint64> ids = ProjectIdQuery(*m_store).matching(filter);
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 TestProjectFilter::idOfTitle(const QString &start)
{
    for (const Project &project : ProjectRepository(*m_store).all())
        if (project.title.en.startsWith(start))
            return project.id;
    return 0;
}

void TestProjectFilter::emptyFilterMatchesAll()
{
    QVERIFY(ProjectFilter().isEmpty());
    QCOMPARE(matching({}), (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8}));
    ProjectFilter blank;
    blank.text = QStringLiteral("   ");
    QVERIFY(blank.isEmpty());
    QCOMPARE(matching(blank).size(), 8);
}

void TestProjectFilter::byStatus()
{
    ProjectFilter filter;
    filter.statuses = {ProjectStatus::Implementation};
    QCOMPARE(matching(filter), (QList<qint64>{6, 7, 8}));
    filter.statuses = {ProjectStatus::Implementation, ProjectStatus::Closed};
    QCOMPARE(matching(filter).size(), 8);
    filter.statuses = {ProjectStatus::Pipeline};
    QCOMPARE(matching(filter), QList<qint64>());
}

void TestProjectFilter::byCountryDonorImplementerAgreement()
{
    ProjectFilter filter;
    filter.countryCodes = {QStringLiteral("LA")};
    QCOMPARE(matching(filter), (QList<qint64>{1, 3, 8}));
    filter.countryCodes = {QStringLiteral("LA"), QStringLiteral("PK")};
    QCOMPARE(matching(filter), (QList<qint64>{1, 3, 4, 8}));

    QSqlQuery query = m_store->run(QStringLiteral(
        "SELECT id, acronym FROM organisations WHERE acronym IN ('MOHRSS', 'UN DESA', 'ILO')"));
    QHash<QString, qint64> organisation;
    while (query.next())
        organisation.insert(query.value(1).toString(), query.value(0).toLongLong());
    ProjectFilter donor;
    donor.donorIds = {organisation.value(QStringLiteral("MOHRSS"))};
    QCOMPARE(matching(donor).size(), 8);
    // UN DESA implements one project and funds none.
    donor.donorIds = {organisation.value(QStringLiteral("UN DESA"))};
    QCOMPARE(matching(donor), QList<qint64>());
    ProjectFilter implementer;
    implementer.implementerIds = {organisation.value(QStringLiteral("UN DESA"))};
    QCOMPARE(matching(implementer), (QList<qint64>{4}));

    ProjectFilter agreement;
    agreement.agreementIds = {2, 5};
    QCOMPARE(matching(agreement), (QList<qint64>{1, 2}));
}

void TestProjectFilter::bySdgAndTheme()
{
    ProjectFilter filter;
    filter.sdgGoals = {1};
    QCOMPARE(matching(filter), (QList<qint64>{2, 4, 8}));
    filter.sdgGoals = {8};
    QCOMPARE(matching(filter).size(), 8);
    QSqlQuery theme =
        m_store->run(QStringLiteral("SELECT id FROM themes WHERE key = 'future-of-work'"));
    QVERIFY(theme.next());
    ProjectFilter byTheme;
    byTheme.themeIds = {theme.value(0).toLongLong()};
    QCOMPARE(matching(byTheme), (QList<qint64>{5}));
}

void TestProjectFilter::byPeriod()
{
    // The 2016 seminar (6–8 Sep 2016) and the 2013–2017 project overlap September 2016;
    // undated projects never match a period.
    ProjectFilter filter;
    filter.from = QDate(2016, 9, 1);
    filter.to = QDate(2016, 9, 30);
    QCOMPARE(matching(filter), (QList<qint64>{1, 2}));
    // A year-precision end ("2017") runs to the end of that year.
    filter.from = QDate(2017, 12, 31);
    filter.to = {};
    QVERIFY(matching(filter).contains(1));
    filter.from = QDate(2018, 1, 1);
    QVERIFY(!matching(filter).contains(1));
    QVERIFY(!matching(filter).contains(8));
    // Only an end: projects that started on or before it.
    filter.from = {};
    filter.to = QDate(2015, 6, 30);
    QCOMPARE(matching(filter), (QList<qint64>{1}));
}

void TestProjectFilter::searchesEnglishAndChinese_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("expected");
    // Three characters or more go through the trigram index, fewer through a scan: both
    // must give the same answers.
    QTest::newRow("english, index") << QStringLiteral("Lao") << QList<qint64>{1, 3, 6, 8};
    QTest::newRow("english, other case") << QStringLiteral("lAO pdr") << QList<qint64>{1, 3, 6, 8};
    QTest::newRow("chinese, scan") << QStringLiteral("老挝") << QList<qint64>{1, 3, 6, 8};
    QTest::newRow("chinese, index") << QStringLiteral("社会保护") << QList<qint64>{2, 4, 5, 8};
    QTest::newRow("chinese, one character") << QStringLiteral("挝") << QList<qint64>{1, 3, 6, 8};
    QTest::newRow("description only") << QStringLiteral("ASEAN") << QList<qint64>{2};
    QTest::newRow("nothing") << QStringLiteral("zzzqqq") << QList<qint64>{};
}

void TestProjectFilter::searchesEnglishAndChinese()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, expected);
    ProjectFilter filter;
    filter.text = text;
    const QList<qint64> found = matching(filter);
    if (text == QLatin1String("ASEAN")) // in one title, and perhaps in other descriptions
        QVERIFY(found.contains(2));
    else
        QCOMPARE(found, expected);
}

void TestProjectFilter::searchTextIsNeverSql()
{
    for (const QString &text :
         {QStringLiteral("'; DROP TABLE projects; --"), QStringLiteral("\" OR 1=1 --"),
          QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("%%%"), QStringLiteral("a\"b"),
          QStringLiteral("NEAR(a b)"), QStringLiteral("\\")}) {
        ProjectFilter filter;
        filter.text = text;
        QCOMPARE(matching(filter), QList<qint64>());
    }
    QCOMPARE(ProjectRepository(*m_store).count(), 8);
    // The values are bound, never part of the statement.
    ProjectFilter filter;
    filter.text = QStringLiteral("Lao'--");
    const ProjectCondition condition = ProjectCondition::of(filter, m_store->dialect());
    QVERIFY(!condition.sql.contains(QStringLiteral("Lao")));
    QVERIFY(!condition.values.isEmpty());
}

void TestProjectFilter::combinesFilters()
{
    ProjectFilter filter;
    filter.statuses = {ProjectStatus::Closed};
    filter.countryCodes = {QStringLiteral("LA")};
    filter.sdgGoals = {8};
    QCOMPARE(matching(filter), (QList<qint64>{1, 3}));
    filter.text = QStringLiteral("技能");
    QCOMPARE(matching(filter), (QList<qint64>{3}));
}

void TestProjectFilter::jsonRoundTrip()
{
    ProjectFilter filter;
    filter.statuses = {ProjectStatus::Implementation, ProjectStatus::Suspended};
    filter.countryCodes = {QStringLiteral("LA")};
    filter.donorIds = {3};
    filter.implementerIds = {1, 7};
    filter.agreementIds = {12};
    filter.sdgGoals = {8, 1};
    filter.themeIds = {4};
    filter.from = QDate(2016, 1, 1);
    filter.to = QDate(2026, 12, 31);
    filter.text = QStringLiteral("老挝 employment");
    QCOMPARE(ProjectFilter::fromJson(filter.toJson()), filter);
    QVERIFY(ProjectFilter::fromJson(ProjectFilter().toJson()).isEmpty());
    // Nonsense from a damaged settings file is dropped, not applied.
    QJsonObject bad;
    bad[QStringLiteral("statuses")] = QJsonArray{99, -1, 2};
    bad[QStringLiteral("sdgs")] = QJsonArray{0, 18, 8};
    bad[QStringLiteral("countries")] = QJsonArray{QStringLiteral("LAO"), QStringLiteral("LA")};
    bad[QStringLiteral("from")] = QStringLiteral("not a date");
    const ProjectFilter read = ProjectFilter::fromJson(bad);
    QCOMPARE(read.statuses, QList<ProjectStatus>{ProjectStatus::Implementation});
    QCOMPARE(read.sdgGoals, QList<int>{8});
    QCOMPARE(read.countryCodes, QStringList{QStringLiteral("LA")});
    QVERIFY(!read.from.isValid());
}

void TestProjectFilter::indexFollowsChanges()
{
    ProjectRepository projects(*m_store);
    Project added;
    added.title = {QStringLiteral("Quokka employment pilot"), QStringLiteral("袋鼠就业试点")};
    added.id = projects.insert(added);
    ProjectFilter filter;
    filter.text = QStringLiteral("quokka");
    QCOMPARE(matching(filter), QList<qint64>{added.id});
    filter.text = QStringLiteral("袋鼠就业");
    QCOMPARE(matching(filter), QList<qint64>{added.id});

    added.title.en = QStringLiteral("Wombat employment pilot");
    projects.update(added);
    filter.text = QStringLiteral("quokka");
    QCOMPARE(matching(filter), QList<qint64>());
    filter.text = QStringLiteral("wombat");
    QCOMPARE(matching(filter), QList<qint64>{added.id});

    projects.remove(added.id);
    QCOMPARE(matching(filter), QList<qint64>());
}

void TestProjectFilter::upgradeIndexesExistingProjects()
{
    const QString path = m_folders.filePath(QStringLiteral("version1.sstc"));
    {
        auto old = PortfolioStore::openFile(
            path, SchemaHistory({SchemaHistory::standard().steps().first()}));
        QCOMPARE(old->schemaVersion(), 1);
        // Plain SQL: today's repository writes columns a version-1 file does not have yet.
        old->run(QStringLiteral("INSERT INTO projects (title_en, title_zh) VALUES (?, ?)"),
                 {QStringLiteral("Platypus skills"), QStringLiteral("鸭嘴兽技能")});
    }
    auto store = PortfolioStore::openFile(path);
    QCOMPARE(store->schemaVersion(), SchemaHistory::standard().latestVersion());
    ProjectFilter filter;
    filter.text = QStringLiteral("platypus");
    QCOMPARE(ProjectIdQuery(*store).matching(filter).size(), 1);
    filter.text = QStringLiteral("鸭嘴兽");
    QCOMPARE(ProjectIdQuery(*store).matching(filter).size(), 1);
}

void TestProjectFilter::choicesComeFromThePortfolio()
{
    FilterChoices choices(*m_store);
    QStringList countries;
    for (const FilterChoice &choice : choices.countries())
        countries << choice.value.toString();
    std::sort(countries.begin(), countries.end());
    QCOMPARE(countries, (QStringList{"KE", "KH", "LA", "MM", "PK"}));
    QCOMPARE(choices.sdgGoals(), (QList<int>{1, 3, 5, 8, 10}));
    QCOMPARE(choices.donors().size(), 1);
    QVERIFY(choices.donors().first().label.en.startsWith(QStringLiteral("MOHRSS")));
    QCOMPARE(choices.implementers().size(), 2);
    QCOMPARE(choices.agreements().size(), 3);
    QVERIFY(choices.agreements().first().label.en.startsWith(QStringLiteral("2012 ")));
    QCOMPARE(choices.themes().size(), 6);
}

void TestProjectFilter::tableKeepsOrderUnderFilter()
{
    ProjectTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStore(m_store.get());
    model.sort(ProjectTableModel::Start, Qt::DescendingOrder);
    ProjectFilter filter;
    filter.countryCodes = {QStringLiteral("LA")};
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.totalCount(), 8);
    QStringList starts;
    for (int row = 0; row < model.rowCount(); ++row)
        starts << model.index(row, ProjectTableModel::Start).data(ExportRole).toString();
    QCOMPARE(starts, (QStringList{"2018", "2013", ""}));
    filter.text = QStringLiteral("老挝");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 3);
    filter.text = QStringLiteral("Kenya");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.projectIdAt(0), qint64(8));
    model.setFilter({});
    QCOMPARE(model.rowCount(), 8);
}

QTEST_GUILESS_MAIN(TestProjectFilter)
#include "tst_projectfilter.moc"
