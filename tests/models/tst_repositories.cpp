// The repositories: every field written is read back, updates replace, removals cascade or
// are refused, and a refused write changes nothing.
#include "tests/support/StoreTestSupport.h"
#include "tests/support/TestFolders.h"

#include "models/repositories/AgreementRepository.h"
#include "models/repositories/DocumentRepository.h"
#include "models/repositories/EventRepository.h"
#include "models/repositories/FundingOfferRepository.h"
#include "models/repositories/FundingRepository.h"
#include "models/repositories/IndicatorRepository.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "models/repositories/ReferenceRepository.h"
#include "models/store/PortfolioOpener.h"
#include "models/store/PortfolioStore.h"

#include <QCryptographicHash>
#include <QtTest>

#include <functional>
#include <memory>
#include <optional>

using namespace sstc;

namespace {

template<typename T>
QString show(const std::optional<T> &value)
{
    return value ? QString::number(*value) : QStringLiteral("none");
}

QString show(const PartialDate &date)
{
    return date.isNull() ? QStringLiteral("none") : date.toIso();
}

QString show(const Money &money)
{
    return QString::number(money.hundredths) + QLatin1Char(' ') + money.currency;
}

// The kind of the StoreError the call throws, or "none".
QString errorKindOf(const std::function<void()> &call)
{
    try {
        call();
    } catch (const StoreError &error) {
        switch (error.kind()) {
        case StoreError::Kind::InvalidData:
            return QStringLiteral("InvalidData");
        case StoreError::Kind::Failed:
            return QStringLiteral("Failed: ") + error.detail();
        default:
            return QStringLiteral("other: ") + error.detail();
        }
    }
    return QStringLiteral("none");
}

LocalizedText text(const char *en, const char *zh)
{
    return {QString::fromUtf8(en), QString::fromUtf8(zh)};
}

} // namespace

#define COMPARE_TEXT(actual, expected)                                                             \
    do {                                                                                           \
        QCOMPARE((actual).en, (expected).en);                                                      \
        QCOMPARE((actual).zh, (expected).zh);                                                      \
    } while (false)

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void countriesAndRegions();
    void regionsCanBeSavedAgainWhileInUse();
    void themesAndMilestones();
    void organisations();
    void organisationInUseCannotBeRemoved();
    void agreements();
    void agreementRemovalUnlinksAmendments();
    void projects();
    void projectCodesAreUniqueWhenGiven();
    void refusedProjectWritesNothing();
    void projectUpdateReplacesLinks();
    void projectSummaries();
    void projectRemovalCascades();
    void fundingLines();
    void exchangeRates();
    void events();
    void indicators();
    void documents();
    void fundingOffers();

private:
    qint64 addOrganisation(const QString &acronym, const QString &country = QString());
    qint64 addProject(const QString &titleEn);

    TestFolders m_folders;
    std::unique_ptr<PortfolioStore> m_store;
};

void TestRepositories::init()
{
    m_store = PortfolioOpener::open(m_folders.filePath(QStringLiteral("%1.sstc").arg(
                                        QLatin1String(QTest::currentTestFunction()))),
                                    PortfolioOpener::NewFileContent::ReferenceOnly);
    QVERIFY(m_store->wasCreated());
    QCOMPARE(ProjectRepository(*m_store).count(), 0);
}

void TestRepositories::cleanup()
{
    m_store.reset();
}

qint64 TestRepositories::addOrganisation(const QString &acronym, const QString &country)
{
    Organisation organisation;
    organisation.acronym = acronym;
    organisation.name = {acronym + QStringLiteral(" (English)"),
                         acronym + QStringLiteral("（中文）")};
    organisation.type = OrganisationType::Government;
    organisation.countryCode = country;
    return OrganisationRepository(*m_store).insert(organisation);
}

qint64 TestRepositories::addProject(const QString &titleEn)
{
    Project project;
    project.title.en = titleEn;
    return ProjectRepository(*m_store).insert(project);
}

void TestRepositories::countriesAndRegions()
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

void TestRepositories::regionsCanBeSavedAgainWhileInUse()
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

void TestRepositories::themesAndMilestones()
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

void TestRepositories::organisations()
{
    OrganisationRepository repository(*m_store);
    Organisation mohrss;
    mohrss.acronym = QStringLiteral("MOHRSS");
    mohrss.name = text("Ministry of Human Resources and Social Security", "人力资源和社会保障部");
    mohrss.type = OrganisationType::Government;
    mohrss.countryCode = QStringLiteral("CN");
    mohrss.id = repository.insert(mohrss);
    QVERIFY(mohrss.id > 0);

    // No acronym, a Chinese name only, no country.
    Organisation union_;
    union_.name = text("", "中华全国总工会");
    union_.type = OrganisationType::Workers;
    union_.id = repository.insert(union_);

    std::optional<Organisation> found = repository.find(mohrss.id);
    QVERIFY(found);
    QCOMPARE(found->id, mohrss.id);
    QCOMPARE(found->acronym, QStringLiteral("MOHRSS"));
    COMPARE_TEXT(found->name, mohrss.name);
    QCOMPARE(int(found->type), int(OrganisationType::Government));
    QCOMPARE(found->countryCode, QStringLiteral("CN"));

    found = repository.find(union_.id);
    QVERIFY(found);
    QCOMPARE(found->acronym, QString());
    COMPARE_TEXT(found->name, text("", "中华全国总工会"));
    QCOMPARE(int(found->type), int(OrganisationType::Workers));
    QCOMPARE(found->countryCode, QString());

    QCOMPARE(repository.all().size(), 2);
    QCOMPARE(repository.all().at(0).id, mohrss.id);
    QVERIFY(!repository.find(9999));

    // Every type survives the round trip.
    for (OrganisationType type : {OrganisationType::Multilateral, OrganisationType::Employers,
                                  OrganisationType::Academic, OrganisationType::Private}) {
        Organisation other;
        other.name.en = QStringLiteral("Type %1").arg(int(type));
        other.type = type;
        QCOMPARE(int(repository.find(repository.insert(other))->type), int(type));
    }

    mohrss.acronym = QStringLiteral("HRSS");
    mohrss.name.en = QStringLiteral("Renamed ministry");
    mohrss.type = OrganisationType::Academic;
    mohrss.countryCode.clear();
    repository.update(mohrss);
    found = repository.find(mohrss.id);
    QCOMPARE(found->acronym, QStringLiteral("HRSS"));
    COMPARE_TEXT(found->name, text("Renamed ministry", "人力资源和社会保障部"));
    QCOMPARE(int(found->type), int(OrganisationType::Academic));
    QCOMPARE(found->countryCode, QString());

    // Unknown country, no name at all: refused, nothing changed.
    Organisation wrong = mohrss;
    wrong.countryCode = QStringLiteral("XX");
    QCOMPARE(errorKindOf([&] { repository.update(wrong); }), QStringLiteral("InvalidData"));
    wrong.countryCode.clear();
    wrong.name = {};
    QCOMPARE(errorKindOf([&] { repository.insert(wrong); }), QStringLiteral("InvalidData"));
    QCOMPARE(repository.find(mohrss.id)->name.en, QStringLiteral("Renamed ministry"));
    QCOMPARE(repository.all().size(), 6);

    repository.remove(union_.id);
    QVERIFY(!repository.find(union_.id));
    QCOMPARE(repository.all().size(), 5);
}

void TestRepositories::organisationInUseCannotBeRemoved()
{
    OrganisationRepository organisations(*m_store);
    const qint64 funder = addOrganisation(QStringLiteral("MOHRSS"), QStringLiteral("CN"));
    const qint64 signatory = addOrganisation(QStringLiteral("ILO"));
    const qint64 unused = addOrganisation(QStringLiteral("UNUSED"));

    Project project;
    project.title.en = QStringLiteral("Funded project");
    project.organisations = {{funder, OrganisationRole::Funding}};
    const qint64 projectId = ProjectRepository(*m_store).insert(project);

    Agreement agreement;
    agreement.title.en = QStringLiteral("MOU");
    agreement.parties = {{signatory, text("Guy Ryder", "盖·莱德"), {}}};
    const qint64 agreementId = AgreementRepository(*m_store).insert(agreement);

    QCOMPARE(errorKindOf([&] { organisations.remove(funder); }), QStringLiteral("InvalidData"));
    QCOMPARE(errorKindOf([&] { organisations.remove(signatory); }), QStringLiteral("InvalidData"));
    QVERIFY(organisations.find(funder));
    QVERIFY(organisations.find(signatory));
    QCOMPARE(ProjectRepository(*m_store).find(projectId)->organisations.size(), 1);
    QCOMPARE(AgreementRepository(*m_store).find(agreementId)->parties.size(), 1);

    organisations.remove(unused);
    QCOMPARE(organisations.all().size(), 2);
}

void TestRepositories::agreements()
{
    const qint64 ilo = addOrganisation(QStringLiteral("ILO"));
    const qint64 mohrss = addOrganisation(QStringLiteral("MOHRSS"), QStringLiteral("CN"));
    AgreementRepository repository(*m_store);

    Agreement partnership;
    partnership.kind = AgreementKind::Partnership;
    partnership.title = text("Partnership Agreement", "伙伴关系协议");
    partnership.signedOn = PartialDate::fromIso(QStringLiteral("2012"));
    partnership.parties = {{ilo, {}, {}}, {mohrss, {}, {}}};
    partnership.id = repository.insert(partnership);

    Agreement mou;
    mou.kind = AgreementKind::Mou;
    mou.title = text("MOU on a Strategic Partnership", "战略伙伴关系谅解备忘录");
    mou.signedOn = PartialDate::fromIso(QStringLiteral("2016-09-06"));
    mou.signedPlace = text("Beijing", "北京");
    mou.validFrom = PartialDate::fromIso(QStringLiteral("2016-09"));
    mou.validTo = PartialDate::fromIso(QStringLiteral("2021"));
    mou.summary = text("A strategic partnership.", "战略伙伴关系。");
    mou.supersedesId = partnership.id;
    // Parties in their order, the MOHRSS first.
    mou.parties = {
        {mohrss, text("Yin Weimin", "尹蔚民"),
         text("Minister of Human Resources and Social Security", "人力资源和社会保障部部长")},
        {ilo, text("Guy Ryder", "盖·莱德"), text("Director-General", "总干事")}};
    mou.id = repository.insert(mou);

    Agreement amendment;
    amendment.kind = AgreementKind::Amendment;
    amendment.title = text("Addendum", "");
    amendment.signedOn = PartialDate::fromIso(QStringLiteral("2016"));
    amendment.amendsId = partnership.id;
    amendment.id = repository.insert(amendment);

    Agreement programme;
    programme.kind = AgreementKind::WorkProgramme;
    programme.title = text("", "工作计划");
    programme.validFrom = PartialDate::fromIso(QStringLiteral("2014"));
    programme.validTo = PartialDate::fromIso(QStringLiteral("2015"));
    programme.id = repository.insert(programme);

    Agreement undated;
    undated.kind = AgreementKind::Dwcp;
    undated.title = text("Undated programme", "");
    undated.id = repository.insert(undated);

    const std::optional<Agreement> found = repository.find(mou.id);
    QVERIFY(found);
    QCOMPARE(found->id, mou.id);
    QCOMPARE(int(found->kind), int(AgreementKind::Mou));
    COMPARE_TEXT(found->title, mou.title);
    QCOMPARE(show(found->signedOn), QStringLiteral("2016-09-06"));
    COMPARE_TEXT(found->signedPlace, mou.signedPlace);
    QCOMPARE(show(found->validFrom), QStringLiteral("2016-09"));
    QCOMPARE(found->validFrom.precision(), PartialDate::Precision::Month);
    QCOMPARE(show(found->validTo), QStringLiteral("2021"));
    COMPARE_TEXT(found->summary, mou.summary);
    QCOMPARE(found->amendsId, 0);
    QCOMPARE(found->supersedesId, partnership.id);
    QCOMPARE(found->parties.size(), 2);
    QCOMPARE(found->parties.at(0).organisationId, mohrss);
    COMPARE_TEXT(found->parties.at(0).signatoryName, text("Yin Weimin", "尹蔚民"));
    COMPARE_TEXT(
        found->parties.at(0).signatoryTitle,
        text("Minister of Human Resources and Social Security", "人力资源和社会保障部部长"));
    QCOMPARE(found->parties.at(1).organisationId, ilo);
    COMPARE_TEXT(found->parties.at(1).signatoryName, text("Guy Ryder", "盖·莱德"));
    COMPARE_TEXT(found->parties.at(1).signatoryTitle, text("Director-General", "总干事"));

    const Agreement readAmendment = *repository.find(amendment.id);
    QCOMPARE(int(readAmendment.kind), int(AgreementKind::Amendment));
    QCOMPARE(readAmendment.amendsId, partnership.id);
    QCOMPARE(readAmendment.supersedesId, 0);
    QVERIFY(readAmendment.parties.isEmpty());
    QVERIFY(readAmendment.signedPlace.isEmpty());
    QVERIFY(readAmendment.validFrom.isNull());
    QCOMPARE(int(repository.find(programme.id)->kind), int(AgreementKind::WorkProgramme));
    QCOMPARE(int(repository.find(undated.id)->kind), int(AgreementKind::Dwcp));

    // In the order of signing (or of validity), undated last.
    QList<qint64> order;
    for (const Agreement &agreement : repository.all())
        order << agreement.id;
    QCOMPARE(order,
             (QList<qint64>{partnership.id, programme.id, amendment.id, mou.id, undated.id}));

    // Update replaces the parties.
    Agreement changed = *found;
    changed.title.zh = QStringLiteral("更新");
    changed.signedPlace = {};
    changed.parties = {{ilo, text("Gilbert F. Houngbo", ""), {}}};
    repository.update(changed);
    const Agreement updated = *repository.find(mou.id);
    QCOMPARE(updated.title.zh, QStringLiteral("更新"));
    QVERIFY(updated.signedPlace.isEmpty());
    QCOMPARE(updated.parties.size(), 1);
    QCOMPARE(updated.parties.at(0).organisationId, ilo);
    COMPARE_TEXT(updated.parties.at(0).signatoryName, text("Gilbert F. Houngbo", ""));
    QVERIFY(updated.parties.at(0).signatoryTitle.isEmpty());
    QCOMPARE(repository.find(partnership.id)->parties.size(), 2);

    // A party that is not an organisation, or a title in no language: refused, unchanged.
    Agreement wrong = updated;
    wrong.parties = {{ilo, {}, {}}, {424242, {}, {}}};
    QCOMPARE(errorKindOf([&] { repository.update(wrong); }), QStringLiteral("InvalidData"));
    wrong = updated;
    wrong.title = {};
    QCOMPARE(errorKindOf([&] { repository.update(wrong); }), QStringLiteral("InvalidData"));
    wrong = updated;
    wrong.amendsId = wrong.id; // an agreement cannot amend itself
    QCOMPARE(errorKindOf([&] { repository.update(wrong); }), QStringLiteral("InvalidData"));
    const Agreement unchanged = *repository.find(mou.id);
    COMPARE_TEXT(unchanged.title, updated.title);
    QCOMPARE(unchanged.parties.size(), 1);
    QCOMPARE(unchanged.amendsId, 0);
}

void TestRepositories::agreementRemovalUnlinksAmendments()
{
    const qint64 ilo = addOrganisation(QStringLiteral("ILO"));
    AgreementRepository repository(*m_store);
    Agreement base;
    base.kind = AgreementKind::Partnership;
    base.title.en = QStringLiteral("Base");
    base.parties = {{ilo, {}, {}}};
    base.id = repository.insert(base);
    Agreement amendment;
    amendment.kind = AgreementKind::Amendment;
    amendment.title.en = QStringLiteral("Amendment");
    amendment.amendsId = base.id;
    amendment.supersedesId = base.id;
    amendment.id = repository.insert(amendment);
    Project project;
    project.title.en = QStringLiteral("Resting on the base agreement");
    project.agreementId = base.id;
    const qint64 projectId = ProjectRepository(*m_store).insert(project);

    repository.remove(base.id);
    QVERIFY(!repository.find(base.id));
    const Agreement left = *repository.find(amendment.id);
    QCOMPARE(left.amendsId, 0);
    QCOMPARE(left.supersedesId, 0);
    QCOMPARE(ProjectRepository(*m_store).find(projectId)->agreementId, 0);
    QSqlQuery parties = m_store->run(QStringLiteral("SELECT COUNT(*) FROM agreement_parties"));
    QVERIFY(parties.next());
    QCOMPARE(parties.value(0).toInt(), 0);
}

void TestRepositories::projects()
{
    const qint64 mohrss = addOrganisation(QStringLiteral("MOHRSS"), QStringLiteral("CN"));
    const qint64 ilo = addOrganisation(QStringLiteral("ILO"));
    const qint64 desa = addOrganisation(QStringLiteral("UN DESA"));
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
    const qint64 parent = addProject(QStringLiteral("Parent"));

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

void TestRepositories::projectCodesAreUniqueWhenGiven()
{
    ProjectRepository repository(*m_store);
    // Projects without a code do not clash with each other…
    addProject(QStringLiteral("First without code"));
    addProject(QStringLiteral("Second without code"));
    Project coded;
    coded.code = QStringLiteral("CHN/1");
    coded.title.en = QStringLiteral("Coded");
    repository.insert(coded);
    // …but a code is given once only.
    coded.title.en = QStringLiteral("Coded again");
    QCOMPARE(errorKindOf([&] { repository.insert(coded); }), QStringLiteral("InvalidData"));
    QCOMPARE(repository.count(), 3);
}

void TestRepositories::refusedProjectWritesNothing()
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

void TestRepositories::projectUpdateReplacesLinks()
{
    const qint64 ilo = addOrganisation(QStringLiteral("ILO"));
    const qint64 mohrss = addOrganisation(QStringLiteral("MOHRSS"));
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

void TestRepositories::projectSummaries()
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
    const qint64 second = addProject(QStringLiteral("Revised"));
    const qint64 third = addProject(QStringLiteral("Unfunded"));

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

void TestRepositories::projectRemovalCascades()
{
    const qint64 mohrss = addOrganisation(QStringLiteral("MOHRSS"));
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
    const qint64 other = addProject(QStringLiteral("Stays"));

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

void TestRepositories::fundingLines()
{
    const qint64 mohrss = addOrganisation(QStringLiteral("MOHRSS"));
    const qint64 project = addProject(QStringLiteral("Funded"));
    const qint64 second = addProject(QStringLiteral("Second"));
    FundingRepository repository(*m_store);

    FundingLine budget;
    budget.projectId = project;
    budget.kind = FundingKind::OriginalBudget;
    budget.amount = {74500012, QStringLiteral("USD")}; // US$745,000.12
    budget.valueDate = PartialDate::fromIso(QStringLiteral("2018-01-15"));
    budget.periodStart = PartialDate::fromIso(QStringLiteral("2018"));
    budget.periodEnd = PartialDate::fromIso(QStringLiteral("2020-12"));
    budget.providerOrganisationId = mohrss;
    budget.note = text("From the 2012 agreement", "来自2012年协议");
    budget.id = repository.insertLine(budget);

    FundingLine pledge;
    pledge.projectId = second;
    pledge.kind = FundingKind::Pledge;
    pledge.amount = Money::units(2000000, QStringLiteral("CNY"));
    pledge.id = repository.insertLine(pledge);

    const QList<FundingLine> lines = repository.linesOfProject(project);
    QCOMPARE(lines.size(), 1);
    const FundingLine &read = lines.first();
    QCOMPARE(read.id, budget.id);
    QCOMPARE(read.projectId, project);
    QCOMPARE(int(read.kind), int(FundingKind::OriginalBudget));
    QCOMPARE(show(read.amount), QStringLiteral("74500012 USD"));
    QCOMPARE(read.amount.value(), 745000.12);
    QCOMPARE(show(read.valueDate), QStringLiteral("2018-01-15"));
    QCOMPARE(show(read.periodStart), QStringLiteral("2018"));
    QCOMPARE(show(read.periodEnd), QStringLiteral("2020-12"));
    QCOMPARE(read.providerOrganisationId, mohrss);
    COMPARE_TEXT(read.note, budget.note);

    const FundingLine readPledge = repository.linesOfProject(second).value(0);
    QCOMPARE(int(readPledge.kind), int(FundingKind::Pledge));
    QCOMPARE(show(readPledge.amount), QStringLiteral("200000000 CNY"));
    QVERIFY(readPledge.valueDate.isNull());
    QCOMPARE(readPledge.providerOrganisationId, 0);
    QVERIFY(readPledge.note.isEmpty());
    QCOMPARE(repository.allLines().size(), 2);

    // Every kind survives.
    for (FundingKind kind :
         {FundingKind::RevisedBudget, FundingKind::Commitment, FundingKind::IncomingFunds,
          FundingKind::Disbursement, FundingKind::Expenditure}) {
        FundingLine line = pledge;
        line.id = 0;
        line.kind = kind;
        line.id = repository.insertLine(line);
        QCOMPARE(int(repository.linesOfProject(second).last().kind), int(kind));
        repository.removeLine(line.id);
    }

    budget.kind = FundingKind::RevisedBudget;
    budget.amount = Money::units(800000, QStringLiteral("EUR"));
    budget.providerOrganisationId = 0;
    budget.note = {};
    budget.periodEnd = {};
    repository.updateLine(budget);
    const FundingLine updated = repository.linesOfProject(project).value(0);
    QCOMPARE(int(updated.kind), int(FundingKind::RevisedBudget));
    QCOMPARE(show(updated.amount), QStringLiteral("80000000 EUR"));
    QCOMPARE(updated.providerOrganisationId, 0);
    QVERIFY(updated.note.isEmpty());
    QVERIFY(updated.periodEnd.isNull());

    // Negative amounts, bad currencies and unknown projects are refused.
    FundingLine wrong = pledge;
    wrong.amount = {-100, QStringLiteral("USD")};
    QCOMPARE(errorKindOf([&] { repository.insertLine(wrong); }), QStringLiteral("InvalidData"));
    wrong.amount = {100, QStringLiteral("US")};
    QCOMPARE(errorKindOf([&] { repository.insertLine(wrong); }), QStringLiteral("InvalidData"));
    wrong.amount = {100, QStringLiteral("USD")};
    wrong.projectId = 9999;
    QCOMPARE(errorKindOf([&] { repository.insertLine(wrong); }), QStringLiteral("InvalidData"));
    QCOMPARE(repository.allLines().size(), 2);

    repository.removeLine(pledge.id);
    QVERIFY(repository.linesOfProject(second).isEmpty());
    QCOMPARE(repository.allLines().size(), 1);
}

void TestRepositories::exchangeRates()
{
    FundingRepository repository(*m_store);
    const QString cny = QStringLiteral("CNY");
    const QString usd = QStringLiteral("USD");
    QVERIFY(!repository.rateOn(cny, usd, QDate(2020, 1, 1)));

    repository.insertRate(
        {0, cny, usd, QDate(2018, 1, 1), 0.1537, QStringLiteral("UN operational rates")});
    const qint64 mid = repository.insertRate({0, cny, usd, QDate(2019, 6, 1), 0.1449, QString()});
    repository.insertRate({0, cny, usd, QDate(2016, 9, 1), 0.1499, QStringLiteral("UN")});
    repository.insertRate({0, cny, QStringLiteral("EUR"), QDate(2019, 1, 1), 0.128, QString()});
    repository.insertRate({0, QStringLiteral("EUR"), usd, QDate(2019, 1, 1), 1.14, QString()});

    const QList<ExchangeRate> rates = repository.rates();
    QCOMPARE(rates.size(), 5);
    // By currency, target currency and date.
    QCOMPARE(rates.at(0).toCurrency, QStringLiteral("EUR"));
    QCOMPARE(rates.at(1).date, QDate(2016, 9, 1));
    QCOMPARE(rates.at(2).date, QDate(2018, 1, 1));
    QCOMPARE(rates.at(2).rate, 0.1537);
    QCOMPARE(rates.at(2).source, QStringLiteral("UN operational rates"));
    QCOMPARE(rates.at(2).currency, cny);
    QCOMPARE(rates.at(2).toCurrency, usd);
    QCOMPARE(rates.at(3).id, mid);
    QCOMPARE(rates.at(4).currency, QStringLiteral("EUR"));

    // The latest rate on or before the date; none before the first.
    QVERIFY(!repository.rateOn(cny, usd, QDate(2016, 8, 31)));
    QCOMPARE(repository.rateOn(cny, usd, QDate(2016, 9, 1))->rate, 0.1499);
    QCOMPARE(repository.rateOn(cny, usd, QDate(2017, 12, 31))->rate, 0.1499);
    QCOMPARE(repository.rateOn(cny, usd, QDate(2018, 1, 1))->rate, 0.1537);
    QCOMPARE(repository.rateOn(cny, usd, QDate(2019, 5, 31))->rate, 0.1537);
    QCOMPARE(repository.rateOn(cny, usd, QDate(2019, 6, 1))->id, mid);
    QCOMPARE(repository.rateOn(cny, usd, QDate(2030, 1, 1))->date, QDate(2019, 6, 1));
    QCOMPARE(repository.rateOn(cny, QStringLiteral("EUR"), QDate(2030, 1, 1))->rate, 0.128);
    QVERIFY(!repository.rateOn(usd, cny, QDate(2030, 1, 1)));

    // One rate per currency pair and day; rates are positive.
    QCOMPARE(errorKindOf([&] {
                 repository.insertRate({0, cny, usd, QDate(2019, 6, 1), 0.15, QString()});
             }),
             QStringLiteral("InvalidData"));
    QCOMPARE(errorKindOf([&] {
                 repository.insertRate({0, cny, usd, QDate(2020, 6, 1), 0, QString()});
             }),
             QStringLiteral("InvalidData"));
    QCOMPARE(repository.rates().size(), 5);

    repository.removeRate(mid);
    QCOMPARE(repository.rates().size(), 4);
    QCOMPARE(repository.rateOn(cny, usd, QDate(2030, 1, 1))->date, QDate(2018, 1, 1));
}

void TestRepositories::events()
{
    const qint64 project = addProject(QStringLiteral("Seminar project"));
    Agreement programme;
    programme.kind = AgreementKind::WorkProgramme;
    programme.title.en = QStringLiteral("Work programme");
    const qint64 agreement = AgreementRepository(*m_store).insert(programme);
    EventRepository repository(*m_store);

    Event seminar;
    seminar.projectId = project;
    seminar.kind = EventKind::Seminar;
    seminar.title = text("High-Level Seminar", "高级别研讨会");
    seminar.startOn = PartialDate::fromIso(QStringLiteral("2016-09-06"));
    seminar.endOn = PartialDate::fromIso(QStringLiteral("2016-09-08"));
    seminar.place = text("Beijing", "北京");
    seminar.countryCode = QStringLiteral("CN");
    seminar.participants.total = 90;
    seminar.participants.government = 40;
    seminar.participants.workers = 12;
    seminar.participants.employers = 11;
    seminar.participants.women = 35;
    seminar.participants.men = 55;
    seminar.description = text("Panel on good practices.", "良好做法专题讨论。");
    seminar.outputs = {
        {OutputKind::Article, std::nullopt, text("A series of articles", "系列文章")},
        {OutputKind::Video, 10, text("Videos", "视频")},
        {OutputKind::Publication, 0, {}}};
    seminar.id = repository.insert(seminar);

    Event workshop;
    workshop.projectId = project;
    workshop.kind = EventKind::Workshop;
    workshop.title = text("Future of Work workshops", "");
    workshop.startOn = PartialDate::fromIso(QStringLiteral("2018"));
    workshop.participants.total = 150;
    workshop.participants.totalIsMinimum = true;
    workshop.participants.workers = 16;
    workshop.participants.employers = 20;
    workshop.participants.government = 23;
    workshop.id = repository.insert(workshop);

    Event wageSeminar;
    wageSeminar.agreementId = agreement; // of a work programme, not of a project
    wageSeminar.kind = EventKind::StudyVisit;
    wageSeminar.title = text("", "工资确定研讨会");
    wageSeminar.id = repository.insert(wageSeminar);

    const Event read = *repository.find(seminar.id);
    QCOMPARE(read.id, seminar.id);
    QCOMPARE(read.projectId, project);
    QCOMPARE(read.agreementId, 0);
    QCOMPARE(int(read.kind), int(EventKind::Seminar));
    COMPARE_TEXT(read.title, seminar.title);
    QCOMPARE(show(read.startOn), QStringLiteral("2016-09-06"));
    QCOMPARE(show(read.endOn), QStringLiteral("2016-09-08"));
    COMPARE_TEXT(read.place, seminar.place);
    QCOMPARE(read.countryCode, QStringLiteral("CN"));
    QCOMPARE(show(read.participants.total), QStringLiteral("90"));
    QVERIFY(!read.participants.totalIsMinimum);
    QCOMPARE(show(read.participants.government), QStringLiteral("40"));
    QCOMPARE(show(read.participants.workers), QStringLiteral("12"));
    QCOMPARE(show(read.participants.employers), QStringLiteral("11"));
    QCOMPARE(show(read.participants.women), QStringLiteral("35"));
    QCOMPARE(show(read.participants.men), QStringLiteral("55"));
    COMPARE_TEXT(read.description, seminar.description);
    QCOMPARE(read.outputs.size(), 3);
    QCOMPARE(int(read.outputs.at(0).kind), int(OutputKind::Article));
    QCOMPARE(show(read.outputs.at(0).quantity), QStringLiteral("none"));
    COMPARE_TEXT(read.outputs.at(0).description, text("A series of articles", "系列文章"));
    QCOMPARE(int(read.outputs.at(1).kind), int(OutputKind::Video));
    QCOMPARE(show(read.outputs.at(1).quantity), QStringLiteral("10"));
    QCOMPARE(int(read.outputs.at(2).kind), int(OutputKind::Publication));
    QCOMPARE(show(read.outputs.at(2).quantity), QStringLiteral("0"));

    const Event readWorkshop = *repository.find(workshop.id);
    QCOMPARE(show(readWorkshop.participants.total), QStringLiteral("150"));
    QVERIFY(readWorkshop.participants.totalIsMinimum);
    QCOMPARE(show(readWorkshop.participants.workers), QStringLiteral("16"));
    QCOMPARE(show(readWorkshop.participants.employers), QStringLiteral("20"));
    QCOMPARE(show(readWorkshop.participants.government), QStringLiteral("23"));
    QCOMPARE(show(readWorkshop.participants.women), QStringLiteral("none"));
    QCOMPARE(show(readWorkshop.participants.men), QStringLiteral("none"));
    QCOMPARE(readWorkshop.countryCode, QString());
    QVERIFY(readWorkshop.outputs.isEmpty());
    QVERIFY(readWorkshop.endOn.isNull());

    const Event readWage = *repository.find(wageSeminar.id);
    QCOMPARE(readWage.projectId, 0);
    QCOMPARE(readWage.agreementId, agreement);
    QCOMPARE(int(readWage.kind), int(EventKind::StudyVisit));

    // By start date, undated last.
    QList<qint64> order;
    for (const Event &event : repository.all())
        order << event.id;
    QCOMPARE(order, (QList<qint64>{seminar.id, workshop.id, wageSeminar.id}));
    QCOMPARE(repository.ofProject(project).size(), 2);

    // Update replaces the outputs.
    Event changed = read;
    changed.kind = EventKind::Conference;
    changed.participants.total.reset();
    changed.participants.women.reset();
    changed.outputs = {{OutputKind::Other, 3, text("Photos", "照片")}};
    repository.update(changed);
    const Event updated = *repository.find(seminar.id);
    QCOMPARE(int(updated.kind), int(EventKind::Conference));
    QCOMPARE(show(updated.participants.total), QStringLiteral("none"));
    QCOMPARE(show(updated.participants.women), QStringLiteral("none"));
    QCOMPARE(show(updated.participants.men), QStringLiteral("55"));
    QCOMPARE(updated.outputs.size(), 1);
    QCOMPARE(int(updated.outputs.at(0).kind), int(OutputKind::Other));
    COMPARE_TEXT(updated.outputs.at(0).description, text("Photos", "照片"));

    // An event must belong somewhere; counts cannot be negative.
    Event orphan;
    orphan.kind = EventKind::Training;
    orphan.title.en = QStringLiteral("Orphan");
    QCOMPARE(errorKindOf([&] { repository.insert(orphan); }), QStringLiteral("InvalidData"));
    orphan.projectId = project;
    orphan.participants.total = -1;
    QCOMPARE(errorKindOf([&] { repository.insert(orphan); }), QStringLiteral("InvalidData"));
    orphan.participants.total = 5;
    orphan.outputs = {{OutputKind::Video, -2, {}}};
    QCOMPARE(errorKindOf([&] { repository.insert(orphan); }), QStringLiteral("InvalidData"));
    QCOMPARE(repository.all().size(), 3);

    repository.remove(seminar.id);
    QVERIFY(!repository.find(seminar.id));
    QSqlQuery outputs = m_store->run(QStringLiteral("SELECT COUNT(*) FROM event_outputs"));
    QVERIFY(outputs.next());
    QCOMPARE(outputs.value(0).toInt(), 0);
}

void TestRepositories::indicators()
{
    const qint64 project = addProject(QStringLiteral("Skills in ASEAN"));
    const qint64 other = addProject(QStringLiteral("Other"));
    IndicatorRepository repository(*m_store);

    Indicator people;
    people.projectId = project;
    people.title = text("People who accessed employment services", "获得就业服务的人数");
    people.unit = text("people", "人");
    people.measure = IndicatorMeasure::Unit;
    people.baseline = 1200.5;
    people.baselineYear = 2018;
    IndicatorPeriod first;
    first.start = PartialDate::fromIso(QStringLiteral("2018"));
    first.end = PartialDate::fromIso(QStringLiteral("2021-06"));
    first.target = 100000;
    first.actual = 105718;
    first.targetWomen = 50000;
    first.targetMen = 50000;
    first.actualWomen = 58178;
    first.actualMen = 47540;
    IndicatorPeriod second;
    second.actual = 46000;
    second.actualIsMinimum = true;
    people.periods = {first, second};
    people.id = repository.insert(people);

    Indicator share;
    share.projectId = other;
    share.title = text("", "覆盖率");
    share.measure = IndicatorMeasure::Percentage;
    share.id = repository.insert(share);

    const QList<Indicator> ofProject = repository.ofProject(project);
    QCOMPARE(ofProject.size(), 1);
    const Indicator &read = ofProject.first();
    QCOMPARE(read.id, people.id);
    QCOMPARE(read.projectId, project);
    COMPARE_TEXT(read.title, people.title);
    COMPARE_TEXT(read.unit, people.unit);
    QCOMPARE(int(read.measure), int(IndicatorMeasure::Unit));
    QCOMPARE(show(read.baseline), QStringLiteral("1200.5"));
    QCOMPARE(show(read.baselineYear), QStringLiteral("2018"));
    QCOMPARE(read.periods.size(), 2);
    const IndicatorPeriod &p1 = read.periods.at(0);
    QCOMPARE(show(p1.start), QStringLiteral("2018"));
    QCOMPARE(show(p1.end), QStringLiteral("2021-06"));
    QCOMPARE(show(p1.target), QStringLiteral("100000"));
    QCOMPARE(show(p1.actual), QStringLiteral("105718"));
    QVERIFY(!p1.actualIsMinimum);
    QCOMPARE(show(p1.targetWomen), QStringLiteral("50000"));
    QCOMPARE(show(p1.targetMen), QStringLiteral("50000"));
    QCOMPARE(show(p1.actualWomen), QStringLiteral("58178"));
    QCOMPARE(show(p1.actualMen), QStringLiteral("47540"));
    const IndicatorPeriod &p2 = read.periods.at(1);
    QVERIFY(p2.start.isNull() && p2.end.isNull());
    QCOMPARE(show(p2.target), QStringLiteral("none"));
    QCOMPARE(show(p2.actual), QStringLiteral("46000"));
    QVERIFY(p2.actualIsMinimum);
    QCOMPARE(show(p2.actualWomen), QStringLiteral("none"));

    const Indicator readShare = repository.ofProject(other).value(0);
    QCOMPARE(int(readShare.measure), int(IndicatorMeasure::Percentage));
    QCOMPARE(show(readShare.baseline), QStringLiteral("none"));
    QCOMPARE(show(readShare.baselineYear), QStringLiteral("none"));
    QVERIFY(readShare.periods.isEmpty());
    QVERIFY(readShare.unit.isEmpty());
    QCOMPARE(repository.all().size(), 2);

    // Update replaces the periods.
    Indicator changed = read;
    changed.measure = IndicatorMeasure::Qualitative;
    changed.baseline.reset();
    changed.periods = {second};
    changed.periods[0].actualIsMinimum = false;
    repository.update(changed);
    const Indicator updated = repository.ofProject(project).value(0);
    QCOMPARE(int(updated.measure), int(IndicatorMeasure::Qualitative));
    QCOMPARE(show(updated.baseline), QStringLiteral("none"));
    QCOMPARE(updated.periods.size(), 1);
    QVERIFY(!updated.periods.at(0).actualIsMinimum);

    Indicator wrong = changed;
    wrong.title = {};
    QCOMPARE(errorKindOf([&] { repository.update(wrong); }), QStringLiteral("InvalidData"));
    QCOMPARE(repository.ofProject(project).value(0).title.en, people.title.en);

    repository.remove(people.id);
    QVERIFY(repository.ofProject(project).isEmpty());
    QCOMPARE(repository.all().size(), 1);
    QSqlQuery periods = m_store->run(QStringLiteral("SELECT COUNT(*) FROM indicator_periods"));
    QVERIFY(periods.next());
    QCOMPARE(periods.value(0).toInt(), 0);
}

void TestRepositories::documents()
{
    const qint64 project = addProject(QStringLiteral("Documented"));
    Agreement mou;
    mou.title.en = QStringLiteral("MOU");
    const qint64 agreement = AgreementRepository(*m_store).insert(mou);
    DocumentRepository repository(*m_store);

    // Binary content with NUL bytes and every byte value, over a megabyte.
    QByteArray content;
    for (int i = 0; i < 1100 * 1024; ++i)
        content.append(char((i * 31 + i / 256) % 256));
    content.prepend(QByteArray("%PDF-1.7\0\0\xff", 11));

    Document signedCopy;
    signedCopy.agreementId = agreement;
    signedCopy.title = text("Signed MOU", "已签署的谅解备忘录");
    signedCopy.kind = DocumentKind::SignedAgreement;
    signedCopy.languageCode = QStringLiteral("zh");
    signedCopy.date = PartialDate::fromIso(QStringLiteral("2016-09-06"));
    signedCopy.fileName = QStringLiteral("谅解备忘录 2016.pdf");
    signedCopy.mimeType = QStringLiteral("application/pdf");
    signedCopy.size = 1;         // not trusted
    signedCopy.sha256 = "wrong"; // not trusted
    signedCopy.id = repository.insert(signedCopy, content);

    Document report;
    report.projectId = project;
    report.title = text("Progress report", "");
    report.kind = DocumentKind::Report;
    report.date = PartialDate::fromIso(QStringLiteral("2019"));
    report.fileName = QStringLiteral("report.txt");
    report.id = repository.insert(report, QByteArray("first line\r\nsecond line\n"));

    Document empty;
    empty.projectId = project;
    empty.kind = DocumentKind::Brochure;
    empty.fileName = QStringLiteral("empty.txt");
    empty.id = repository.insert(empty, QByteArray());

    const QList<Document> ofAgreement = repository.ofAgreement(agreement);
    QCOMPARE(ofAgreement.size(), 1);
    const Document &read = ofAgreement.first();
    QCOMPARE(read.id, signedCopy.id);
    QCOMPARE(read.agreementId, agreement);
    QCOMPARE(read.projectId, 0);
    COMPARE_TEXT(read.title, signedCopy.title);
    QCOMPARE(int(read.kind), int(DocumentKind::SignedAgreement));
    QCOMPARE(read.languageCode, QStringLiteral("zh"));
    QCOMPARE(show(read.date), QStringLiteral("2016-09-06"));
    QCOMPARE(read.fileName, signedCopy.fileName);
    QCOMPARE(read.mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(read.size, qint64(content.size()));
    QCOMPARE(read.sha256, QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const QByteArray readContent = repository.content(signedCopy.id);
    QCOMPARE(readContent.size(), content.size());
    QVERIFY(readContent == content);

    // Lists by date, undated last; the content is read on its own.
    const QList<Document> ofProject = repository.ofProject(project);
    QCOMPARE(ofProject.size(), 2);
    QCOMPARE(ofProject.at(0).id, report.id);
    QCOMPARE(int(ofProject.at(0).kind), int(DocumentKind::Report));
    QCOMPARE(ofProject.at(0).languageCode, QString());
    QCOMPARE(repository.content(report.id), QByteArray("first line\r\nsecond line\n"));
    QCOMPARE(ofProject.at(1).id, empty.id);
    QCOMPARE(int(ofProject.at(1).kind), int(DocumentKind::Brochure));
    QCOMPARE(ofProject.at(1).size, 0);
    QCOMPARE(ofProject.at(1).sha256,
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(repository.content(empty.id), QByteArray());
    QCOMPARE(repository.content(424242), QByteArray());

    // A document belongs to a project or an agreement.
    Document nowhere;
    nowhere.fileName = QStringLiteral("lost.pdf");
    QCOMPARE(errorKindOf([&] { repository.insert(nowhere, "x"); }), QStringLiteral("InvalidData"));

    repository.remove(report.id);
    QCOMPARE(repository.ofProject(project).size(), 1);
    QCOMPARE(repository.content(report.id), QByteArray());
    // Removing the agreement removes its documents.
    AgreementRepository(*m_store).remove(agreement);
    QVERIFY(repository.ofAgreement(agreement).isEmpty());
}

void TestRepositories::fundingOffers()
{
    FundingOfferRepository repository(*m_store);
    FundingOffer workshops;
    workshops.title = text("Knowledge-sharing and technical workshops", "知识共享和技术研讨会");
    workshops.description = text("Inside and outside China.", "在中国境内外举办。");
    workshops.unit = text("per event", "每次活动");
    workshops.unitCost = Money::units(100000, QStringLiteral("USD"));
    workshops.id = repository.insert(workshops);

    FundingOffer training;
    training.title = text("Year-long training", "");
    training.unitCost = {3500050, QStringLiteral("CNY")};
    training.id = repository.insert(training);

    QList<FundingOffer> all = repository.all();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, workshops.id);
    COMPARE_TEXT(all.at(0).title, workshops.title);
    COMPARE_TEXT(all.at(0).description, workshops.description);
    COMPARE_TEXT(all.at(0).unit, workshops.unit);
    QCOMPARE(show(all.at(0).unitCost), QStringLiteral("10000000 USD"));
    QVERIFY(all.at(1).description.isEmpty());
    QVERIFY(all.at(1).unit.isEmpty());
    QCOMPARE(show(all.at(1).unitCost), QStringLiteral("3500050 CNY"));

    workshops.unit = text("per workshop", "每次研讨会");
    workshops.unitCost = Money::units(90000, QStringLiteral("EUR"));
    repository.update(workshops);
    all = repository.all();
    COMPARE_TEXT(all.at(0).unit, text("per workshop", "每次研讨会"));
    QCOMPARE(show(all.at(0).unitCost), QStringLiteral("9000000 EUR"));

    FundingOffer wrong = training;
    wrong.unitCost.hundredths = -1;
    QCOMPARE(errorKindOf([&] { repository.update(wrong); }), QStringLiteral("InvalidData"));
    QCOMPARE(show(repository.all().at(1).unitCost), QStringLiteral("3500050 CNY"));

    repository.remove(workshops.id);
    all = repository.all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).id, training.id);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
