// The timeline view over a PortfolioContext with the sample portfolio, driven as a user
// would: clicking a bar makes its project current everywhere, a current project set elsewhere
// is selected and scrolled to, a double click asks for the editor, Ctrl+wheel and +/- zoom,
// and the view follows the filter, the data and the language. Screenshots in both languages.
#include "tests/support/FakeClock.h"
#include "tests/support/SampleContext.h"
#include "tests/support/Screenshots.h"
#include "tests/support/TestFolders.h"

#include "models/itemmodels/TimelineModel.h"
#include "models/query/ProjectIdQuery.h"
#include "models/repositories/ProjectRepository.h"
#include "models/store/ApplicationIdentity.h"
#include "models/store/PortfolioOpener.h"
#include "translations/TranslationLoader.h"
#include "ui/mainwindow/InterfaceFont.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/timeline/TimelineView.h"

#include <QAction>
#include <QApplication>
#include <QHelpEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QToolTip>
#include <QtTest>

#include <memory>

using namespace sstc;

namespace {
const QString skillsAsean =
    QStringLiteral("ILO-China Partnership Project on Strengthening Skills Development in ASEAN "
                   "Member Countries");
} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheSampleProjects();
    void clickingABarMakesItsProjectCurrent();
    void currentProjectIsSelectedAndScrolledTo();
    void doubleClickAsksToEdit();
    void keysMoveTheCurrentProject();
    void zoomsWithCtrlWheelKeysAndActions();
    void followsFilterAndData();
    void hiddenViewReadsWhenShown();
    void hiddenViewDropsTheOldPortfoliosRows();
    void readsLargePortfoliosInTheBackground();
    void showsToolTips();
    void screenshots_data();
    void screenshots();

private:
    qint64 projectIdTitled(const QString &title) const;

    TestFolders m_folders;
    // The day the today line stands at, whatever day the test runs.
    FakeClock m_clock{QDate(2024, 6, 15)};
    QString m_samplePath;
    std::unique_ptr<SampleContext> m_sample;
    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineView::initTestCase()
{
    setApplicationIdentity();
    applyInterfaceFont();
    m_samplePath = m_folders.filePath(QStringLiteral("sample.sstc"));
}

void TestTimelineView::init()
{
    m_sample = std::make_unique<SampleContext>(m_samplePath);
    m_view = std::make_unique<TimelineView>(m_sample->context());
    m_view->resize(1366, 768);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_sample->open();
}

void TestTimelineView::cleanup()
{
    m_view.reset();
    m_sample.reset();
}

qint64 TestTimelineView::projectIdTitled(const QString &title) const
{
    const TimelineModel *model = m_view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString() == title)
            return model->projectIdAt(row);
    return 0;
}

void TestTimelineView::showsTheSampleProjects()
{
    QCOMPARE(m_view->objectName(), QStringLiteral("timelineView"));
    QCOMPARE(m_view->model()->rowCount(), 8);
    // Fitted on first load: 2001 (the first MOU) to 2026 fill the chart, no horizontal scroll.
    QCOMPARE(m_view->horizontalScrollBar()->maximum(), 0);
    QCOMPARE(m_view->scale().origin(), QDate(2001, 1, 1));
    // The undated project has a row but no bar: its rect is its title.
    const QRect undated = m_view->projectRect(m_view->model()->projectIdAt(7));
    QCOMPARE(undated.left(), 0);
    QVERIFY(m_view->viewport()->rect().contains(undated.center()));
}

void TestTimelineView::clickingABarMakesItsProjectCurrent()
{
    const qint64 id = projectIdTitled(skillsAsean);
    QVERIFY(id != 0);
    const QRect bar = m_view->projectRect(id);
    QVERIFY(m_view->viewport()->rect().contains(bar));
    QSignalSpy current(&m_sample->context(), &PortfolioContext::currentProjectChanged);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, bar.center());
    QCOMPARE(m_sample->context().currentProjectId(), id);
    QCOMPARE(current.count(), 1);
    QCOMPARE(m_view->currentProjectId(), id);

    // A click on another row's title selects that project.
    const qint64 first = m_view->model()->projectIdAt(0);
    const QRect firstBar = m_view->projectRect(first);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(20, firstBar.center().y()));
    QCOMPARE(m_sample->context().currentProjectId(), first);
}

void TestTimelineView::currentProjectIsSelectedAndScrolledTo()
{
    // Small enough that the last rows lie below the visible ones, whatever the font's height.
    const qint64 last = m_view->model()->projectIdAt(7);
    for (int height = 300; height >= 120; height -= 30) {
        m_view->resize(900, height);
        QCoreApplication::processEvents();
        if (!m_view->viewport()->rect().contains(m_view->projectRect(last)))
            break;
    }
    QCOMPARE(m_view->verticalScrollBar()->value(), 0);
    QVERIFY(!m_view->viewport()->rect().contains(m_view->projectRect(last)));
    m_sample->context().setCurrentProject(last);
    QCOMPARE(m_view->currentProjectId(), last);
    QVERIFY(m_view->verticalScrollBar()->value() > 0);
    QVERIFY(m_view->viewport()->rect().contains(m_view->projectRect(last)));
    const TimelineFrame frame = m_view->frame();
    QCOMPARE(frame.currentProjectId, last);
    QVERIFY(frame.lastRow == 7);

    m_sample->context().setCurrentProject(m_view->model()->projectIdAt(0));
    QCOMPARE(m_view->verticalScrollBar()->value(), 0);
}

void TestTimelineView::doubleClickAsksToEdit()
{
    const qint64 id = projectIdTitled(skillsAsean);
    QSignalSpy edit(&m_sample->context(), &PortfolioContext::editRequested);
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, m_view->projectRect(id).center());
    QCOMPARE(edit.count(), 1);
    QCOMPARE(edit.first().first().toLongLong(), id);
    QCOMPARE(m_sample->context().currentProjectId(), id);
}

void TestTimelineView::keysMoveTheCurrentProject()
{
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(m_sample->context().currentProjectId(), m_view->model()->projectIdAt(0));
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(m_sample->context().currentProjectId(), m_view->model()->projectIdAt(1));
    QSignalSpy edit(&m_sample->context(), &PortfolioContext::editRequested);
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(edit.count(), 1);
}

void TestTimelineView::zoomsWithCtrlWheelKeysAndActions()
{
    const double fitted = m_view->scale().pixelsPerDay();
    const QPointF anchor(m_view->metrics().titleWidth + 300, 200);
    const QDate anchorDay = m_view->scale().dateAt(anchor.x() - m_view->metrics().titleWidth +
                                                   m_view->horizontalScrollBar()->value());
    QWheelEvent wheel(anchor, m_view->viewport()->mapToGlobal(anchor), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view->viewport(), &wheel);
    QVERIFY(m_view->scale().pixelsPerDay() > fitted);
    QVERIFY(m_view->horizontalScrollBar()->maximum() > 0);
    // The day under the mouse stays under it.
    const QDate after = m_view->scale().dateAt(anchor.x() - m_view->metrics().titleWidth +
                                               m_view->horizontalScrollBar()->value());
    QVERIFY2(qAbs(anchorDay.daysTo(after)) <= 2, qPrintable(after.toString()));

    m_view->setFocus();
    const double wheeled = m_view->scale().pixelsPerDay();
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QVERIFY(m_view->scale().pixelsPerDay() > wheeled);
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QCOMPARE(m_view->scale().pixelsPerDay(), wheeled);

    // Zoomed in far enough, the scale shows months.
    for (int i = 0; i < 20; ++i)
        m_view->zoomInAction()->trigger();
    QCOMPARE(int(m_view->scale().unit()), int(TimeScale::Unit::Month));
    auto *fit = m_view->findChild<QAction *>(QStringLiteral("timelineFitAllAction"));
    QVERIFY(fit);
    fit->trigger();
    QCOMPARE(m_view->scale().pixelsPerDay(), fitted);
    QCOMPARE(m_view->horizontalScrollBar()->maximum(), 0);
    for (const char *name : {"timelineZoomInAction", "timelineZoomOutAction",
                             "timelineExportPngAction", "timelineExportPdfAction"})
        QVERIFY2(m_view->findChild<QAction *>(QLatin1String(name)), name);
}

void TestTimelineView::followsFilterAndData()
{
    ProjectFilter filter;
    filter.statuses = {ProjectStatus::Implementation};
    m_sample->context().setFilter(filter);
    QCOMPARE(m_view->model()->rowCount(), 3);

    Project added;
    added.title.en = QStringLiteral("Added later");
    added.status = ProjectStatus::Implementation;
    added.plannedStart = PartialDate::year(2024);
    ProjectRepository(m_sample->store()).insert(added);
    m_sample->context().notifyDataChanged();
    QCOMPARE(m_view->model()->rowCount(), 4);

    m_sample->context().setLanguage(Language::Chinese);
    QCOMPARE(m_view->model()->index(0, 0).data().toString(),
             QStringLiteral("国际劳工组织—中国加强东盟成员国技能开发伙伴关系项目"));

    m_sample->context().setStore(nullptr);
    QCOMPARE(m_view->model()->rowCount(), 0);
    m_view->grab(); // paints an empty timeline without trouble
}

// A hidden timeline (another tab in front) does not read the portfolio at every change of
// the filter, only once it is shown again, or when something asks for its rows.
void TestTimelineView::hiddenViewReadsWhenShown()
{
    TimelineModel *model = m_view->model();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    m_view->hide();
    ProjectFilter filter;
    filter.statuses = {ProjectStatus::Implementation};
    m_sample->context().setFilter(filter);
    filter.statuses = {ProjectStatus::Closed};
    m_sample->context().setFilter(filter);
    QCOMPARE(resets.size(), 0);
    m_view->show();
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model->rowCount(), int(ProjectIdQuery(m_sample->store()).matching(filter).size()));

    m_view->hide();
    m_sample->context().setFilter({});
    QCOMPARE(resets.size(), 1);
    QCOMPARE(m_view->model()->rowCount(),
             int(ProjectIdQuery(m_sample->store()).matching({}).size()));
    QCOMPARE(resets.size(), 2);
}

// Opening another portfolio while the timeline is hidden frees the old one's rows at once,
// not when the tab is next shown: hidden, they would keep its memory.
void TestTimelineView::hiddenViewDropsTheOldPortfoliosRows()
{
    QCOMPARE(m_view->model()->rowCount(), 8);
    auto *rows = m_view->findChild<TimelineModel *>(); // without reading anything
    m_view->hide();
    auto other = PortfolioOpener::open(m_folders.filePath(QStringLiteral("other.sstc")),
                                       PortfolioOpener::NewFileContent::ReferenceOnly);
    m_sample->context().setStore(other.get());
    QCOMPARE(rows->rowCount(), 0);
    m_view->show();
    QCOMPARE(m_view->model()->rowCount(), 0); // the other portfolio has no projects
    m_sample->context().setStore(nullptr);
}

// A large portfolio's rows are read on another thread: the tab paints at once, saying it is
// loading, and shows the same rows in the same order as a read on the window's thread.
void TestTimelineView::readsLargePortfoliosInTheBackground()
{
    QList<qint64> readAtOnce;
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        readAtOnce << m_view->model()->projectIdAt(row);
    QCOMPARE(readAtOnce.size(), 8);
    QVERIFY(!m_view->isLoading());

    m_view->setReadsInBackgroundFrom(1);
    auto *rows = m_view->findChild<TimelineModel *>();
    m_sample->context().setStore(nullptr);
    m_sample->open();
    // The read starts on another thread: the old rows are gone at once, before it is done.
    QCOMPARE(rows->rowCount(), 0);
    QApplication::processEvents(); // the view shows: it starts reading
    // The same events may already bring the rows when the reading thread is quick (it is,
    // next to a window thread slowed by the sanitizers): "Loading…" is painted while it reads.
    if (m_view->isLoading()) {
        QCOMPARE(rows->rowCount(), 0);
        m_view->grab(); // paints "Loading…" without trouble
    }
    QTRY_VERIFY(!m_view->isLoading());
    QList<qint64> readInBackground;
    for (int row = 0; row < rows->rowCount(); ++row)
        readInBackground << rows->projectIdAt(row);
    QCOMPARE(readInBackground, readAtOnce);
    QCOMPARE(m_view->horizontalScrollBar()->maximum(), 0); // fitted, as on a first read
}

void TestTimelineView::showsToolTips()
{
    const qint64 id = projectIdTitled(skillsAsean);
    const QPoint point = m_view->projectRect(id).center();
    QHelpEvent help(QEvent::ToolTip, point, m_view->viewport()->mapToGlobal(point));
    QApplication::sendEvent(m_view->viewport(), &help);
    QVERIFY2(QToolTip::text().contains(QStringLiteral("2018 – 2025")),
             qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

void TestTimelineView::screenshots_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("name");
    QTest::newRow("en") << int(Language::English) << QSize(1366, 768) << QStringLiteral("timeline");
    QTest::newRow("zh") << int(Language::Chinese) << QSize(1366, 768) << QStringLiteral("timeline");
    QTest::newRow("en large") << int(Language::English) << QSize(1920, 1080)
                              << QStringLiteral("timeline-1920");
    QTest::newRow("zh large") << int(Language::Chinese) << QSize(1920, 1080)
                              << QStringLiteral("timeline-1920");
}

void TestTimelineView::screenshots()
{
    QFETCH(int, language);
    QFETCH(QSize, size);
    QFETCH(QString, name);
    TranslationLoader translations;
    QVERIFY(translations.apply(Language(language)));
    m_sample->context().setLanguage(Language(language));
    m_view->resize(size);
    QCoreApplication::processEvents();
    m_sample->context().setCurrentProject(
        projectIdTitled(language == int(Language::Chinese)
                            ? QStringLiteral("国际劳工组织—中国加强东盟成员国技能开发伙伴关系项目")
                            : skillsAsean));
    QVERIFY(m_sample->context().currentProjectId() != 0);
    saveScreenshot(*m_view, name, languageCode(Language(language)));
    translations.apply(Language::English);
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
