// Projects: every field written is read back, codes are unique, updates replace the links, a
// refused write changes nothing, summaries, and removal cascades.
#include "tests/support/RepositoryTest.h"
#include "tests/support/RepositoryTestSupport.h"

#include "models/repositories/AgreementRepository.h"
#include "models/repositories/DocumentRepository.h"
#include "models/repositories/EventRepository.h"
#include "models/repositories/FundingRepository.h"
#include "models/repositories/IndicatorRepository.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "models/repositories/ReferenceRepository.h"

#include <QtTest>

using namespace sstc;
using namespace testsupport;

class TestProjectRepository : public RepositoryTestOnBothBackends
{
    Q_OBJECT

private slots:
    void projects();
    void projectCodesAreUniqueWhenGiven();
    void refusedProjectWritesNothing();
    void projectUpdateReplacesLinks();
    void projectSummaries();
    void projectRemovalCascades();
};

void TestProjectRepository::projects()
{
    const qint64 mohrss = addOrganisation(*m_store, QStringLiteral("MOHRSS"), QStringLiteral("CN"));
    const qint64 ilo = addOrganisation(*m_store, QStringLiteral("ILO"));
    const qint64 desa = addOrganisation(*m_store, QStringLiteral("UN DESA"));
    Agreement agreement;
    agreement.title.en = QStringLiteral("Partnership");
    const qint64 agreementId = AgreementRepository(*m_store).insert(agreement);
    ReferenceRepository reference(*m_store);
    reference.saveRegions({{QStringLiteral("798"), text("Asia, regional", "")},
                           {QStringLiteral("89"), text("Europe, regional", "")}});
    const qint64 protection = reference.insertTheme(
        {0, QStringLiteral("social-protection"), text("Social protection", "社会保护")});
    const qint64 skills =
        reference.insertTheme({0, QStringLiteral("skills"), text("Skills", "技能")});
    ProjectRepository repository(*m_store);
    const qint64 parent = addProject(*m_store, QStringLiteral("Parent"));

    Project project;
    project.code = QStringLiteral("RAS/18/01/CHN");
    project.title = text("Achieving SDGs and Ending Poverty through Universal Social Protection",
                         "通过全民社会保护实现可持续发展目标并消除贫困");
    project.description = text("Jointly implemented with UN DESA.", "与联合国经社部联合实施。");
    project.status = ProjectStatus::Finalisation;
    project.plannedStart = PartialDate::fromIso(QStringLiteral("2018"));
    project.plannedEnd = PartialDate::fromIso(QStringLiteral("2020-12"));
    project.actualStart = PartialDate::fromIso(QStringLiteral("2018-03-15"));
    project.agreementId = agreementId;
    project.parentProjectId = parent;
    project.organisations = {{mohrss, OrganisationRole::Funding},
                             {ilo, OrganisationRole::Implementing},
                             {desa, OrganisationRole::Implementing},
                             {ilo, OrganisationRole::Accountable}};
    project.countries = {{QStringLiteral("PK"), 40.0}, {QStringLiteral("KH"), 60.0}};
    project.regions = {{QStringLiteral("798"), 12.5}, {QStringLiteral("89"), std::nullopt}};
    project.sdgGoals = {1, 3, 5, 8, 10};
    project.themeIds = {protection, skills};
    project.id = repository.insert(project);
    QVERIFY(project.id > parent);

    const std::optional<Project> found = repository.find(project.id);
    QVERIFY(found);
    QCOMPARE(found->id, project.id);
    QCOMPARE(found->code, project.code);
    COMPARE_TEXT(found->title, project.title);
    COMPARE_TEXT(found->description, project.description);
    QVERIFY(found->status);
    QCOMPARE(int(*found->status), int(ProjectStatus::Finalisation));
    QCOMPARE(show(found->plannedStart), QStringLiteral("2018"));
    QCOMPARE(show(found->plannedEnd), QStringLiteral("2020-12"));
    QCOMPARE(show(found->actualStart), QStringLiteral("2018-03-15"));
    QCOMPARE(show(found->actualEnd), QStringLiteral("none"));
    QCOMPARE(show(found->start()), QStringLiteral("2018-03-15")); // actual when known
    QCOMPARE(show(found->end()), QStringLiteral("2020-12"));      // planned otherwise
    QCOMPARE(found->agreementId, agreementId);
    QCOMPARE(found->parentProjectId, parent);

    QCOMPARE(found->organisations.size(), 4);
    for (int i = 0; i < project.organisations.size(); ++i) {
        QCOMPARE(found->organisations.at(i).organisationId,
                 project.organisations.at(i).organisationId);
        QCOMPARE(int(found->organisations.at(i).role), int(project.organisations.at(i).role));
    }
    // Countries in the order given, with their percentages.
    QCOMPARE(found->countries.size(), 2);
    QCOMPARE(found->countries.at(0).countryCode, QStringLiteral("PK"));
    QCOMPARE(show(found->countries.at(0).percentage), QStringLiteral("40"));
    QCOMPARE(found->countries.at(1).countryCode, QStringLiteral("KH"));
    QCOMPARE(show(found->countries.at(1).percentage), QStringLiteral("60"));
    QCOMPARE(found->regions.size(), 2);
    QCOMPARE(found->regions.at(0).regionCode, QStringLiteral("798"));
    QCOMPARE(show(found->regions.at(0).percentage), QStringLiteral("12.5"));
    QCOMPARE(found->regions.at(1).regionCode, QStringLiteral("89"));
    QCOMPARE(show(found->regions.at(1).percentage), QStringLiteral("none"));
    QCOMPARE(found->sdgGoals, (QList<int>{1, 3, 5, 8, 10}));
    QCOMPARE(found->themeIds, (QList<qint64>{protection, skills}));

    // The bare parent: no status, no dates, no links.
    const Project bare = *repository.find(parent);
    QVERIFY(!bare.status);
    QCOMPARE(bare.code, QString());
    QVERIFY(bare.title.zh.isEmpty());
    QVERIFY(bare.start().isNull());
    QVERIFY(bare.organisations.isEmpty() && bare.countries.isEmpty() && bare.regions.isEmpty() &&
            bare.sdgGoals.isEmpty() && bare.themeIds.isEmpty());
    QCOMPARE(bare.agreementId, 0);
    QCOMPARE(bare.parentProjectId, 0);

    const QList<Project> all = repository.all();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, parent);
    QCOMPARE(all.at(1).countries.size(), 2);
    QCOMPARE(repository.count(), 2);
    QVERIFY(!repository.find(12345));

    // Every status survives.
    for (ProjectStatus status :
         {ProjectStatus::Pipeline, ProjectStatus::Implementation, ProjectStatus::Closed,
          ProjectStatus::Cancelled, ProjectStatus::Suspended}) {
        Project other;
        other.title.zh = QStringLiteral("状态");
        other.status = status;
        QCOMPARE(int(*repository.find(repository.insert(other))->status), int(status));
    }
}

void TestProjectRepository::projectCodesAreUniqueWhenGiven()
{
    ProjectRepository repository(*m_store);
    // Projects without a code do not clash with each other…
    addProject(*m_store, QStringLiteral("First without code"));
    addProject(*m_store, QStringLiteral("Second without code"));
    Project coded;
    coded.code = QStringLiteral("CHN/1");
    coded.title.en = QStringLiteral("Coded");
    repository.insert(coded);
    // …but a code is given once only.
    coded.title.en = QStringLiteral("Coded again");
    QCOMPARE(errorKindOf([&] { repository.insert(coded); }), QStringLiteral("InvalidData"));
    QCOMPARE(repository.count(), 3);
}

void TestProjectRepository::refusedProjectWritesNothing()
{
    ProjectRepository repository(*m_store);
    Project project;
    project.title.en = QStringLiteral("Over-allocated");
    project.countries = {{QStringLiteral("KH"), 60.0}, {QStringLiteral("LA"), 140.0}};
    QCOMPARE(errorKindOf([&] { repository.insert(project); }), QStringLiteral("InvalidData"));
    project.countries = {{QStringLiteral("KH"), std::nullopt}};
    project.sdgGoals = {18};
    QCOMPARE(errorKindOf([&] { repository.insert(project); }), QStringLiteral("InvalidData"));
    project.sdgGoals = {8};
    project.themeIds = {777};
    QCOMPARE(errorKindOf([&] { repository.insert(project); }), QStringLiteral("InvalidData"));
    project.themeIds.clear();
    project.title = {};
    QCOMPARE(errorKindOf([&] { repository.insert(project); }), QStringLiteral("InvalidData"));
    // The project row written before each failing link went with it.
    QCOMPARE(repository.count(), 0);
    QSqlQuery links = m_store->run(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM project_countries) + (SELECT COUNT(*) FROM project_sdgs)"));
    QVERIFY(links.next());
    QCOMPARE(links.value(0).toInt(), 0);
}

void TestProjectRepository::projectUpdateReplacesLinks()
{
    const qint64 ilo = addOrganisation(*m_store, QStringLiteral("ILO"));
    const qint64 mohrss = addOrganisation(*m_store, QStringLiteral("MOHRSS"));
    ProjectRepository repository(*m_store);
    Project project;
    project.title = text("Before", "之前");
    project.status = ProjectStatus::Implementation;
    project.plannedStart = PartialDate::fromIso(QStringLiteral("2022"));
    project.organisations = {{ilo, OrganisationRole::Implementing}};
    project.countries = {{QStringLiteral("KH"), std::nullopt},
                         {QStringLiteral("LA"), std::nullopt}};
    project.sdgGoals = {8};
    project.id = repository.insert(project);

    project.title = text("After", "之后");
    project.status.reset();
    project.plannedStart = {};
    project.actualEnd = PartialDate::fromIso(QStringLiteral("2026-06"));
    project.organisations = {{mohrss, OrganisationRole::Funding},
                             {ilo, OrganisationRole::Extending}};
    project.countries = {{QStringLiteral("KE"), 50.0}, {QStringLiteral("LA"), 50.0}};
    project.sdgGoals = {1, 10};
    repository.update(project);

    const Project updated = *repository.find(project.id);
    COMPARE_TEXT(updated.title, text("After", "之后"));
    QVERIFY(!updated.status);
    QVERIFY(updated.plannedStart.isNull());
    QCOMPARE(show(updated.actualEnd), QStringLiteral("2026-06"));
    QCOMPARE(updated.organisations.size(), 2);
    QCOMPARE(updated.organisations.at(0).organisationId, mohrss);
    QCOMPARE(int(updated.organisations.at(1).role), int(OrganisationRole::Extending));
    QCOMPARE(updated.countries.size(), 2);
    QCOMPARE(updated.countries.at(0).countryCode, QStringLiteral("KE"));
    QCOMPARE(show(updated.countries.at(1).percentage), QStringLiteral("50"));
    QCOMPARE(updated.sdgGoals, (QList<int>{1, 10}));

    // A failing update leaves the project as it was, links included.
    Project wrong = updated;
    wrong.title.en = QStringLiteral("Broken");
    wrong.countries = {{QStringLiteral("ZZ"), std::nullopt}};
    QCOMPARE(errorKindOf([&] { repository.update(wrong); }), QStringLiteral("InvalidData"));
    const Project kept = *repository.find(project.id);
    QCOMPARE(kept.title.en, QStringLiteral("After"));
    QCOMPARE(kept.countries.size(), 2);
    QCOMPARE(kept.organisations.size(), 2);
}

void TestProjectRepository::projectSummaries()
{
    ProjectRepository projects(*m_store);
    FundingRepository funding(*m_store);

    Project first;
    first.code = QStringLiteral("A");
    first.title = text("Employment services", "就业服务");
    first.plannedStart = PartialDate::fromIso(QStringLiteral("2013"));
    first.plannedEnd = PartialDate::fromIso(QStringLiteral("2017"));
    first.actualEnd = PartialDate::fromIso(QStringLiteral("2018-06"));
    first.status = ProjectStatus::Closed;
    first.countries = {{QStringLiteral("LA"), std::nullopt}, {QStringLiteral("KH"), std::nullopt}};
    first.id = projects.insert(first);
    const qint64 second = addProject(*m_store, QStringLiteral("Revised"));
    const qint64 third = addProject(*m_store, QStringLiteral("Unfunded"));

    auto line = [&](qint64 project, FundingKind kind, qint64 hundredths, const char *currency) {
        FundingLine entry;
        entry.projectId = project;
        entry.kind = kind;
        entry.amount = {hundredths, QLatin1String(currency)};
        funding.insertLine(entry);
    };
    line(first.id, FundingKind::OriginalBudget, 60000000, "USD");
    line(first.id, FundingKind::OriginalBudget, 40000000, "USD");
    line(first.id, FundingKind::OriginalBudget, 1000000, "CNY");
    line(first.id, FundingKind::Disbursement, 99999, "USD"); // not a budget
    line(second, FundingKind::OriginalBudget, 100000, "USD");
    line(second, FundingKind::RevisedBudget, 250000, "USD"); // replaces the original
    line(third, FundingKind::Expenditure, 500, "USD");

    const QList<ProjectSummary> summaries = projects.summaries();
    QCOMPARE(summaries.size(), 3);
    const ProjectSummary &a = summaries.at(0);
    QCOMPARE(a.id, first.id);
    QCOMPARE(a.code, QStringLiteral("A"));
    COMPARE_TEXT(a.title, first.title);
    QCOMPARE(show(a.start), QStringLiteral("2013"));
    QCOMPARE(show(a.end), QStringLiteral("2018-06"));
    QVERIFY(a.status);
    QCOMPARE(int(*a.status), int(ProjectStatus::Closed));
    QCOMPARE(a.countries.size(), 2);
    QCOMPARE(a.countries.at(0).code, QStringLiteral("LA")); // in the project's order
    COMPARE_TEXT(a.countries.at(0).name, text("Lao PDR", "老挝"));
    COMPARE_TEXT(a.countries.at(1).name, text("Cambodia", "柬埔寨"));
    QCOMPARE(a.budget.size(), 2);
    QCOMPARE(show(a.budget.at(0)), QStringLiteral("1000000 CNY"));
    QCOMPARE(show(a.budget.at(1)), QStringLiteral("100000000 USD"));

    QCOMPARE(summaries.at(1).budget.size(), 1);
    QCOMPARE(show(summaries.at(1).budget.at(0)), QStringLiteral("250000 USD"));
    QVERIFY(summaries.at(2).budget.isEmpty());
    QVERIFY(summaries.at(2).countries.isEmpty());
    QVERIFY(!summaries.at(2).status);
}

void TestProjectRepository::projectRemovalCascades()
{
    const qint64 mohrss = addOrganisation(*m_store, QStringLiteral("MOHRSS"));
    ProjectRepository projects(*m_store);
    Project project;
    project.title.en = QStringLiteral("To be removed");
    project.organisations = {{mohrss, OrganisationRole::Funding}};
    project.countries = {{QStringLiteral("KH"), std::nullopt}};
    project.sdgGoals = {8};
    const qint64 id = projects.insert(project);
    Project child;
    child.title.en = QStringLiteral("Child");
    child.parentProjectId = id;
    const qint64 childId = projects.insert(child);
    const qint64 other = addProject(*m_store, QStringLiteral("Stays"));

    FundingRepository funding(*m_store);
    FundingLine line;
    line.projectId = id;
    line.amount = Money::units(1000, QStringLiteral("USD"));
    line.providerOrganisationId = mohrss;
    funding.insertLine(line);
    line.projectId = other;
    line.providerOrganisationId = 0;
    const qint64 otherLine = funding.insertLine(line);

    Event event;
    event.projectId = id;
    event.title.en = QStringLiteral("Seminar");
    event.outputs = {{OutputKind::Video, 10, {}}};
    EventRepository(*m_store).insert(event);

    Indicator indicator;
    indicator.projectId = id;
    indicator.title.en = QStringLiteral("People covered");
    indicator.periods = {IndicatorPeriod{}};
    IndicatorRepository(*m_store).insert(indicator);

    Document document;
    document.projectId = id;
    document.fileName = QStringLiteral("report.pdf");
    DocumentRepository(*m_store).insert(document, QByteArray("%PDF-1.4"));

    projects.remove(id);
    QVERIFY(!projects.find(id));
    QCOMPARE(projects.count(), 2);
    QVERIFY(funding.linesOfProject(id).isEmpty());
    QCOMPARE(funding.allLines().size(), 1);
    QCOMPARE(funding.allLines().at(0).id, otherLine);
    QVERIFY(EventRepository(*m_store).ofProject(id).isEmpty());
    QVERIFY(IndicatorRepository(*m_store).ofProject(id).isEmpty());
    QVERIFY(DocumentRepository(*m_store).ofProject(id).isEmpty());
    QCOMPARE(projects.find(childId)->parentProjectId, 0);
    // No orphaned rows in the link tables either.
    for (const char *table : {"project_organisations", "project_countries", "project_sdgs",
                              "event_outputs", "indicator_periods", "documents"}) {
        QSqlQuery count =
            m_store->run(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        QVERIFY(count.next());
        QVERIFY2(count.value(0).toInt() == 0, table);
    }
    // The organisation is free to go now.
    QCOMPARE(errorKindOf([&] { OrganisationRepository(*m_store).remove(mohrss); }),
             QStringLiteral("none"));
    QVERIFY(!OrganisationRepository(*m_store).find(mohrss));
}

QTEST_GUILESS_MAIN(TestProjectRepository)
#include "tst_projectrepository.moc"
