// Agreements: every field written is read back, and removing one unlinks its amendments.
#include "tests/support/RepositoryTest.h"
#include "tests/support/RepositoryTestSupport.h"

#include "models/repositories/AgreementRepository.h"
#include "models/repositories/ProjectRepository.h"

#include <QtTest>

using namespace sstc;
using namespace testsupport;

class TestAgreementRepository : public RepositoryTestOnBothBackends
{
    Q_OBJECT

private slots:
    void agreements();
    void agreementRemovalUnlinksAmendments();
};

void TestAgreementRepository::agreements()
{
    const qint64 ilo = addOrganisation(*m_store, QStringLiteral("ILO"));
    const qint64 mohrss = addOrganisation(*m_store, QStringLiteral("MOHRSS"), QStringLiteral("CN"));
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

void TestAgreementRepository::agreementRemovalUnlinksAmendments()
{
    const qint64 ilo = addOrganisation(*m_store, QStringLiteral("ILO"));
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

QTEST_GUILESS_MAIN(TestAgreementRepository)
#include "tst_agreementrepository.moc"
