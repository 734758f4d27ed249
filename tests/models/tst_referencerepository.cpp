// The reference lists: countries, regions, themes and milestones, each saved and read back, kept
// in their order, and refused when a code or a name is missing or taken.
#include "tests/support/RepositoryTest.h"
#include "tests/support/RepositoryTestSupport.h"

#include "models/repositories/ProjectRepository.h"
#include "models/repositories/ReferenceRepository.h"

#include <QtTest>

using namespace sstc;
using namespace testsupport;

class TestReferenceRepository : public RepositoryTest
{
    Q_OBJECT

private slots:
    void countriesAndRegions();
    void regionsCanBeSavedAgainWhileInUse();
    void themesAndMilestones();
};

void TestReferenceRepository::countriesAndRegions()
{
    ReferenceRepository repository(*m_store);
    const int countryCount = repository.countries().size();
    QVERIFY(countryCount > 200);
    QVERIFY(!repository.country(QStringLiteral("XK")));

    const std::optional<Country> cambodia = repository.country(QStringLiteral("KH"));
    QVERIFY(cambodia);
    COMPARE_TEXT(cambodia->name, text("Cambodia", "柬埔寨"));
    QVERIFY(!repository.country(QStringLiteral("XX")));

    // Saving updates by code and inserts new codes.
    repository.saveCountries({{QStringLiteral("KH"), text("Kingdom of Cambodia", "柬埔寨王国")},
                              {QStringLiteral("XK"), text("Kosovo", "")}});
    COMPARE_TEXT(repository.country(QStringLiteral("KH"))->name,
                 text("Kingdom of Cambodia", "柬埔寨王国"));
    COMPARE_TEXT(repository.country(QStringLiteral("XK"))->name, text("Kosovo", ""));
    const QList<Country> countries = repository.countries();
    QCOMPARE(countries.size(), countryCount + 1); // KH updated, XK added
    for (int i = 1; i < countries.size(); ++i)
        QVERIFY(countries.at(i - 1).code < countries.at(i).code);

    // A code must have two letters.
    QCOMPARE(errorKindOf([&] {
                 repository.saveCountries({{QStringLiteral("KHM"), text("Cambodia", "")}});
             }),
             QStringLiteral("InvalidData"));
    QVERIFY(!repository.country(QStringLiteral("KHM")));

    QCOMPARE(repository.regions().size(), 0);
    repository.saveRegions({{QStringLiteral("798"), text("Asia, regional", "亚洲区域")},
                            {QStringLiteral("289"), text("South of Sahara, regional", "")}});
    const QList<Region> regions = repository.regions();
    QCOMPARE(regions.size(), 2);
    QCOMPARE(regions.at(0).code, QStringLiteral("289")); // by code
    COMPARE_TEXT(regions.at(0).name, text("South of Sahara, regional", ""));
    QCOMPARE(regions.at(1).code, QStringLiteral("798"));
    COMPARE_TEXT(regions.at(1).name, text("Asia, regional", "亚洲区域"));
}

void TestReferenceRepository::regionsCanBeSavedAgainWhileInUse()
{
    ReferenceRepository repository(*m_store);
    repository.saveRegions({{QStringLiteral("798"), text("Asia, regional", "")}});
    Project project;
    project.title.en = QStringLiteral("Regional project");
    project.regions = {{QStringLiteral("798"), 100.0}};
    const qint64 id = ProjectRepository(*m_store).insert(project);

    // Saving the reference list again (a new name) must not break the project's link.
    QCOMPARE(
        errorKindOf([&] {
            repository.saveRegions({{QStringLiteral("798"), text("Asia, regional", "亚洲区域")}});
        }),
        QStringLiteral("none"));
    COMPARE_TEXT(repository.regions().value(0).name, text("Asia, regional", "亚洲区域"));
    QCOMPARE(ProjectRepository(*m_store).find(id)->regions.size(), 1);
}

void TestReferenceRepository::themesAndMilestones()
{
    ReferenceRepository repository(*m_store);
    const qint64 first = repository.insertTheme(
        {0, QStringLiteral("social-protection"), text("Social protection", "社会保护")});
    const qint64 second =
        repository.insertTheme({0, QStringLiteral("future-of-work"), text("", "未来工作")});
    QVERIFY(first > 0 && second > first);
    const QList<Theme> themes = repository.themes();
    QCOMPARE(themes.size(), 2);
    QCOMPARE(themes.at(0).id, first);
    QCOMPARE(themes.at(0).key, QStringLiteral("social-protection"));
    COMPARE_TEXT(themes.at(0).name, text("Social protection", "社会保护"));
    COMPARE_TEXT(themes.at(1).name, text("", "未来工作"));
    // Keys are unique; a theme needs a name.
    QCOMPARE(errorKindOf([&] {
                 repository.insertTheme({0, QStringLiteral("future-of-work"), text("Again", "")});
             }),
             QStringLiteral("InvalidData"));
    QCOMPARE(errorKindOf([&] {
                 repository.insertTheme({0, QStringLiteral("nameless"), text("", "")});
             }),
             QStringLiteral("InvalidData"));
    QCOMPARE(repository.themes().size(), 2);

    // Milestones come in date order, undated last, each at its own precision.
    repository.insertMilestone({0, PartialDate(), text("Undated fact", "无日期")});
    repository.insertMilestone({0, PartialDate::fromIso(QStringLiteral("1985")),
                                text("Beijing office opens", "北京局成立")});
    repository.insertMilestone(
        {0, PartialDate::fromIso(QStringLiteral("1919")), text("Founding member", "创始成员国")});
    repository.insertMilestone(
        {0, PartialDate::fromIso(QStringLiteral("2016-09-06")), text("MOU", "谅解备忘录")});
    const QList<Milestone> milestones = repository.milestones();
    QCOMPARE(milestones.size(), 4);
    QCOMPARE(show(milestones.at(0).date), QStringLiteral("1919"));
    COMPARE_TEXT(milestones.at(0).title, text("Founding member", "创始成员国"));
    QCOMPARE(show(milestones.at(1).date), QStringLiteral("1985"));
    QCOMPARE(show(milestones.at(2).date), QStringLiteral("2016-09-06"));
    QCOMPARE(milestones.at(2).date.precision(), PartialDate::Precision::Day);
    QVERIFY(milestones.at(3).date.isNull());
    COMPARE_TEXT(milestones.at(3).title, text("Undated fact", "无日期"));
}

QTEST_GUILESS_MAIN(TestReferenceRepository)
#include "tst_referencerepository.moc"
