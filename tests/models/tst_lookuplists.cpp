// The lookup lists saved as a whole: edits, additions and removals in one transaction, an
// organisation in use refused with nothing changed, bad codes caught before saving.
#include "tests/support/TestFolders.h"

#include "models/repositories/LookupListsRepository.h"
#include "models/store/PortfolioOpener.h"
#include "models/store/PortfolioStore.h"
#include "models/store/StoreError.h"

#include <QtTest>

#include <memory>

using namespace sstc;

class TestLookupLists : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editsAddsAndRemoves();
    void organisationInUseIsRefused();
    void problems();

private:
    std::unique_ptr<TestFolders> m_folders;
    std::unique_ptr<PortfolioStore> m_store;
};

void TestLookupLists::init()
{
    m_folders = std::make_unique<TestFolders>();
    m_store = PortfolioOpener::open(m_folders->filePath(QStringLiteral("sample.sstc")),
                                    PortfolioOpener::NewFileContent::Sample);
}

void TestLookupLists::cleanup()
{
    m_store.reset();
    m_folders.reset();
}

void TestLookupLists::editsAddsAndRemoves()
{
    LookupListsRepository repository(*m_store);
    const LookupLists before = repository.load();
    LookupLists lists = before;
    lists.themes[0].name.zh = QStringLiteral("新主题名");
    Theme green;
    green.key = QStringLiteral("green-jobs");
    green.name = {QStringLiteral("Green jobs"), QStringLiteral("绿色就业")};
    lists.themes << green;
    Organisation added;
    added.acronym = QStringLiteral("ACFTU");
    added.name = {QStringLiteral("All-China Federation of Trade Unions"),
                  QStringLiteral("中华全国总工会")};
    added.type = OrganisationType::Workers;
    added.countryCode = QStringLiteral("CN");
    lists.organisations << added;
    // A country no project uses can go.
    const int countriesBefore = int(lists.countries.size());
    lists.countries.removeIf([](const Country &c) { return c.code == QLatin1String("ZW"); });
    QCOMPARE(lists.countries.size(), countriesBefore - 1);
    repository.save(lists);

    const LookupLists after = repository.load();
    QCOMPARE(after.themes.first().name.zh, QStringLiteral("新主题名"));
    QCOMPARE(after.themes.size(), before.themes.size() + 1);
    QCOMPARE(after.themes.last().key, QStringLiteral("green-jobs"));
    QCOMPARE(after.organisations.size(), before.organisations.size() + 1);
    QCOMPARE(after.organisations.last().name.zh, QStringLiteral("中华全国总工会"));
    QCOMPARE(after.countries.size(), countriesBefore - 1);

    // Saving the earlier lists puts everything back, ids and all.
    repository.save(before);
    const LookupLists restored = repository.load();
    QCOMPARE(restored.themes.size(), before.themes.size());
    QCOMPARE(restored.themes.first().name.zh, before.themes.first().name.zh);
    QCOMPARE(restored.organisations.size(), before.organisations.size());
    QCOMPARE(restored.countries.size(), countriesBefore);
}

void TestLookupLists::organisationInUseIsRefused()
{
    LookupListsRepository repository(*m_store);
    const LookupLists before = repository.load();
    LookupLists lists = before;
    lists.themes[0].name.en = QStringLiteral("Changed in the same save");
    // MOHRSS funds every sample project.
    lists.organisations.removeIf(
        [](const Organisation &o) { return o.acronym == QLatin1String("MOHRSS"); });
    QVERIFY_THROWS_EXCEPTION(StoreError, repository.save(lists));
    const LookupLists after = repository.load();
    QCOMPARE(after.organisations.size(), before.organisations.size());
    QCOMPARE(after.themes.first().name.en, before.themes.first().name.en);
}

void TestLookupLists::problems()
{
    LookupLists lists = LookupListsRepository(*m_store).load();
    QVERIFY(lists.problems().isEmpty());
    lists.countries << Country{QStringLiteral("lao"), {QStringLiteral("Laos"), {}}};
    lists.countries << Country{QStringLiteral("LA"), {QStringLiteral("Lao again"), {}}};
    lists.organisations << Organisation{};
    const ValidationProblems problems = lists.problems();
    QStringList fields;
    for (const ValidationProblem &problem : problems)
        fields << problem.field;
    QVERIFY(fields.contains(QStringLiteral("countries/%1/code").arg(lists.countries.size() - 2)));
    QVERIFY(fields.contains(QStringLiteral("countries/%1/code").arg(lists.countries.size() - 1)));
    QVERIFY(fields.contains(
        QStringLiteral("organisations/%1/name").arg(lists.organisations.size() - 1)));
    const int rows = int(LookupListsRepository(*m_store).load().countries.size());
    QVERIFY_THROWS_EXCEPTION(StoreError, LookupListsRepository(*m_store).save(lists));
    QCOMPARE(LookupListsRepository(*m_store).load().countries.size(), rows);
}

QTEST_GUILESS_MAIN(TestLookupLists)
#include "tst_lookuplists.moc"
