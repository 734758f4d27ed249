// TimelineHitTester: what lies under a point of a painted frame, found through the same
// geometry the painter uses: bars, event diamonds over bars, agreement lines and labels,
// titles, undated rows and empty space.
#include "models/itemmodels/TimelineModel.h"
#include "ui/timeline/TimelineGeometry.h"
#include "ui/timeline/TimelineHitTester.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QtTest>

using namespace sstc;

namespace {
LocalizedText english(const char *text)
{
    return {QString::fromUtf8(text), {}};
}
} // namespace

class TestTimelineHitTester : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsBars();
    void findsDiamondsOverBars();
    void findsAgreementMarkers();
    void findsRowsAndTitles();
    void missesOutsideTheRows();
    void followsScrolling();

private:
    TimelineHit hitAt(const QPointF &point) const;
    TimelineGeometry geometry() const { return TimelineGeometry(m_scale, m_metrics, m_frame); }

    TimelineModel m_model;
    TimeScale m_scale;
    TimelineMetrics m_metrics;
    TimelineFrame m_frame;
};

void TestTimelineHitTester::initTestCase()
{
    TimelineData data;
    TimelineProject early; // row 0: planned 2014–2015, a seminar in mid-2014
    early.id = 11;
    early.title = english("Early");
    early.status = ProjectStatus::Closed;
    early.plannedStart = PartialDate::year(2014);
    early.plannedEnd = PartialDate::year(2015);
    early.events.append(
        {101, EventKind::Seminar, english("Seminar"), PartialDate::day(QDate(2014, 7, 2)), {}});
    TimelineProject late; // row 1: actual Mar 2017 – Jun 2018
    late.id = 12;
    late.title = english("Late");
    late.status = ProjectStatus::Implementation;
    late.actualStart = PartialDate::month(2017, 3);
    late.actualEnd = PartialDate::month(2018, 6);
    TimelineProject undated; // row 2
    undated.id = 13;
    undated.title = english("Undated");
    data.projects = {undated, late, early};
    data.agreements.append(
        {201, AgreementKind::Mou, english("Memorandum"), PartialDate::day(QDate(2016, 9, 6))});
    m_model.setTimeline(data);

    m_metrics.font = QGuiApplication::font();
    m_metrics.rowHeight = 30;
    m_metrics.titleWidth = 200;
    m_metrics.laneHeight = 20;
    m_metrics.markerLanes = 2;
    m_metrics.scaleHeight = 20;
    // 1 px a day from 1 Jan 2014: the chart starts at x = 200, the rows at y = 60.
    m_scale = TimeScale(QDate(2014, 1, 1), 1.0);
    m_frame.rect = QRectF(0, 0, 1800, 400);
    m_frame.showVisibleRows(m_metrics, m_model.rowCount());
}

TimelineHit TestTimelineHitTester::hitAt(const QPointF &point) const
{
    TimelineHitTester tester(m_model, m_scale, m_metrics);
    tester.setToday(QDate(2020, 1, 1));
    return tester.hit(point, m_frame);
}

void TestTimelineHitTester::findsBars()
{
    QCOMPARE(m_model.projectIdAt(0), 11);
    // 1 Jan 2015 is day 365: x = 565; row 0 is y 60–90, its bar 66–84.
    TimelineHit hit = hitAt(QPointF(565, 75));
    QCOMPARE(int(hit.kind), int(TimelineHit::Kind::Bar));
    QCOMPARE(hit.projectId, 11);
    QCOMPARE(hit.row, 0);
    // The last day of 2015 is still the bar; 2 January 2016 is past it.
    QVERIFY(hitAt(QPointF(200 + 729.5, 75)).kind == TimelineHit::Kind::Bar);
    hit = hitAt(QPointF(200 + 731.5, 75));
    QCOMPARE(int(hit.kind), int(TimelineHit::Kind::Row));
    QCOMPARE(hit.projectId, 11);
    // Above and below the bar inside the row is the row, not the bar.
    QCOMPARE(int(hitAt(QPointF(565, 62)).kind), int(TimelineHit::Kind::Row));

    // Row 1 (y 90–120): the actual bar of March 2017 to June 2018.
    const double march2017 = 200 + QDate(2014, 1, 1).daysTo(QDate(2017, 3, 1));
    hit = hitAt(QPointF(march2017 + 1, 105));
    QCOMPARE(int(hit.kind), int(TimelineHit::Kind::Bar));
    QCOMPARE(hit.projectId, 12);
    QCOMPARE(int(hitAt(QPointF(march2017 - 2, 105)).kind), int(TimelineHit::Kind::Row));
}

void TestTimelineHitTester::findsDiamondsOverBars()
{
    const QRectF diamond = geometry().diamondRect(0, QDate(2014, 7, 2));
    TimelineHit hit = hitAt(diamond.center());
    QCOMPARE(int(hit.kind), int(TimelineHit::Kind::Event));
    QCOMPARE(hit.projectId, 11);
    QCOMPARE(hit.index.data(IdRole).toLongLong(), 101);
    QCOMPARE(hit.index.parent().row(), 0);
    // The diamond's corner of its bounding box lies outside the diamond: the bar is there.
    hit = hitAt(diamond.topLeft() + QPointF(1, 1));
    QCOMPARE(int(hit.kind), int(TimelineHit::Kind::Bar));
}

void TestTimelineHitTester::findsAgreementMarkers()
{
    // 6 Sep 2016: the middle of the day is the line.
    const double x = 200 + QDate(2014, 1, 1).daysTo(QDate(2016, 9, 6)) + 0.5;
    // On its label in the header.
    const QList<TimelineMarkerGroup> groups = geometry().markerGroups(
        m_model.agreements(), Language::English, QFontMetricsF(m_metrics.font));
    QCOMPARE(groups.size(), 1);
    QVERIFY(groups.first().label.startsWith(QStringLiteral("Memo")));
    QVERIFY(groups.first().fallbackLanguage.isEmpty());
    // In Chinese the English-only title stands in, tagged: its label has room for the tag.
    const QList<TimelineMarkerGroup> inChinese = geometry().markerGroups(
        m_model.agreements(), Language::Chinese, QFontMetricsF(m_metrics.font));
    QCOMPARE(inChinese.first().fallbackLanguage, QStringLiteral("en"));
    QCOMPARE(inChinese.first().label, groups.first().label);
    QVERIFY(inChinese.first().labelRect.width() > groups.first().labelRect.width() + 10);
    TimelineHit hit = hitAt(groups.first().labelRect.center());
    QCOMPARE(int(hit.kind), int(TimelineHit::Kind::Agreement));
    QCOMPARE(hit.agreements, QList<int>{0});
    // On its line across an empty row, within a few pixels.
    hit = hitAt(QPointF(x + 2, 75));
    QCOMPARE(int(hit.kind), int(TimelineHit::Kind::Agreement));
    QCOMPARE(hit.projectId, 11);
    QCOMPARE(int(hitAt(QPointF(x + 8, 75)).kind), int(TimelineHit::Kind::Row));
    // In the scale tier away from the line: nothing.
    QCOMPARE(int(hitAt(QPointF(x + 100, 50)).kind), int(TimelineHit::Kind::None));
}

void TestTimelineHitTester::findsRowsAndTitles()
{
    TimelineHit hit = hitAt(QPointF(50, 105));
    QCOMPARE(int(hit.kind), int(TimelineHit::Kind::Row));
    QCOMPARE(hit.projectId, 12);
    // The undated project is a row with nothing drawn: anywhere on it finds the row.
    hit = hitAt(QPointF(400, 135));
    QCOMPARE(int(hit.kind), int(TimelineHit::Kind::Row));
    QCOMPARE(hit.projectId, 13);
}

void TestTimelineHitTester::missesOutsideTheRows()
{
    QCOMPARE(int(hitAt(QPointF(400, 200)).kind), int(TimelineHit::Kind::None)); // below
    QCOMPARE(int(hitAt(QPointF(50, 10)).kind), int(TimelineHit::Kind::None));   // corner
    QCOMPARE(int(hitAt(QPointF(-5, 75)).kind), int(TimelineHit::Kind::None));   // outside
}

void TestTimelineHitTester::followsScrolling()
{
    // Scrolled one row down and 365 px right: row 1 is now at y 60–90 and 2015 starts at 200.
    const TimelineFrame original = m_frame;
    m_frame.scrollY = 30;
    m_frame.scrollX = 365;
    m_frame.showVisibleRows(m_metrics, m_model.rowCount());
    QCOMPARE(m_frame.firstRow, 1);
    const double march2017 = 200 - 365 + QDate(2014, 1, 1).daysTo(QDate(2017, 3, 1));
    TimelineHit hit = hitAt(QPointF(march2017 + 1, 75));
    QCOMPARE(int(hit.kind), int(TimelineHit::Kind::Bar));
    QCOMPARE(hit.projectId, 12);
    m_frame = original;
}

QTEST_MAIN(TestTimelineHitTester)
#include "tst_timelinehittester.moc"
