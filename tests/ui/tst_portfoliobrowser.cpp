// The portfolio browser driven as a user would: search in English and Chinese at every
// keystroke, list filters, "N of M" in the status bar, filters remembered and cleared, delete
// with confirmation, undo and redo, the History tab, copy and CSV export, the column chooser.
#include "tests/support/ExternalTools.h"
#include "tests/support/FakeClock.h"
#include "tests/support/MainWindowUnderTest.h"
#include "tests/support/Screenshots.h"
#include "tests/support/TestFolders.h"

#include "models/audit/AuditLog.h"
#include "models/documents/DocumentFile.h"
#include "models/repositories/DocumentRepository.h"
#include "models/changes/ProjectChanges.h"
#include "models/itemmodels/ProjectTableModel.h"
#include "models/itemmodels/TimelineModel.h"
#include "models/repositories/LookupListsRepository.h"
#include "models/repositories/ProjectRecord.h"
#include "models/store/ApplicationIdentity.h"
#include "models/store/PortfolioOpener.h"
#include "translations/TranslationLoader.h"
#include "ui/mainwindow/InterfaceFont.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/portfolio/PortfolioView.h"
#include "ui/portfolio/ProjectFilterBar.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/timeline/TimelineView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

#include <memory>

using namespace sstc;

namespace {

// The main window with the questions these tests ask of its projects table.
struct BrowserWindow : MainWindowUnderTest
{
    using MainWindowUnderTest::MainWindowUnderTest;

    QTableView *table() { return find<QTableView>("projectTable"); }
    QString status() { return find<QLabel>("portfolioStatus")->text(); }
    QAbstractItemModel *model() { return table()->model(); }
    QStringList titles()
    {
        QStringList texts;
        for (int row = 0; row < model()->rowCount(); ++row)
            texts << model()->index(row, ProjectTableModel::Title).data().toString();
        return texts;
    }
};

// What an input method sends when the user picks Chinese characters.
void commitInput(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

// Answers the next modal message box with the button that has the given role.
void answerNextQuestion(QMessageBox::ButtonRole role, bool *asked)
{
    QTimer::singleShot(0, [role, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *asked = true;
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == role) {
                button->click();
                return;
            }
    });
}

} // namespace

class TestPortfolioBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void searchFollowsEveryKeystroke();
    void listFiltersAndClearing();
    void filterIsRememberedBetweenRuns();
    void deleteAskConfirmsAndUndoes();
    void undoOfDeleteBringsBackEverything();
    void editSaveUndoRedo();
    void historyTabShowsChanges();
    void lookupListsEditAndUndo();
    void timelineSharesSelectionAndFilter();
    void copiesRowsWithHeader();
    void exportsCsvForSpreadsheets();
    void exportsCsvInTheBackground();
    void cancelledCsvExportLeavesNoFile();
    void columnChooserHidesColumns();
    void screenshots();

private:
    TestFolders m_folders;
    // A day with no agreement near its end: no expiry reminder opens at start, whatever day the
    // test runs.
    FakeClock m_clock{QDate(2024, 6, 15)};
    QString m_samplePath;
};

void TestPortfolioBrowser::initTestCase()
{
    setApplicationIdentity();
    applyInterfaceFont();
}

// A fresh sample for each test, and no filter remembered from the one before.
void TestPortfolioBrowser::init()
{
    static int count = 0;
    m_samplePath = m_folders.filePath(QStringLiteral("sample%1.sstc").arg(++count));
    PortfolioOpener::open(m_samplePath, PortfolioOpener::NewFileContent::Sample);
    QSettings().remove(QStringLiteral("portfolio/filter"));
}

void TestPortfolioBrowser::searchFollowsEveryKeystroke()
{
    BrowserWindow browser(m_samplePath);
    QVERIFY(browser.opened);
    QCOMPARE(browser.model()->rowCount(), 8);
    auto *search = browser.find<QLineEdit>("projectSearchEdit");
    QVERIFY(search);
    search->setFocus();
    QTest::keyClick(search, Qt::Key_K);
    const int afterOne = browser.model()->rowCount();
    QTest::keyClicks(search, QStringLiteral("enya"));
    QCOMPARE(browser.model()->rowCount(), 1);
    QVERIFY(afterOne >= 1);
    QVERIFY(browser.titles().first().contains(QStringLiteral("Kenya")));
    QVERIFY2(browser.status().startsWith(QStringLiteral("1 of 8 projects")),
             qPrintable(browser.status()));

    // Chinese: typed text arrives as one string from an input method.
    search->clear();
    QCOMPARE(browser.model()->rowCount(), 8);
    commitInput(search, QStringLiteral("老挝"));
    QCOMPARE(browser.model()->rowCount(), 4);
    QVERIFY(browser.status().startsWith(QStringLiteral("4 of 8 projects")));

    // Control characters and very long text do not break anything.
    search->setText(QStringLiteral("a\tb\x01") + QString(10000, QLatin1Char('x')));
    QCOMPARE(browser.model()->rowCount(), 0);
    QVERIFY(search->text().size() <= 200);
    search->clear();
    QCOMPARE(browser.model()->rowCount(), 8);
}

void TestPortfolioBrowser::listFiltersAndClearing()
{
    BrowserWindow browser(m_samplePath);
    auto *statusButton = browser.find<QToolButton>("statusFilterButton");
    auto *countryButton = browser.find<QToolButton>("countryFilterButton");
    QVERIFY(statusButton && countryButton);
    // "Implementation" in the status menu, "Lao PDR" in the country menu.
    const auto check = [](QToolButton *button, const QString &text) {
        emit button->menu()->aboutToShow(); // the choices are read when the menu opens
        for (QAction *action : button->menu()->actions())
            if (action->text() == text) {
                action->setChecked(true);
                return true;
            }
        return false;
    };
    QVERIFY(check(statusButton, QStringLiteral("Implementation")));
    QCOMPARE(browser.model()->rowCount(), 3);
    QCOMPARE(statusButton->text(), QStringLiteral("Status (1)"));
    QVERIFY(check(countryButton, QStringLiteral("Lao PDR")));
    QCOMPARE(browser.model()->rowCount(), 1);
    QVERIFY(browser.status().startsWith(QStringLiteral("1 of 8 projects")));
    QCOMPARE(browser.window.context().filter().countryCodes, QStringList{QStringLiteral("LA")});

    // One action clears them all (Ctrl+Shift+L).
    QAction *clear = browser.find<QAction>("clearFiltersAction");
    QVERIFY(clear);
    QCOMPARE(clear->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+L")));
    clear->trigger();
    QCOMPARE(browser.model()->rowCount(), 8);
    QCOMPARE(statusButton->text(), QStringLiteral("Status"));
    QVERIFY(browser.window.context().filter().isEmpty());
}

void TestPortfolioBrowser::filterIsRememberedBetweenRuns()
{
    {
        BrowserWindow browser(m_samplePath);
        commitInput(browser.find<QLineEdit>("projectSearchEdit"), QStringLiteral("社会保护"));
        QCOMPARE(browser.model()->rowCount(), 4);
        browser.window.close();
    }
    BrowserWindow again(m_samplePath);
    QCOMPARE(again.find<QLineEdit>("projectSearchEdit")->text(), QStringLiteral("社会保护"));
    QCOMPARE(again.model()->rowCount(), 4);
    again.find<QToolButton>("clearFiltersButton")->click();
    QCOMPARE(again.model()->rowCount(), 8);
}

void TestPortfolioBrowser::deleteAskConfirmsAndUndoes()
{
    BrowserWindow browser(m_samplePath);
    PortfolioContext &context = browser.window.context();
    context.setCurrentProject(5);
    QCOMPARE(browser.table()->currentIndex().data(IdRole).toLongLong(), qint64(5));
    const QString title = browser.table()->currentIndex().data().toString();
    QAction *remove = browser.find<QAction>("deleteProjectAction");
    QVERIFY(remove->isEnabled());

    // Cancel keeps it.
    bool asked = false;
    answerNextQuestion(QMessageBox::RejectRole, &asked);
    remove->trigger();
    QVERIFY(asked);
    QCOMPARE(browser.model()->rowCount(), 8);

    asked = false;
    answerNextQuestion(QMessageBox::DestructiveRole, &asked);
    remove->trigger();
    QVERIFY(asked);
    QCOMPARE(browser.model()->rowCount(), 7);
    QVERIFY(!browser.titles().contains(title));
    QVERIFY(!ProjectRecordRepository(*browser.window.store()).load(5));

    // Ctrl+Z brings it back with its id; Ctrl+Shift+Z deletes it again.
    QAction *undo = browser.find<QAction>("undoAction");
    QAction *redo = browser.find<QAction>("redoAction");
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(redo->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+Shift+Z"))));
    undo->trigger();
    QCOMPARE(browser.model()->rowCount(), 8);
    QVERIFY(browser.titles().contains(title));
    QVERIFY(ProjectRecordRepository(*browser.window.store()).load(5));
    QCOMPARE(context.currentProjectId(), qint64(5));
    redo->trigger();
    QCOMPARE(browser.model()->rowCount(), 7);
    undo->trigger();
    QCOMPARE(browser.model()->rowCount(), 8);

    // Each step is in the project's history: deleted, created, deleted, created.
    QStringList actions;
    for (const AuditEntry &entry : AuditLog(*browser.window.store()).ofProject(5))
        if (entry.entity == QLatin1String("project") && entry.field == QLatin1String("title_en"))
            actions << entry.action;
    QCOMPARE(actions, (QStringList{"create", "delete", "create", "delete"}));
}

namespace {

// Every stored row that belongs to project `id`, as text, sorted: what a deletion removes and
// its undo must put back exactly (the change log aside, which records both).
QStringList rowsOfProject(PortfolioStore &store, qint64 id)
{
    const QStringList selections = {
        QStringLiteral("SELECT * FROM projects WHERE id = ?"),
        QStringLiteral("SELECT id, parent_project_id FROM projects WHERE parent_project_id = ?"),
        QStringLiteral("SELECT * FROM project_organisations WHERE project_id = ?"),
        QStringLiteral("SELECT * FROM project_countries WHERE project_id = ?"),
        QStringLiteral("SELECT * FROM project_regions WHERE project_id = ?"),
        QStringLiteral("SELECT * FROM project_sdgs WHERE project_id = ?"),
        QStringLiteral("SELECT * FROM project_themes WHERE project_id = ?"),
        QStringLiteral("SELECT * FROM funding_lines WHERE project_id = ?"),
        QStringLiteral("SELECT * FROM events WHERE project_id = ?"),
        QStringLiteral("SELECT o.* FROM event_outputs o JOIN events e ON e.id = o.event_id "
                       "WHERE e.project_id = ?"),
        QStringLiteral("SELECT * FROM indicators WHERE project_id = ?"),
        QStringLiteral("SELECT p.* FROM indicator_periods p JOIN indicators i "
                       "ON i.id = p.indicator_id WHERE i.project_id = ?"),
        QStringLiteral("SELECT * FROM documents WHERE project_id = ?"),
        QStringLiteral("SELECT * FROM project_document_links WHERE project_id = ?"),
        QStringLiteral("SELECT * FROM project_kept_narratives WHERE project_id = ?")};
    QStringList rows;
    for (const QString &sql : selections) {
        QSqlQuery query = store.run(sql, {id});
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i) {
                const QVariant value = query.value(i);
                fields << query.record().fieldName(i) + QLatin1Char('=') +
                              (value.isNull() ? QStringLiteral("NULL")
                               : value.userType() == QMetaType::QByteArray
                                   ? QString::fromLatin1(value.toByteArray().toHex())
                                   : value.toString());
            }
            rows << sql.section(QLatin1Char(' '), 3, 3) + QLatin1Char(':') +
                        fields.join(QLatin1Char('|'));
        }
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

// Project 1 with all it can hold: its funding line, events, countries, SDG and child project
// from the sample, and an event output, an indicator with a period, a document and the IATI
// link and narrative added here. Deleted, then undone: every row comes back as it was.
void TestPortfolioBrowser::undoOfDeleteBringsBackEverything()
{
    BrowserWindow browser(m_samplePath);
    PortfolioStore &store = *browser.window.store();
    const qint64 project = 1;
    QSqlQuery event = store.run(
        QStringLiteral("SELECT id FROM events WHERE project_id = ? ORDER BY id"), {project});
    QVERIFY(event.next());
    store.run(QStringLiteral("INSERT INTO event_outputs (event_id, position, kind, quantity, "
                             "description_en, description_zh) VALUES (?, 0, 'video', 3, ?, ?)"),
              {event.value(0), QStringLiteral("Three films"), QStringLiteral("三部影片")});
    store.run(QStringLiteral("INSERT INTO indicators (id, project_id, title_en, title_zh, "
                             "unit_en, measure, baseline, baseline_year) "
                             "VALUES (900, ?, 'Officials trained', '受训官员', 'people', 1, 12.5, 2012)"),
              {project});
    store.run(QStringLiteral("INSERT INTO indicator_periods (indicator_id, position, "
                             "period_start, period_end, target, actual, target_women) "
                             "VALUES (900, 0, '2013-01-01', '2013-12-31', 40, 38.5, 20)"));
    Document document;
    document.projectId = project;
    document.title = {QStringLiteral("Mission report"), QStringLiteral("任务报告")};
    document.kind = DocumentKind::Report;
    document.languageCode = QStringLiteral("en");
    document.fileName = QStringLiteral("mission.pdf");
    document.mimeType = QStringLiteral("application/pdf");
    QByteArray content("%PDF-1.4 mission\x00\x01\xff");
    document.size = content.size();
    document.sha256 = DocumentFile::checksum(content);
    DocumentRepository(store).insert(document, content);
    store.run(QStringLiteral("INSERT INTO project_document_links (project_id, position, url, "
                             "title_en, format) VALUES (?, 0, 'https://www.ilo.org/x', 'Brief', "
                             "'text/html')"),
              {project});
    store.run(QStringLiteral("INSERT INTO project_kept_narratives (project_id, position, field, "
                             "language, content) VALUES (?, 0, 'title', 'fr', 'Titre')"),
              {project});
    const QStringList before = rowsOfProject(store, project);
    for (const QString &table :
         {QStringLiteral("projects:"), QStringLiteral("funding_lines:"), QStringLiteral("events:"),
          QStringLiteral("event_outputs"), QStringLiteral("indicator_periods:"),
          QStringLiteral("documents:"), QStringLiteral("project_document_links:"),
          QStringLiteral("project_kept_narratives:"), QStringLiteral("project_countries:"),
          QStringLiteral("project_sdgs:")})
        QVERIFY2(!before.filter(table).isEmpty(), qPrintable(table));
    QVERIFY2(before.filter(QStringLiteral("parent_project_id=1")).size() == 1,
             qPrintable(before.join(QLatin1Char('\n'))));

    browser.window.context().setCurrentProject(project);
    bool asked = false;
    answerNextQuestion(QMessageBox::DestructiveRole, &asked);
    browser.find<QAction>("deleteProjectAction")->trigger();
    QVERIFY(asked);
    QVERIFY(!ProjectRecordRepository(store).load(project));
    QCOMPARE(rowsOfProject(store, project), QStringList());

    browser.find<QAction>("undoAction")->trigger();
    QCOMPARE(rowsOfProject(store, project), before);
    // Redo and undo again: the same once more.
    browser.find<QAction>("redoAction")->trigger();
    QCOMPARE(rowsOfProject(store, project), QStringList());
    browser.find<QAction>("undoAction")->trigger();
    QCOMPARE(rowsOfProject(store, project), before);
    QCOMPARE(DocumentRepository(store).content(DocumentRepository(store).ofProject(project)
                                                   .value(0)
                                                   .id),
             content);
}

// Opens the editor from the Edit menu, changes the English title, makes a mistake that blocks
// saving, fixes it, saves; then Ctrl+Z and Ctrl+Shift+Z.
void TestPortfolioBrowser::editSaveUndoRedo()
{
    BrowserWindow browser(m_samplePath);
    PortfolioContext &context = browser.window.context();
    context.setCurrentProject(6);
    const QString oldTitle = browser.table()->currentIndex().data().toString();
    bool edited = false;
    QTimer::singleShot(0, [&edited] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEnEdit"));
        auto *plannedEnd = dialog->findChild<QLineEdit *>(QStringLiteral("plannedEndEdit"));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(title && plannedEnd && save);
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Skills partnership, renamed"));
        const QString end = plannedEnd->text();
        plannedEnd->setText(QStringLiteral("2001")); // before the start: refused
        QVERIFY(!save->isEnabled());
        plannedEnd->setText(end);
        QVERIFY(save->isEnabled());
        save->click();
        edited = true;
    });
    browser.find<QAction>("editProjectAction")->trigger();
    QVERIFY(edited);
    QCOMPARE(browser.table()->currentIndex().data().toString(),
             QStringLiteral("Skills partnership, renamed"));
    QCOMPARE(ProjectRecordRepository(*browser.window.store()).load(6)->project.title.en,
             QStringLiteral("Skills partnership, renamed"));
    auto *history = browser.find<QTableView>("projectHistoryTable");
    QCOMPARE(history->model()->rowCount(), 1);
    QCOMPARE(history->model()->index(0, 4).data().toString(), oldTitle);

    browser.find<QAction>("undoAction")->trigger();
    QCOMPARE(browser.table()->currentIndex().data().toString(), oldTitle);
    QCOMPARE(ProjectRecordRepository(*browser.window.store()).load(6)->project.title.en, oldTitle);
    QCOMPARE(history->model()->rowCount(), 2);
    browser.find<QAction>("redoAction")->trigger();
    QCOMPARE(browser.table()->currentIndex().data().toString(),
             QStringLiteral("Skills partnership, renamed"));
}

void TestPortfolioBrowser::timelineSharesSelectionAndFilter()
{
    BrowserWindow browser(m_samplePath);
    TimelineView *timeline = browser.window.timelineView();
    browser.window.views()->setCurrentWidget(timeline);
    QTest::qWait(20);
    const QRect bar = timeline->projectRect(4);
    QVERIFY(bar.isValid());
    QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, bar.center());
    QCOMPARE(browser.window.context().currentProjectId(), qint64(4));
    QCOMPARE(browser.table()->currentIndex().data(IdRole).toLongLong(), qint64(4));
    QVERIFY(browser.table()->currentIndex().data().toString().startsWith(
        QStringLiteral("Achieving SDGs")));

    // A filter made in the portfolio narrows the timeline too.
    ProjectFilter filter;
    filter.countryCodes = {QStringLiteral("LA")};
    browser.window.context().setFilter(filter);
    QCOMPARE(timeline->model()->rowCount(), 3);
    QVERIFY(!timeline->projectRect(4).isValid());
}

void TestPortfolioBrowser::lookupListsEditAndUndo()
{
    BrowserWindow browser(m_samplePath);
    const LookupLists before = LookupListsRepository(*browser.window.store()).load();
    bool saved = false;
    QTimer::singleShot(0, [&saved] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *themes = dialog->findChild<QTableWidget *>(QStringLiteral("themesListTable"));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("lookupSaveButton"));
        QVERIFY(themes && save);
        themes->item(0, 1)->setText(QStringLiteral("改名的主题"));
        // An empty name in both languages blocks saving.
        const QString english = themes->item(1, 0)->text();
        const QString chinese = themes->item(1, 1)->text();
        themes->item(1, 0)->setText(QString());
        themes->item(1, 1)->setText(QString());
        QVERIFY(!save->isEnabled());
        themes->item(1, 0)->setText(english);
        themes->item(1, 1)->setText(chinese);
        QVERIFY(save->isEnabled());
        save->click();
        saved = true;
    });
    browser.find<QAction>("lookupListsAction")->trigger();
    QVERIFY(saved);
    QCOMPARE(LookupListsRepository(*browser.window.store()).load().themes.first().name.zh,
             QStringLiteral("改名的主题"));
    browser.find<QAction>("undoAction")->trigger();
    QCOMPARE(LookupListsRepository(*browser.window.store()).load().themes.first().name.zh,
             before.themes.first().name.zh);
}

void TestPortfolioBrowser::historyTabShowsChanges()
{
    BrowserWindow browser(m_samplePath);
    ProjectRecord record = *ProjectRecordRepository(*browser.window.store()).load(7);
    record.project.title.zh = QStringLiteral("修改后的标题");
    ProjectChanges(*browser.window.store(), AuditActor(QStringLiteral("chen"))).apply({}, record);
    browser.window.context().notifyDataChanged();
    browser.window.context().setCurrentProject(7);
    auto *history = browser.find<QTableView>("projectHistoryTable");
    QVERIFY(history);
    QCOMPARE(history->model()->rowCount(), 1);
    QCOMPARE(history->model()->index(0, 1).data().toString(), QStringLiteral("chen"));
    QCOMPARE(history->model()->index(0, 5).data().toString(), QStringLiteral("修改后的标题"));
    auto *tabs = browser.find<QTabWidget>("projectDetailTabs");
    QCOMPARE(tabs->tabText(1), QStringLiteral("History"));
}

void TestPortfolioBrowser::copiesRowsWithHeader()
{
    BrowserWindow browser(m_samplePath);
    browser.window.context().setCurrentProject(4);
    browser.window.portfolioView()->copySelection();
    const QStringList lines =
        QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.first().startsWith(QStringLiteral("Code\tTitle\tCountries")));
    QVERIFY(lines.at(1).contains(QStringLiteral("Achieving SDGs")));
    QVERIFY(lines.at(1).contains(QStringLiteral("Cambodia, Pakistan")));
}

void TestPortfolioBrowser::exportsCsvForSpreadsheets()
{
    {
        // A code that a spreadsheet would run as a formula.
        auto store = PortfolioOpener::open(m_samplePath, PortfolioOpener::NewFileContent::Sample);
        ProjectRecord record = *ProjectRecordRepository(*store).load(2);
        record.project.code = QStringLiteral("=HYPERLINK(\"http://x\")");
        ProjectChanges(*store, AuditActor(QStringLiteral("t"))).apply({}, record);
    }
    BrowserWindow browser(m_samplePath, Language::Chinese);
    ProjectFilter filter;
    filter.sdgGoals = {1};
    browser.window.context().setFilter(filter);
    QCOMPARE(browser.model()->rowCount(), 3);
    const QString path = m_folders.filePath(QStringLiteral("projects.csv"));
    QCOMPARE(browser.window.portfolioView()->exportCsv(path), QString());
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray actual = written.readAll();
    const QString goldenPath = QFINDTESTDATA("golden/projects-sdg1-zh.csv");
    testsupport::updateGoldenIfAsked(goldenPath, actual);
    QFile golden(goldenPath);
    QVERIFY(golden.open(QIODevice::ReadOnly));
    QVERIFY(actual.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(golden.readAll()));

    // A folder that does not exist: a message, no crash.
    QVERIFY(!browser.window.portfolioView()
                 ->exportCsv(m_folders.filePath(QStringLiteral("missing/x.csv")))
                 .isEmpty());
}

// Export Table as CSV writes on another thread, from a connection of its own, the same file
// as the export on the window's thread (the golden file of exportsCsvForSpreadsheets).
void TestPortfolioBrowser::exportsCsvInTheBackground()
{
    {
        auto store = PortfolioOpener::open(m_samplePath, PortfolioOpener::NewFileContent::Sample);
        ProjectRecord record = *ProjectRecordRepository(*store).load(2);
        record.project.code = QStringLiteral("=HYPERLINK(\"http://x\")");
        ProjectChanges(*store, AuditActor(QStringLiteral("t"))).apply({}, record);
    }
    BrowserWindow browser(m_samplePath, Language::Chinese);
    ProjectFilter filter;
    filter.sdgGoals = {1};
    browser.window.context().setFilter(filter);
    QCOMPARE(browser.model()->rowCount(), 3);
    const QString path = m_folders.filePath(QStringLiteral("background.csv"));
    PortfolioView *view = browser.window.portfolioView();
    // The window shows a problem in a message box: read and closed here.
    QStringList shown;
    QTimer closer;
    connect(&closer, &QTimer::timeout, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown << box->text();
            box->accept();
        }
    });
    closer.start(10);
    view->startCsvExport(path);
    QVERIFY(view->isExporting());
    QTRY_VERIFY(!view->isExporting());
    QCOMPARE(shown, QStringList());
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QFile golden(QFINDTESTDATA("golden/projects-sdg1-zh.csv"));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), QString::fromUtf8(golden.readAll()));

    // A folder that does not exist: a message.
    view->startCsvExport(m_folders.filePath(QStringLiteral("missing/x.csv")));
    QTRY_COMPARE(shown.size(), 1);
    QVERIFY(!view->isExporting());
    QVERIFY2(shown.first().contains(QStringLiteral("x.csv")), qPrintable(shown.first()));
}

// Cancel stops the export and leaves no file, not even a partial or temporary one.
void TestPortfolioBrowser::cancelledCsvExportLeavesNoFile()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("cancelled.csv"));
    {
        BrowserWindow browser(m_samplePath);
        PortfolioView *view = browser.window.portfolioView();
        QSignalSpy errors(&browser.window.context(), &PortfolioContext::errorReported);
        view->startCsvExport(path);
        auto *progress = view->findChild<QProgressDialog *>(QStringLiteral("csvExportProgress"));
        QVERIFY(progress);
        progress->findChild<QPushButton *>()->click(); // the dialog's Cancel button
        QVERIFY(!view->isExporting());
        QTest::qWait(200);
        QCOMPARE(errors.size(), 0);
    } // the window waits for the export's thread to end
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestPortfolioBrowser::columnChooserHidesColumns()
{
    BrowserWindow browser(m_samplePath);
    QMenu *columns = browser.find<QMenu>("columnsMenu");
    QVERIFY(columns);
    QMetaObject::invokeMethod(columns, "aboutToShow");
    QAction *budget = nullptr;
    for (QAction *action : columns->actions())
        if (action->text() == QLatin1String("Budget"))
            budget = action;
    QVERIFY(budget && budget->isChecked());
    budget->setChecked(false);
    QVERIFY(browser.table()->horizontalHeader()->isSectionHidden(ProjectTableModel::Budget));
    QVERIFY(!browser.window.portfolioView()->visibleColumns().contains(ProjectTableModel::Budget));
    budget->setChecked(true);
    QVERIFY(!browser.table()->horizontalHeader()->isSectionHidden(ProjectTableModel::Budget));
}

void TestPortfolioBrowser::screenshots()
{
    for (Language language : {Language::English, Language::Chinese}) {
        BrowserWindow browser(m_samplePath, language);
        ProjectFilter filter;
        filter.countryCodes = {QStringLiteral("LA")};
        browser.window.context().setFilter(filter);
        browser.window.context().setCurrentProject(3);
        QCOMPARE(browser.model()->rowCount(), 3);
        const QString code =
            language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
        saveScreenshot(browser.window, QStringLiteral("filtered"), code);
        browser.find<QTabWidget>("projectDetailTabs")->setCurrentIndex(1);
        saveScreenshot(browser.window, QStringLiteral("history"), code);
    }
}

QTEST_MAIN(TestPortfolioBrowser)
#include "tst_portfoliobrowser.moc"
