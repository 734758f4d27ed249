// Organisations: every field written is read back, and one still in use cannot be removed.
#include "tests/support/RepositoryTest.h"
#include "tests/support/RepositoryTestSupport.h"

#include "models/repositories/AgreementRepository.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/repositories/ProjectRepository.h"

#include <QtTest>

using namespace sstc;
using namespace testsupport;

class TestOrganisationRepository : public RepositoryTest
{
    Q_OBJECT

private slots:
    void organisations();
    void organisationInUseCannotBeRemoved();
};

void TestOrganisationRepository::organisations()
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

void TestOrganisationRepository::organisationInUseCannotBeRemoved()
{
    OrganisationRepository organisations(*m_store);
    const qint64 funder = addOrganisation(*m_store, QStringLiteral("MOHRSS"), QStringLiteral("CN"));
    const qint64 signatory = addOrganisation(*m_store, QStringLiteral("ILO"));
    const qint64 unused = addOrganisation(*m_store, QStringLiteral("UNUSED"));

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

QTEST_GUILESS_MAIN(TestOrganisationRepository)
#include "tst_organisationrepository.moc"
