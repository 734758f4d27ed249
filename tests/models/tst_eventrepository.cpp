// Events: every field written is read back, an update replaces the outputs, a refused write
// changes nothing, and removing an event removes its outputs.
#include "tests/support/RepositoryTest.h"
#include "tests/support/RepositoryTestSupport.h"

#include "models/repositories/AgreementRepository.h"
#include "models/repositories/EventRepository.h"

#include <QtTest>

using namespace sstc;
using namespace testsupport;

class TestEventRepository : public RepositoryTest
{
    Q_OBJECT

private slots:
    void events();
};

void TestEventRepository::events()
{
    const qint64 project = addProject(*m_store, QStringLiteral("Seminar project"));
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

QTEST_GUILESS_MAIN(TestEventRepository)
#include "tst_eventrepository.moc"
