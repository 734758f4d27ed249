// Indicators: every field written is read back, an update replaces the periods, a refused
// write changes nothing, and removing an indicator removes its periods.
#include "tests/support/RepositoryTest.h"
#include "tests/support/RepositoryTestSupport.h"

#include "models/repositories/IndicatorRepository.h"

#include <QtTest>

using namespace sstc;
using namespace testsupport;

class TestIndicatorRepository : public RepositoryTest
{
    Q_OBJECT

private slots:
    void indicators();
};

void TestIndicatorRepository::indicators()
{
    const qint64 project = addProject(*m_store, QStringLiteral("Skills in ASEAN"));
    const qint64 other = addProject(*m_store, QStringLiteral("Other"));
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

QTEST_GUILESS_MAIN(TestIndicatorRepository)
#include "tst_indicatorrepository.moc"
