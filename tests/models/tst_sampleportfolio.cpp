// The sample portfolio: a new file filled from resources/sample/portfolio.json holds exactly
// the facts of the source documents.
#include "tests/support/StoreTestSupport.h"
#include "tests/support/TestFolders.h"

#include "models/repositories/AgreementRepository.h"
#include "models/repositories/EventRepository.h"
#include "models/repositories/FundingOfferRepository.h"
#include "models/repositories/FundingRepository.h"
#include "models/repositories/IndicatorRepository.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "models/repositories/ReferenceRepository.h"
#include "models/sample/ReferenceData.h"
#include "models/store/ApplicationIdentity.h"
#include "models/store/PortfolioOpener.h"
#include "models/store/SchemaHistory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <memory>

using namespace sstc;

namespace {

QJsonObject sampleJson()
{
    QFile file(QStringLiteral(SSTC_SOURCE_DIR "/resources/sample/portfolio.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

template<typename T>
QString show(const std::optional<T> &value)
{
    return value ? QString::number(*value) : QStringLiteral("none");
}

} // namespace

class TestSamplePortfolio : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void countsMatchTheDataFile();
    void everyProjectHasBothTitles();
    void socialProtectionProject();
    void amendmentAmendsThe2012Agreement();
    void strategicPartnershipMou();
    void partiesBearTheNamesOfTheirDate();
    void skillsIndicator();
    void seminarEvent();
    void futureOfWorkEvent();
    void unknownFiguresStayEmpty();
    void countries();
    void reopeningAddsNothing();
    void referenceOnlyHasNoProjects();
    void defaultPortfolioIsCreatedWithSample();

private:
    std::optional<Project> projectTitled(const QString &english);
    std::optional<Agreement> agreementTitled(const QString &english);
    std::optional<Event> eventTitled(const QString &startOfEnglish);

    TestFolders m_folders;
    QString m_path;
    std::unique_ptr<PortfolioStore> m_store;
};

void TestSamplePortfolio::initTestCase()
{
    m_path = m_folders.filePath(QStringLiteral("sample.sstc"));
    m_store = PortfolioOpener::open(m_path, PortfolioOpener::NewFileContent::Sample);
    QVERIFY(m_store->wasCreated());
    QCOMPARE(m_store->schemaVersion(), SchemaHistory::standard().latestVersion());
}

void TestSamplePortfolio::cleanupTestCase()
{
    m_store.reset();
}

std::optional<Project> TestSamplePortfolio::projectTitled(const QString &english)
{
    for (const Project &project : ProjectRepository(*m_store).all())
        if (project.title.en == english)
            return project;
    return std::nullopt;
}

std::optional<Agreement> TestSamplePortfolio::agreementTitled(const QString &english)
{
    for (const Agreement &agreement : AgreementRepository(*m_store).all())
        if (agreement.title.en == english)
            return agreement;
    return std::nullopt;
}

std::optional<Event> TestSamplePortfolio::eventTitled(const QString &startOfEnglish)
{
    for (const Event &event : EventRepository(*m_store).all())
        if (event.title.en.startsWith(startOfEnglish))
            return event;
    return std::nullopt;
}

void TestSamplePortfolio::countsMatchTheDataFile()
{
    const QJsonObject json = sampleJson();
    QVERIFY(!json.isEmpty());
    auto size = [&](const char *key) {
        return int(json.value(QLatin1String(key)).toArray().size());
    };

    // The figures of the sources, and the data file agrees with them.
    QCOMPARE(size("projects"), 8);
    QCOMPARE(size("agreements"), 12);
    QCOMPARE(size("events"), 6);
    QCOMPARE(size("funding_offers"), 6);
    QCOMPARE(size("milestones"), 7);
    QCOMPARE(size("organisations"), 11);

    QCOMPARE(ProjectRepository(*m_store).count(), 8);
    QCOMPARE(ProjectRepository(*m_store).all().size(), size("projects"));
    QCOMPARE(AgreementRepository(*m_store).all().size(), size("agreements"));
    QCOMPARE(EventRepository(*m_store).all().size(), size("events"));
    QCOMPARE(FundingOfferRepository(*m_store).all().size(), size("funding_offers"));
    QCOMPARE(ReferenceRepository(*m_store).milestones().size(), size("milestones"));
    QCOMPARE(OrganisationRepository(*m_store).all().size(), size("organisations"));
    QCOMPARE(ReferenceRepository(*m_store).themes().size(), size("themes"));
    QCOMPARE(IndicatorRepository(*m_store).all().size(), size("indicators"));

    int fundingLines = 0;
    for (const QJsonValue &project : json.value(QLatin1String("projects")).toArray())
        fundingLines += project.toObject().value(QLatin1String("funding")).toArray().size();
    QCOMPARE(FundingRepository(*m_store).allLines().size(), fundingLines);

    // The funding offers of the brochure: US$120,000 per year … US$1,500,000.
    QList<qint64> costs;
    for (const FundingOffer &offer : FundingOfferRepository(*m_store).all()) {
        QCOMPARE(offer.unitCost.currency, QStringLiteral("USD"));
        costs << offer.unitCost.hundredths / 100;
    }
    QCOMPARE(costs, (QList<qint64>{120000, 100000, 50000, 35000, 1000000, 1500000}));
}

void TestSamplePortfolio::everyProjectHasBothTitles()
{
    const QList<Project> projects = ProjectRepository(*m_store).all();
    QCOMPARE(projects.size(), 8);
    for (const Project &project : projects) {
        QVERIFY2(!project.title.en.trimmed().isEmpty(), qPrintable(project.title.zh));
        QVERIFY2(!project.title.zh.trimmed().isEmpty(), qPrintable(project.title.en));
        QVERIFY2(!project.description.en.isEmpty() && !project.description.zh.isEmpty(),
                 qPrintable(project.title.en));
        QVERIFY2(project.status, qPrintable(project.title.en));
        // Funded by China through the MOHRSS.
        QVERIFY(!project.organisations.isEmpty());
        QCOMPARE(int(project.organisations.first().role), int(OrganisationRole::Funding));
        QCOMPARE(OrganisationRepository(*m_store)
                     .find(project.organisations.first().organisationId)
                     ->acronym,
                 QStringLiteral("MOHRSS"));
    }
    for (const Agreement &agreement : AgreementRepository(*m_store).all()) {
        QVERIFY2(!agreement.title.en.isEmpty() && !agreement.title.zh.isEmpty(),
                 qPrintable(agreement.title.en));
        QVERIFY2(!agreement.parties.isEmpty(), qPrintable(agreement.title.en));
    }
}

void TestSamplePortfolio::socialProtectionProject()
{
    const std::optional<Project> project = projectTitled(
        QStringLiteral("Achieving SDGs and Ending Poverty through Universal Social Protection"));
    QVERIFY(project);
    QCOMPARE(project->countries.size(), 2);
    QCOMPARE(project->countries.at(0).countryCode, QStringLiteral("KH"));
    QCOMPARE(project->countries.at(1).countryCode, QStringLiteral("PK"));
    QCOMPARE(show(project->countries.at(0).percentage),
             QStringLiteral("none")); // not in the sources
    QCOMPARE(project->plannedStart.toIso(), QStringLiteral("2018"));
    QCOMPARE(project->plannedEnd.toIso(), QStringLiteral("2020"));
    QCOMPARE(project->sdgGoals, (QList<int>{1, 3, 5, 8, 10}));

    const QList<FundingLine> lines = FundingRepository(*m_store).linesOfProject(project->id);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(int(lines.first().kind), int(FundingKind::OriginalBudget));
    QCOMPARE(lines.first().amount.hundredths, qint64(74500000));
    QCOMPARE(lines.first().amount.currency, QStringLiteral("USD"));

    // With UN DESA among the implementers.
    QStringList implementers;
    for (const ParticipatingOrganisation &link : project->organisations)
        if (link.role == OrganisationRole::Implementing)
            implementers << OrganisationRepository(*m_store).find(link.organisationId)->acronym;
    QCOMPARE(implementers, (QStringList{QStringLiteral("ILO"), QStringLiteral("UN DESA")}));

    // The summary the portfolio table shows.
    for (const ProjectSummary &summary : ProjectRepository(*m_store).summaries()) {
        if (summary.id != project->id)
            continue;
        QCOMPARE(summary.budget.size(), 1);
        QCOMPARE(summary.budget.first().hundredths, qint64(74500000));
        QCOMPARE(summary.countries.size(), 2);
        QCOMPARE(summary.countries.at(1).name.en, QStringLiteral("Pakistan"));
    }
}

void TestSamplePortfolio::amendmentAmendsThe2012Agreement()
{
    const QList<Agreement> agreements = AgreementRepository(*m_store).all();
    QList<Agreement> amendments;
    for (const Agreement &agreement : agreements)
        if (agreement.kind == AgreementKind::Amendment)
            amendments << agreement;
    QCOMPARE(amendments.size(), 1);
    const Agreement &amendment = amendments.first();
    QCOMPARE(amendment.signedOn.toIso(), QStringLiteral("2016"));
    QVERIFY(amendment.amendsId != 0);

    const std::optional<Agreement> amended = AgreementRepository(*m_store).find(amendment.amendsId);
    QVERIFY(amended);
    QCOMPARE(int(amended->kind), int(AgreementKind::Partnership));
    QCOMPARE(amended->signedOn.toIso(), QStringLiteral("2012"));
    QVERIFY(amended->title.en.startsWith(QStringLiteral("ILO–MOHRSS Partnership Agreement")));

    // The first project rests on that agreement.
    const std::optional<Project> first =
        projectTitled(QStringLiteral("Expand Employment Services and Enhance Labour Market "
                                     "Information in Cambodia and Lao PDR"));
    QVERIFY(first);
    QCOMPARE(first->agreementId, amended->id);
    QCOMPARE(FundingRepository(*m_store).linesOfProject(first->id).value(0).amount.hundredths,
             qint64(100000000));
}

void TestSamplePortfolio::strategicPartnershipMou()
{
    const std::optional<Agreement> mou = agreementTitled(QStringLiteral(
        "Memorandum of Understanding on a Strategic Partnership between the ILO and MOHRSS"));
    QVERIFY(mou);
    QCOMPARE(int(mou->kind), int(AgreementKind::Mou));
    QCOMPARE(mou->signedOn.toIso(), QStringLiteral("2016-09-06"));
    QCOMPARE(mou->signedOn.precision(), PartialDate::Precision::Day);
    QCOMPARE(mou->signedPlace.en, QStringLiteral("Beijing"));
    QCOMPARE(mou->signedPlace.zh, QStringLiteral("北京"));
    QStringList signatories;
    for (const AgreementParty &party : mou->parties)
        signatories << party.signatoryName.en;
    QCOMPARE(signatories, (QStringList{QStringLiteral("Guy Ryder"), QStringLiteral("Yin Weimin")}));
    QCOMPARE(mou->parties.at(1).signatoryName.zh, QStringLiteral("尹蔚民"));
    QCOMPARE(mou->parties.at(0).signatoryTitle.en, QStringLiteral("Director-General"));
    // It replaces the first MOU of 2001.
    const std::optional<Agreement> first = AgreementRepository(*m_store).find(mou->supersedesId);
    QVERIFY(first);
    QCOMPARE(first->signedOn.toIso(), QStringLiteral("2001"));
}

// The ministry became MOHRSS in 2008: the 2001 MOU was signed with the Ministry of Labour and
// Social Security, and says so in both languages; every later agreement names MOHRSS.
void TestSamplePortfolio::partiesBearTheNamesOfTheirDate()
{
    OrganisationRepository organisations(*m_store);
    const auto partyAcronyms = [&organisations](const Agreement &agreement) {
        QStringList acronyms;
        for (const AgreementParty &party : agreement.parties)
            acronyms << organisations.find(party.organisationId)->acronym;
        return acronyms;
    };
    const std::optional<Agreement> first = agreementTitled(
        QStringLiteral("First Memorandum of Understanding between the ILO and the Ministry of "
                       "Labour and Social Security (now MOHRSS)"));
    QVERIFY(first);
    QCOMPARE(first->signedOn.toIso(), QStringLiteral("2001"));
    QVERIFY2(first->title.zh.contains(QStringLiteral("与劳动和社会保障部（现人力资源和社会保障部）")),
             qPrintable(first->title.zh));
    QCOMPARE(partyAcronyms(*first), (QStringList{QStringLiteral("ILO"), QStringLiteral("MOLSS")}));
    const std::optional<Organisation> ministry =
        organisations.find(first->parties.at(1).organisationId);
    QVERIFY(ministry->name.zh.startsWith(QStringLiteral("中华人民共和国劳动和社会保障部")));
    QVERIFY(ministry->name.en.startsWith(
        QStringLiteral("Ministry of Labour and Social Security of the People's Republic of China")));

    for (const Agreement &agreement : AgreementRepository(*m_store).all()) {
        if (agreement.id == first->id)
            continue;
        const PartialDate date = agreement.signedOn.isNull() ? agreement.validFrom : agreement.signedOn;
        QVERIFY2(date.toIso() >= QStringLiteral("2008"), qPrintable(agreement.title.en));
        QVERIFY2(!partyAcronyms(agreement).contains(QStringLiteral("MOLSS")),
                 qPrintable(agreement.title.en));
        QVERIFY2(!agreement.title.zh.contains(QStringLiteral("劳动和社会保障部")) &&
                     !agreement.summary.zh.contains(QStringLiteral("劳动和社会保障部")),
                 qPrintable(agreement.title.zh));
    }
}

void TestSamplePortfolio::skillsIndicator()
{
    const std::optional<Project> project = projectTitled(QStringLiteral(
        "ILO-China Partnership Project on Strengthening Skills Development in ASEAN Member "
        "Countries"));
    QVERIFY(project);
    const QList<Indicator> indicators = IndicatorRepository(*m_store).ofProject(project->id);
    QCOMPARE(indicators.size(), 2);
    bool found = false;
    for (const Indicator &indicator : indicators) {
        for (const IndicatorPeriod &period : indicator.periods) {
            if (period.actual && *period.actual == 105718) {
                found = true;
                QCOMPARE(show(period.actualWomen), QStringLiteral("58178"));
                QCOMPARE(show(period.actualMen), QStringLiteral("none"));
                QVERIFY(!period.actualIsMinimum);
                QCOMPARE(indicator.unit.en, QStringLiteral("people"));
            }
        }
    }
    QVERIFY(found);

    // "Over 46,000 direct beneficiaries": a minimum.
    bool minimum = false;
    for (const Indicator &indicator : IndicatorRepository(*m_store).all())
        for (const IndicatorPeriod &period : indicator.periods)
            if (period.actual && *period.actual == 46000)
                minimum = period.actualIsMinimum;
    QVERIFY(minimum);
}

void TestSamplePortfolio::seminarEvent()
{
    const std::optional<Event> seminar =
        eventTitled(QStringLiteral("ILO-China-ASEAN High-Level Seminar"));
    QVERIFY(seminar);
    QCOMPARE(int(seminar->kind), int(EventKind::Seminar));
    QCOMPARE(seminar->startOn.toIso(), QStringLiteral("2016-09-06"));
    QCOMPARE(seminar->endOn.toIso(), QStringLiteral("2016-09-08"));
    QCOMPARE(seminar->place.en, QStringLiteral("Beijing"));
    QCOMPARE(seminar->countryCode, QStringLiteral("CN"));
    QCOMPARE(show(seminar->participants.total), QStringLiteral("90"));
    QVERIFY(!seminar->participants.totalIsMinimum);
    QCOMPARE(show(seminar->participants.women), QStringLiteral("none"));
    QCOMPARE(seminar->outputs.size(), 2);
    QCOMPARE(int(seminar->outputs.at(0).kind), int(OutputKind::Article));
    QCOMPARE(show(seminar->outputs.at(0).quantity), QStringLiteral("none")); // "a series"
    QCOMPARE(int(seminar->outputs.at(1).kind), int(OutputKind::Video));
    QCOMPARE(show(seminar->outputs.at(1).quantity), QStringLiteral("10"));
    const std::optional<Project> project = ProjectRepository(*m_store).find(seminar->projectId);
    QVERIFY(project);
    QVERIFY(project->title.en.startsWith(QStringLiteral("ILO-China-ASEAN High-Level Seminar")));
}

void TestSamplePortfolio::futureOfWorkEvent()
{
    const std::optional<Event> event =
        eventTitled(QStringLiteral("Experts' meetings and capacity-building workshops"));
    QVERIFY(event);
    QCOMPARE(int(event->kind), int(EventKind::Workshop));
    QCOMPARE(show(event->participants.total), QStringLiteral("150"));
    QVERIFY(event->participants.totalIsMinimum);
    QCOMPARE(show(event->participants.workers), QStringLiteral("16"));
    QCOMPARE(show(event->participants.employers), QStringLiteral("20"));
    QCOMPARE(show(event->participants.government), QStringLiteral("23"));
    // The ILO's Chinese: 劳动世界的未来 for the future of work, 讲习班 for a workshop.
    QCOMPARE(event->title.zh, QStringLiteral("亚洲劳动世界的未来专家会议和能力建设讲习班"));

    // The wage-setting seminar belongs to the ACFTU–ACTRAV work programme, not to a project.
    const std::optional<Event> wages = eventTitled(QStringLiteral("Seminar on wage setting"));
    QVERIFY(wages);
    QCOMPARE(wages->projectId, 0);
    // "ACTRAV Turin" is the workers' programme of the ILO's training centre, not the Bureau.
    QVERIFY2(wages->description.zh.contains(
                 QStringLiteral("国际劳工组织国际培训中心（都灵）工人活动项目")),
             qPrintable(wages->description.zh));
    QCOMPARE(int(AgreementRepository(*m_store).find(wages->agreementId)->kind),
             int(AgreementKind::WorkProgramme));
}

void TestSamplePortfolio::unknownFiguresStayEmpty()
{
    // The sources give no budget for these projects and no dates for the last one: the sample
    // must not invent any.
    const std::optional<Project> laoKenya = projectTitled(QStringLiteral(
        "Extending Social Protection Coverage to Workers in the Informal Economy in Lao PDR and "
        "Kenya and Leveraging Digital Transformation through South-South Cooperation"));
    QVERIFY(laoKenya);
    QVERIFY(laoKenya->start().isNull());
    QVERIFY(laoKenya->end().isNull());
    QVERIFY(FundingRepository(*m_store).linesOfProject(laoKenya->id).isEmpty());
    QCOMPARE(laoKenya->countries.size(), 2);
    QCOMPARE(laoKenya->countries.at(1).countryCode, QStringLiteral("KE"));

    int withoutBudget = 0;
    for (const ProjectSummary &summary : ProjectRepository(*m_store).summaries())
        if (summary.budget.isEmpty())
            ++withoutBudget;
    QCOMPARE(withoutBudget, 4);

    // Undated milestones come last.
    const QList<Milestone> milestones = ReferenceRepository(*m_store).milestones();
    QCOMPARE(milestones.first().date.toIso(), QStringLiteral("1919"));
    QVERIFY(milestones.last().date.isNull());
}

void TestSamplePortfolio::countries()
{
    ReferenceRepository reference(*m_store);
    const QList<Country> countries = reference.countries();
    QVERIFY2(countries.size() >= 245 && countries.size() <= 255,
             qPrintable(QString::number(countries.size())));
    QCOMPARE(countries.size(), ReferenceData::countries().size());
    for (const Country &country : countries) {
        QCOMPARE(country.code.size(), 2);
        QVERIFY2(!country.name.en.isEmpty(), qPrintable(country.code));
        QVERIFY2(!country.name.zh.isEmpty(), qPrintable(country.code));
    }
    QCOMPARE(reference.country(QStringLiteral("KH"))->name.zh, QStringLiteral("柬埔寨"));
    QCOMPARE(reference.country(QStringLiteral("LA"))->name.zh, QStringLiteral("老挝"));
    QCOMPARE(reference.country(QStringLiteral("LA"))->name.en, QStringLiteral("Lao PDR"));
    QCOMPARE(reference.country(QStringLiteral("CN"))->name.zh, QStringLiteral("中国"));
    QCOMPARE(reference.country(QStringLiteral("PK"))->name.en, QStringLiteral("Pakistan"));
}

void TestSamplePortfolio::reopeningAddsNothing()
{
    const QString path = m_folders.filePath(QStringLiteral("reopened.sstc"));
    {
        auto store = PortfolioOpener::open(path, PortfolioOpener::NewFileContent::Sample);
        QCOMPARE(ProjectRepository(*store).count(), 8);
    }
    for (int i = 0; i < 2; ++i) {
        auto store = PortfolioOpener::open(path, PortfolioOpener::NewFileContent::Sample);
        QVERIFY(!store->wasCreated());
        QCOMPARE(ProjectRepository(*store).count(), 8);
        QCOMPARE(AgreementRepository(*store).all().size(), 12);
        QCOMPARE(OrganisationRepository(*store).all().size(), 11);
        QCOMPARE(ReferenceRepository(*store).countries().size(), ReferenceData::countries().size());
    }
}

void TestSamplePortfolio::referenceOnlyHasNoProjects()
{
    auto store = PortfolioOpener::open(m_folders.filePath(QStringLiteral("empty.sstc")),
                                       PortfolioOpener::NewFileContent::ReferenceOnly);
    QVERIFY(store->wasCreated());
    QCOMPARE(ProjectRepository(*store).count(), 0);
    QCOMPARE(AgreementRepository(*store).all().size(), 0);
    QCOMPARE(OrganisationRepository(*store).all().size(), 0);
    QCOMPARE(ReferenceRepository(*store).milestones().size(), 0);
    QVERIFY(ReferenceRepository(*store).countries().size() > 200);
}

void TestSamplePortfolio::defaultPortfolioIsCreatedWithSample()
{
    setApplicationIdentity(); // the names the GUI and the command line use
    const QString path = PortfolioStore::defaultPath();
    // TestFolders points the data folder into the temporary folder.
    QVERIFY2(path.startsWith(m_folders.path()), qPrintable(path));
    QVERIFY2(path.endsWith(QStringLiteral("/sstc-desk/portfolio.sstc")), qPrintable(path));
    QVERIFY(!QFileInfo::exists(path));
    {
        auto store = PortfolioOpener::openDefault();
        QVERIFY(store->wasCreated());
        QCOMPARE(ProjectRepository(*store).count(), 8);
    }
    QVERIFY(QFileInfo::exists(path));
    auto again = PortfolioOpener::openDefault();
    QVERIFY(!again->wasCreated());
    QCOMPARE(ProjectRepository(*again).count(), 8);
}

QTEST_GUILESS_MAIN(TestSamplePortfolio)
#include "tst_sampleportfolio.moc"
