// Issue 21, item 12: the smaller things an officer missed in a first hour, driven through the
// main window as they were met: a saved file says where it went (with Open Folder), file
// dialogs start where the last one ended, a search that finds nothing says so and offers to
// clear it, "Laos" finds the Lao PDR projects, the filter menus stay open for several ticks,
// the funding tab shows that a chart click filters it, and an empty portfolio offers the ways
// to fill it. Screenshots in both languages.
#include "tests/support/FakeClock.h"
#include "tests/support/MainWindowUnderTest.h"
#include "tests/support/Screenshots.h"
#include "tests/support/TestFolders.h"

#include "models/itemmodels/AgreementHistoryModel.h"
#include "models/itemmodels/ProjectTableModel.h"
#include "models/query/ProjectIdQuery.h"
#include "models/store/ApplicationIdentity.h"
#include "models/store/PortfolioOpener.h"
#include "ui/agreements/AgreementsView.h"
#include "ui/funding/FundingChartPanel.h"
#include "ui/funding/FundingView.h"
#include "ui/mainwindow/InterfaceFont.h"
#include "ui/portfolio/ChoiceFilterButton.h"
#include "ui/portfolio/PortfolioView.h"
#include "ui/portfolio/ProjectTableHint.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/shell/SettingsKeys.h"
#include "ui/timeline/TimelineView.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace sstc;

class TestEverydayUse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aSavedFileSaysWhereItWentAndTheNextDialogStartsThere();
    void aSearchThatFindsNothingSaysSoAndClears();
    void countryNamesAndTheirOtherNamesFindProjects();
    void filterMenusStayOpenForSeveralTicks();
    void theFundingTabShowsThatAFilterIsOn();
    void theAgreementsTabOpensWithNothingHighlighted();
    void englishQuotesAreLatinOnAChineseDesktop();
    void anEmptyPortfolioOffersWaysToFillIt_data();
    void anEmptyPortfolioOffersWaysToFillIt();

private:
    static QStringList column(QTableView *table, int column);

    TestFolders m_folders;
    FakeClock m_clock{QDate(2024, 6, 15)};
    QString m_samplePath;
};

void TestEverydayUse::initTestCase()
{
    setApplicationIdentity();
    applyInterfaceFont();
    m_samplePath = m_folders.filePath(QStringLiteral("sample.sstc"));
}

void TestEverydayUse::init()
{
    QFile::remove(m_samplePath);
    PortfolioOpener::open(m_samplePath, PortfolioOpener::NewFileContent::Sample);
    // Each test starts unfiltered: the window keeps the last filter between runs.
    QSettings().remove(QLatin1String(SettingsKeys::portfolioFilter));
}

QStringList TestEverydayUse::column(QTableView *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        texts << table->model()->index(row, column).data().toString();
    return texts;
}

void TestEverydayUse::aSavedFileSaysWhereItWentAndTheNextDialogStartsThere()
{
    MainWindowUnderTest sample(m_samplePath);
    QVERIFY(sample.opened);
    const QString folder = m_folders.filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("my-projects.csv"));

    // File → Export → Table as CSV, the name typed into the dialog.
    QString startedIn;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        startedIn = dialog->directory().absolutePath();
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(path);
        QTest::keyClick(name, Qt::Key_Return);
    });
    sample.window.portfolioView()->exportCsvAction()->trigger();
    // The table is written in the background: the notice comes when the file is there.
    QTRY_VERIFY(QFileInfo::exists(path));
    QTRY_VERIFY(sample.window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)));
    QVERIFY(startedIn != folder);
    const QString message = sample.window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    auto *openFolder = sample.find<QPushButton>("openFolderButton");
    QVERIFY(openFolder->isVisible());
    QCOMPARE(openFolder->text(), QStringLiteral("Open Folder"));
    saveScreenshot(sample.window, QStringLiteral("saved-notice"), QStringLiteral("en"));
    sample.find<QAction>("languageChineseAction")->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(openFolder->text(), QStringLiteral("打开文件夹"));
    QVERIFY(sample.window.statusBar()->currentMessage().startsWith(QStringLiteral("已保存")));
    QVERIFY(!sample.find<QLabel>("portfolioStatus")->isVisible()); // not drawn over it
    saveScreenshot(sample.window, QStringLiteral("saved-notice"), QStringLiteral("zh"));
    sample.find<QAction>("languageEnglishAction")->trigger();
    QCoreApplication::processEvents();

    // The next file dialog starts in that folder.
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        startedIn = dialog->directory().absolutePath();
        dialog->reject();
    });
    sample.window.timelineView()->exportPngAction()->trigger();
    QCOMPARE(startedIn, QFileInfo(folder).absoluteFilePath());

    // Another message takes the button away with it.
    sample.window.statusBar()->showMessage(QStringLiteral("Something else"));
    QVERIFY(!openFolder->isVisible());
}

void TestEverydayUse::aSearchThatFindsNothingSaysSoAndClears()
{
    MainWindowUnderTest sample(m_samplePath);
    QVERIFY(sample.opened);
    auto *table = sample.find<QTableView>("projectTable");
    auto *hint = sample.find<ProjectTableHint>("projectTableHint");
    QVERIFY(hint);
    QVERIFY(!hint->isVisible());
    auto *search = sample.find<QLineEdit>("projectSearchEdit");
    QTest::mouseClick(search, Qt::LeftButton);
    QTest::keyClicks(search, QStringLiteral("no such project"));
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QVERIFY(hint->isVisible());
    QCOMPARE(sample.find<QLabel>("projectTableHintText")->text(),
             QStringLiteral("No project matches the search and filters."));
    auto *clear = sample.find<QPushButton>("hintClearFiltersButton");
    QVERIFY(clear->isVisible());
    QVERIFY(!sample.find<QPushButton>("hintOpenSampleButton")->isVisible());
    saveScreenshot(sample.window, QStringLiteral("no-match-hint"), QStringLiteral("en"));
    sample.find<QAction>("languageChineseAction")->trigger();
    QCoreApplication::processEvents(); // the LanguageChange events
    QCOMPARE(sample.find<QLabel>("projectTableHintText")->text(),
             QStringLiteral("没有与搜索和筛选条件相符的项目。"));
    saveScreenshot(sample.window, QStringLiteral("no-match-hint"), QStringLiteral("zh"));
    sample.find<QAction>("languageEnglishAction")->trigger();
    QCoreApplication::processEvents();
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 8);
    QVERIFY(search->text().isEmpty());
    QVERIFY(!hint->isVisible());
}

void TestEverydayUse::countryNamesAndTheirOtherNamesFindProjects()
{
    MainWindowUnderTest sample(m_samplePath);
    QVERIFY(sample.opened);
    auto *table = sample.find<QTableView>("projectTable");
    auto *search = sample.find<QLineEdit>("projectSearchEdit");
    // "Lao" is in four projects' texts; "Laos" in none, but three projects are in Lao PDR,
    // whichever of its names is typed, in either language.
    // Chinese as an input method commits it: a whole word at once.
    const auto searchFor = [&](const QString &typed) {
        search->clear();
        QTest::mouseClick(search, Qt::LeftButton);
        if (typed.front().unicode() < 0x80)
            QTest::keyClicks(search, typed);
        else
            search->insert(typed);
    };
    for (const QString &typed : {QStringLiteral("Lao"), QStringLiteral("老挝")}) {
        searchFor(typed);
        QTRY_VERIFY2(table->model()->rowCount() == 4, qPrintable(typed));
    }
    for (const QString &typed : {QStringLiteral("Laos"), QStringLiteral("laos"),
                                 QStringLiteral("Lao People's Democratic Republic"),
                                 QStringLiteral("老挝人民民主共和国")}) {
        searchFor(typed);
        QTRY_VERIFY2(table->model()->rowCount() == 3, qPrintable(typed));
        for (const QString &countries : column(table, ProjectTableModel::Countries))
            QVERIFY2(countries.contains(QStringLiteral("Lao PDR")), qPrintable(countries));
    }
    // One project is in Kenya; nothing is in "Kenyan".
    searchFor(QStringLiteral("Kenya"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QTest::keyClicks(search, QStringLiteral("n")); // "Kenyan": nothing
    QTRY_COMPARE(table->model()->rowCount(), 0);

    // The SQL search (before the text index is read, and for the timeline, charts and reports)
    // finds the same.
    ProjectFilter filter;
    filter.text = QStringLiteral("Laos");
    QCOMPARE(ProjectIdQuery(*sample.window.store()).matching(filter).size(), 3);
    filter.text = QStringLiteral("Burma");
    QCOMPARE(ProjectIdQuery(*sample.window.store()).matching(filter).size(), 1);
    filter.text = QStringLiteral("肯尼亚");
    QCOMPARE(ProjectIdQuery(*sample.window.store()).matching(filter).size(), 1);
}

void TestEverydayUse::filterMenusStayOpenForSeveralTicks()
{
    MainWindowUnderTest sample(m_samplePath);
    QVERIFY(sample.opened);
    auto *button = sample.find<ChoiceFilterButton>("countryFilterButton");
    QVERIFY(button);
    bool stayedOpen = false;
    QStringList ticked;
    QTimer::singleShot(0, this, [&] {
        QMenu *menu = button->menu();
        QTRY_VERIFY(menu->isVisible());
        const QList<QAction *> actions = menu->actions();
        QVERIFY(actions.size() >= 2);
        for (QAction *action : {actions.at(0), actions.at(1)}) {
            QTest::mouseMove(menu, menu->actionGeometry(action).center());
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
            ticked << action->text();
        }
        stayedOpen = menu->isVisible();
        QVERIFY(actions.at(0)->isChecked() && actions.at(1)->isChecked());
        saveScreenshot(*menu, QStringLiteral("filter-menu"), QStringLiteral("en"));
        QTest::keyClick(menu, Qt::Key_Escape);
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(stayedOpen);
    QCOMPARE(button->selectedValues().size(), 2);
    QVERIFY2(button->text().endsWith(QStringLiteral("(2)")), qPrintable(button->text()));
    QCOMPARE(sample.window.context().filter().countryCodes.size(), 2);
}

void TestEverydayUse::theFundingTabShowsThatAFilterIsOn()
{
    MainWindowUnderTest sample(m_samplePath);
    QVERIFY(sample.opened);
    MainWindow &window = sample.window;
    window.views()->setCurrentWidget(window.fundingView());
    auto *label = sample.find<QLabel>("fundingFilterLabel");
    auto *clear = sample.find<QPushButton>("fundingClearFilterButton");
    QVERIFY(!label->isVisible());
    QVERIFY(!clear->isVisible());

    emit window.fundingView()
        ->panel(FundingBreakdown::Country)
        ->barClicked(QStringLiteral("KH"), QString());
    QCOMPARE(window.context().filter().countryCodes, QStringList{QStringLiteral("KH")});
    QVERIFY(label->isVisible());
    QVERIFY(clear->isVisible());
    saveScreenshot(window, QStringLiteral("funding-filtered"), QStringLiteral("en"));
    sample.find<QAction>("languageChineseAction")->trigger();
    QCoreApplication::processEvents(); // the LanguageChange events
    QVERIFY(!label->text().contains(QStringLiteral("Filtered")));
    saveScreenshot(window, QStringLiteral("funding-filtered"), QStringLiteral("zh"));
    sample.find<QAction>("languageEnglishAction")->trigger();

    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(window.context().filter().isEmpty());
    QVERIFY(!label->isVisible());
    QCOMPARE(window.portfolioView()->model()->rowCount(), 8);
}

void TestEverydayUse::theAgreementsTabOpensWithNothingHighlighted()
{
    MainWindowUnderTest sample(m_samplePath);
    QVERIFY(sample.opened);
    MainWindow &window = sample.window;
    // The focus in the projects table, then the Agreements tab: the focus moves into it.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *projects = sample.find<QTableView>("projectTable");
    projects->setFocus(Qt::MouseFocusReason);
    window.views()->setCurrentWidget(window.agreementsView());
    auto *table = sample.find<QTableView>("agreementHistoryTable");
    QVERIFY2(!table->currentIndex().isValid(), qPrintable(table->currentIndex().data().toString()));
    table->setFocus(Qt::TabFocusReason);
    QVERIFY(table->hasFocus());
    QCoreApplication::processEvents();
    auto *placeholder = sample.find<QLabel>("agreementPlaceholder");
    QVERIFY(placeholder->isVisible());
    QVERIFY2(!table->currentIndex().isValid(), qPrintable(table->currentIndex().data().toString()));
    QVERIFY(table->selectionModel()->selectedRows().isEmpty());
    saveScreenshot(window, QStringLiteral("agreements-opened"), QStringLiteral("en"));

    // The arrow key then goes to the first row, and the pane follows what is current.
    QTest::keyClick(table, Qt::Key_Down);
    QVERIFY(table->currentIndex().isValid());
    const qint64 id = window.agreementsView()->model()->agreementIdAt(table->currentIndex().row());
    QCOMPARE(window.agreementsView()->currentAgreementId(), id);
}

// Issue 21, item 11: under a Chinese locale the desktop's font is a CJK face, whose curly
// quotes are full-width: “MOHRSS” read with gaps in English boxes.
void TestEverydayUse::englishQuotesAreLatinOnAChineseDesktop()
{
    // The desktop's own font (here an alias, "Sans Serif", for DejaVu Sans): Latin text is
    // drawn in its face, not in the CJK one of the fallbacks.
    const QFont saved = QApplication::font();
    QVERIFY2(!QFontInfo(saved).family().contains(QLatin1String("CJK")),
             qPrintable(QFontInfo(saved).family()));
    // A Chinese desktop's: a CJK face.
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    const QString quoted = QStringLiteral("“MOHRSS”");
    const double wide = QFontMetricsF(QApplication::font()).horizontalAdvance(quoted);
    applyInterfaceFont();
    const QFont font = QApplication::font();
    const double latin = QFontMetricsF(font).horizontalAdvance(quoted);
    QVERIFY2(latin < wide - 0.5 * QFontMetricsF(font).height(),
             qPrintable(QStringLiteral("%1 against %2").arg(latin).arg(wide)));
    QVERIFY(!font.families().isEmpty());
    QVERIFY2(!font.families().first().contains(QLatin1String("CJK")),
             qPrintable(font.families().join(u',')));
    QVERIFY(font.families().contains(QStringLiteral("Noto Sans CJK SC")));

    QLabel label(QStringLiteral("Organisation “MOHRSS” changed — it’s the ministry\n"
                                "组织“人力资源和社会保障部”已更改"));
    label.setFont(font);
    label.setMargin(8);
    label.show();
    QVERIFY(QTest::qWaitForWindowExposed(&label));
    saveScreenshot(label, QStringLiteral("quotes"), QStringLiteral("en"));
    QApplication::setFont(saved);
}

void TestEverydayUse::anEmptyPortfolioOffersWaysToFillIt_data()
{
    QTest::addColumn<int>("language");
    QTest::newRow("en") << int(Language::English);
    QTest::newRow("zh") << int(Language::Chinese);
}

void TestEverydayUse::anEmptyPortfolioOffersWaysToFillIt()
{
    QFETCH(int, language);
    const QString emptyPath = m_folders.filePath(QStringLiteral("empty.sstc"));
    QFile::remove(emptyPath);
    MainWindowUnderTest empty(emptyPath, Language(language));
    QVERIFY(empty.opened);
    auto *hint = empty.find<ProjectTableHint>("projectTableHint");
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->reason(), ProjectTableHint::Reason::EmptyPortfolio);
    for (const char *name :
         {"hintImportIatiButton", "hintNewProjectButton", "hintOpenSampleButton"})
        QVERIFY2(empty.find<QPushButton>(name)->isVisible(), name);
    QVERIFY(!empty.find<QPushButton>("hintClearFiltersButton")->isVisible());
    saveScreenshot(empty.window, QStringLiteral("empty-portfolio"),
                   languageCode(Language(language)));
    if (Language(language) == Language::Chinese) {
        QVERIFY(!empty.find<QPushButton>("hintOpenSampleButton")->text().contains(u'S'));
        return;
    }

    // Open the Sample: the sample portfolio, in a file of its own.
    QTest::mouseClick(empty.find<QPushButton>("hintOpenSampleButton"), Qt::LeftButton);
    QVERIFY(empty.window.store()->path() != emptyPath);
    QCOMPARE(empty.window.portfolioView()->model()->rowCount(), 8);
    QVERIFY(!hint->isVisible());
    // The empty portfolio is left as it was.
    QVERIFY(QFileInfo::exists(emptyPath));
}

QTEST_MAIN(TestEverydayUse)
#include "tst_everydayuse.moc"
