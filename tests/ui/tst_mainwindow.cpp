// The main window over a sample portfolio, driven as a user would: the projects table, the
// summary of a selected project, switching language at run time, remembered layout and
// language, and a bad file refused with a message while the open portfolio stays.
#include "tests/support/FakeClock.h"
#include "tests/support/MainWindowUnderTest.h"
#include "tests/support/Screenshots.h"
#include "tests/support/StoreTestSupport.h"
#include "tests/support/TestFolders.h"

#include "models/itemmodels/AgreementHistoryModel.h"
#include "models/itemmodels/ProjectTableModel.h"
#include "models/store/ApplicationIdentity.h"
#include "models/store/PortfolioOpener.h"
#include "translations/TranslationLoader.h"
#include "ui/agreements/AgreementsView.h"
#include "ui/mainwindow/InterfaceFont.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/portfolio/PortfolioView.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/shell/PortfolioInstance.h"
#include "ui/shell/Preferences.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <atomic>
#include <functional>

using namespace sstc;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsSampleProjectsInEnglish();
    void switchesToChineseAtRunTime();
    void selectingAProjectShowsItsSummary();
    void aSearchThatHidesTheSelectedProjectDeselectsIt();
    void aProjectMadeCurrentElsewhereIsNeverAHiddenOne();
    void agreementsAndPortfolioLeadToEachOther();
    void everyViewHasItsTabAndMenuEntries();
    void keepsTheDefaultPortfolioBetweenRuns();
    void followsTheSystemLanguageUntilOneIsChosen();
    void remembersLanguageAndLayout();
    void refusesABadFileAndKeepsThePortfolio();
    void explainsEachBadFile_data();
    void explainsEachBadFile();
    void bringsForwardTheWindowThatHasTheFile();
    void lookupListsLeadToTheirChangeHistory();

private:
    static QStringList columnTexts(QTableView *table, int column);

    TestFolders m_folders;
    // A day with no agreement near its end: no expiry reminder opens at start, whatever day the
    // test runs.
    FakeClock m_clock{QDate(2024, 6, 15)};
    QString m_samplePath;
};

void TestMainWindow::initTestCase()
{
    setApplicationIdentity();
    applyInterfaceFont();
    m_samplePath = m_folders.filePath(QStringLiteral("sample.sstc"));
    PortfolioOpener::open(m_samplePath, PortfolioOpener::NewFileContent::Sample);
}

QStringList TestMainWindow::columnTexts(QTableView *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        texts << table->model()->index(row, column).data().toString();
    return texts;
}

void TestMainWindow::showsSampleProjectsInEnglish()
{
    MainWindowUnderTest sample(m_samplePath);
    QVERIFY(sample.opened);
    MainWindow &window = sample.window;

    auto *table = window.findChild<QTableView *>(QStringLiteral("projectTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 8);
    const QStringList titles = columnTexts(table, ProjectTableModel::Title);
    QVERIFY(titles.contains(
        QStringLiteral("Achieving SDGs and Ending Poverty through Universal Social Protection")));
    QCOMPARE(table->model()->headerData(ProjectTableModel::Title, Qt::Horizontal).toString(),
             QStringLiteral("Title"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("portfolioStatus"));
    QVERIFY2(status->text().startsWith(QStringLiteral("8 of 8 projects")),
             qPrintable(status->text()));
    QVERIFY(window.windowTitle().contains(QStringLiteral("sample.sstc")));
    saveScreenshot(window, QStringLiteral("main"), QStringLiteral("en"));
}

void TestMainWindow::switchesToChineseAtRunTime()
{
    MainWindowUnderTest sample(m_samplePath);
    QVERIFY(sample.opened);
    MainWindow &window = sample.window;

    auto *chinese = window.findChild<QAction *>(QStringLiteral("languageChineseAction"));
    QVERIFY(chinese);
    chinese->trigger();
    QCoreApplication::processEvents();

    auto *table = window.findChild<QTableView *>(QStringLiteral("projectTable"));
    QCOMPARE(table->model()->rowCount(), 8);
    QVERIFY(columnTexts(table, ProjectTableModel::Title)
                .contains(QStringLiteral("通过全民社会保护实现可持续发展目标并消除贫困")));
    QVERIFY(columnTexts(table, ProjectTableModel::Countries)
                .contains(QStringLiteral("柬埔寨、巴基斯坦")));
    QCOMPARE(table->model()->headerData(ProjectTableModel::Title, Qt::Horizontal).toString(),
             QStringLiteral("标题"));
    auto *fileMenu = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
    QCOMPARE(fileMenu->title(), QStringLiteral("文件(&F)"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("portfolioStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("个项目")), qPrintable(status->text()));
    saveScreenshot(window, QStringLiteral("main"), QStringLiteral("zh"));

    // And back: nothing stays in Chinese.
    window.findChild<QAction *>(QStringLiteral("languageEnglishAction"))->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
    QCOMPARE(table->model()->headerData(ProjectTableModel::Title, Qt::Horizontal).toString(),
             QStringLiteral("Title"));
    QVERIFY(columnTexts(table, ProjectTableModel::Title)
                .contains(QStringLiteral(
                    "Achieving SDGs and Ending Poverty through Universal Social Protection")));
}

void TestMainWindow::selectingAProjectShowsItsSummary()
{
    MainWindowUnderTest sample(m_samplePath);
    QVERIFY(sample.opened);
    MainWindow &window = sample.window;
    auto *table = window.findChild<QTableView *>(QStringLiteral("projectTable"));
    const int row = int(columnTexts(table, ProjectTableModel::Title)
                            .indexOf(QStringLiteral("Achieving SDGs and Ending Poverty through "
                                                    "Universal Social Protection")));
    QVERIFY(row >= 0);
    const QRect cell = table->visualRect(table->model()->index(row, ProjectTableModel::Title));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());

    auto *summary = window.findChild<QTextBrowser *>(QStringLiteral("projectSummary"));
    QVERIFY(summary);
    const QString text = summary->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("US$745,000")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Cambodia")));
    QVERIFY(text.contains(QStringLiteral("Pakistan")));
    QVERIFY(
        text.contains(QStringLiteral("United Nations Department of Economic and Social Affairs")));
    QVERIFY(text.contains(QStringLiteral("500,000")));
}

// Issue 21: a project the search hides was still in the summary, and Del offered to delete it.
void TestMainWindow::aSearchThatHidesTheSelectedProjectDeselectsIt()
{
    MainWindowUnderTest sample(m_samplePath);
    QVERIFY(sample.opened);
    MainWindow &window = sample.window;
    auto *table = sample.find<QTableView>("projectTable");
    const QString title =
        QStringLiteral("Achieving SDGs and Ending Poverty through Universal Social Protection");
    const int row = int(columnTexts(table, ProjectTableModel::Title).indexOf(title));
    QVERIFY(row >= 0);
    QTest::mouseClick(
        table->viewport(), Qt::LeftButton, {},
        table->visualRect(table->model()->index(row, ProjectTableModel::Title)).center());
    auto *summary = sample.find<QTextBrowser>("projectSummary");
    auto *edit = sample.find<QAction>("editProjectAction");
    auto *remove = sample.find<QAction>("deleteProjectAction");
    QVERIFY(summary->isVisible());
    QVERIFY(summary->toPlainText().contains(title));
    QVERIFY(edit->isEnabled());
    QVERIFY(remove->isEnabled());

    auto *search = sample.find<QLineEdit>("projectSearchEdit");
    QTest::mouseClick(search, Qt::LeftButton);
    QTest::keyClicks(search, QStringLiteral("Skills"));
    QTRY_VERIFY(!columnTexts(table, ProjectTableModel::Title).contains(title));
    QVERIFY(table->model()->rowCount() > 0);
    QVERIFY(table->selectionModel()->selectedRows().isEmpty());
    QVERIFY(!summary->isVisible()); // the placeholder instead
    QVERIFY(sample.find<QLabel>("projectSummaryPlaceholder")->isVisible());
    QVERIFY(!edit->isEnabled());
    QVERIFY(!remove->isEnabled());
    QCOMPARE(window.context().currentProjectId(), 0);

    // Shown again, it stays unselected: nothing is acted on that the user did not choose.
    search->clear();
    QTRY_VERIFY(columnTexts(table, ProjectTableModel::Title).contains(title));
    QVERIFY(!remove->isEnabled());
}

// Issue 21: a project made current by an undo, or from an agreement's list of projects, could
// be one the filter hides; the summary then showed it and Del acted on it.
void TestMainWindow::aProjectMadeCurrentElsewhereIsNeverAHiddenOne()
{
    QFile::remove(m_samplePath);
    PortfolioOpener::open(m_samplePath, PortfolioOpener::NewFileContent::Sample);
    MainWindowUnderTest sample(m_samplePath);
    QVERIFY(sample.opened);
    MainWindow &window = sample.window;
    auto *table = sample.find<QTableView>("projectTable");
    auto *summary = sample.find<QTextBrowser>("projectSummary");
    auto *remove = sample.find<QAction>("deleteProjectAction");
    const QString title =
        QStringLiteral("Achieving SDGs and Ending Poverty through Universal Social Protection");
    const int row = int(columnTexts(table, ProjectTableModel::Title).indexOf(title));
    QVERIFY(row >= 0);
    QTest::mouseClick(
        table->viewport(), Qt::LeftButton, {},
        table->visualRect(table->model()->index(row, ProjectTableModel::Title)).center());
    const qint64 id = window.context().currentProjectId();
    QVERIFY(id != 0);

    // Deleted, then a search that would not show it, then undo: it is back, but hidden.
    QTimer::singleShot(0, this, [] {
        auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(question);
        for (QAbstractButton *button : question->buttons())
            if (question->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
    });
    remove->trigger();
    QVERIFY(!columnTexts(table, ProjectTableModel::Title).contains(title));
    auto *search = sample.find<QLineEdit>("projectSearchEdit");
    QTest::mouseClick(search, Qt::LeftButton);
    QTest::keyClicks(search, QStringLiteral("Skills"));
    QTRY_VERIFY(table->model()->rowCount() < 7);
    sample.find<QAction>("undoAction")->trigger();
    QVERIFY(!columnTexts(table, ProjectTableModel::Title).contains(title));
    QCOMPARE(window.context().currentProjectId(), 0);
    QVERIFY(!summary->isVisible());
    QVERIFY(!remove->isEnabled());

    // Asked for from an agreement's projects, a hidden project is shown: the filter gives way.
    const auto *agreements = window.agreementsView()->model();
    qint64 partnership = 0;
    for (int r = 0; r < agreements->rowCount() && !partnership; ++r)
        if (agreements->index(r, AgreementHistoryModel::Title)
                .data()
                .toString()
                .startsWith(QStringLiteral("ILO–MOHRSS Partnership Agreement")))
            partnership = agreements->index(r, 0).data(IdRole).toLongLong();
    QVERIFY(partnership != 0);
    window.views()->setCurrentWidget(window.agreementsView());
    window.agreementsView()->selectAgreement(partnership);
    auto *projects =
        window.agreementsView()->findChild<QListWidget *>(QStringLiteral("agreementProjectsList"));
    QVERIFY(projects && projects->count() == 1);
    const qint64 linked = projects->item(0)->data(Qt::UserRole).toLongLong();
    QVERIFY(window.portfolioView()->model()->rowOfProject(linked) < 0); // hidden by "Skills"
    QTest::mouseClick(projects->viewport(), Qt::LeftButton, {},
                      projects->visualItemRect(projects->item(0)).center());
    QCOMPARE(window.views()->currentWidget(), window.portfolioView());
    QCOMPARE(window.context().currentProjectId(), linked);
    QCOMPARE(table->selectionModel()->currentIndex().data(IdRole).toLongLong(), linked);
    QVERIFY(search->text().isEmpty());
    QVERIFY(summary->isVisible());
    QVERIFY(remove->isEnabled());
}

// A project clicked in an agreement's detail brings the portfolio tab forward with that project
// selected; the project's agreement link brings the agreements tab forward with it selected.
void TestMainWindow::agreementsAndPortfolioLeadToEachOther()
{
    MainWindowUnderTest sample(m_samplePath);
    QVERIFY(sample.opened);
    MainWindow &window = sample.window;
    AgreementsView *agreements = window.agreementsView();
    QVERIFY(agreements);
    QCOMPARE(window.views()->tabText(window.views()->indexOf(agreements)),
             QStringLiteral("&Agreements"));
    window.views()->setCurrentWidget(agreements);

    const auto *model = agreements->model();
    qint64 partnership = 0;
    for (int row = 0; row < model->rowCount() && !partnership; ++row)
        if (model->index(row, 0).data(IdRole).toLongLong() != 0 &&
            model->index(row, AgreementHistoryModel::Title)
                .data()
                .toString()
                .startsWith(QStringLiteral("ILO–MOHRSS Partnership Agreement")))
            partnership = model->index(row, 0).data(IdRole).toLongLong();
    QVERIFY(partnership != 0);
    agreements->selectAgreement(partnership);
    auto *projects = agreements->findChild<QListWidget *>(QStringLiteral("agreementProjectsList"));
    QVERIFY(projects && projects->count() == 1);
    const qint64 projectId = projects->item(0)->data(Qt::UserRole).toLongLong();
    QTest::mouseClick(projects->viewport(), Qt::LeftButton, {},
                      projects->visualItemRect(projects->item(0)).center());
    QCOMPARE(window.views()->currentWidget(), window.portfolioView());
    auto *table = window.findChild<QTableView *>(QStringLiteral("projectTable"));
    QCOMPARE(table->selectionModel()->currentIndex().data(IdRole).toLongLong(), projectId);

    emit window.portfolioView()->agreementActivated(partnership);
    QCOMPARE(window.views()->currentWidget(), agreements);
    QCOMPARE(agreements->currentAgreementId(), partnership);
}

// The views in their tabs, and the actions of each feature in the menus the user looks in.
void TestMainWindow::everyViewHasItsTabAndMenuEntries()
{
    MainWindowUnderTest sample(m_samplePath);
    QVERIFY(sample.opened);
    MainWindow &window = sample.window;
    QStringList tabs;
    for (int i = 0; i < window.views()->count(); ++i)
        tabs << window.views()->widget(i)->objectName();
    QCOMPARE(tabs, (QStringList{"portfolioView", "timelineView", "fundingView", "agreementsView",
                                "offersView"}));
    const auto menuHas = [&](const char *menu, const char *action) {
        auto *found = window.findChild<QMenu *>(QLatin1String(menu));
        if (!found)
            return false;
        for (QAction *entry : found->actions())
            if (entry->objectName() == QLatin1String(action))
                return true;
        return false;
    };
    QVERIFY(menuHas("fileMenu", "donorReportAction"));
    QVERIFY(menuHas("editMenu", "exchangeRatesAction"));
    QVERIFY(menuHas("editMenu", "editOffersAction"));
    QVERIFY(menuHas("editMenu", "newAgreementAction"));
    QVERIFY(menuHas("editMenu", "editAgreementAction"));
}

// First start creates the user's portfolio with the sample; the next start finds the same data,
// not a second copy of it.
void TestMainWindow::keepsTheDefaultPortfolioBetweenRuns()
{
    QString firstPath;
    {
        TranslationLoader translations;
        MainWindow window(translations);
        window.show();
        QVERIFY(window.openDefaultPortfolio());
        firstPath = window.store()->path();
        QVERIFY(firstPath.startsWith(m_folders.path()));
        QCOMPARE(
            window.findChild<QTableView *>(QStringLiteral("projectTable"))->model()->rowCount(), 8);
        window.close();
    }
    TranslationLoader translations;
    MainWindow window(translations);
    window.show();
    QVERIFY(window.openDefaultPortfolio());
    QCOMPARE(window.store()->path(), firstPath);
    QVERIFY(!window.store()->wasCreated());
    QCOMPARE(window.findChild<QTableView *>(QStringLiteral("projectTable"))->model()->rowCount(),
             8);
}

void TestMainWindow::followsTheSystemLanguageUntilOneIsChosen()
{
    QSettings().remove(QStringLiteral("ui/language"));
    {
        MainWindowUnderTest sample(m_samplePath, Language::Chinese);
        QVERIFY(sample.opened);
        sample.window.close();
    }
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    QCOMPARE(Preferences::language(), TranslationLoader::systemLanguage());
}

void TestMainWindow::remembersLanguageAndLayout()
{
    {
        TranslationLoader translations;
        translations.apply(Language::English);
        MainWindow window(translations);
        window.show();
        window.resize(1100, 650);
        window.findChild<QAction *>(QStringLiteral("languageChineseAction"))->trigger();
        window.close();
    }
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh"));
    TranslationLoader translations;
    translations.apply(Language::English);
    MainWindow window(translations);
    window.show();
    QCOMPARE(window.size(), QSize(1100, 650));
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
}

void TestMainWindow::refusesABadFileAndKeepsThePortfolio()
{
    MainWindowUnderTest sample(m_samplePath);
    QVERIFY(sample.opened);
    MainWindow &window = sample.window;

    const QString bad = m_folders.filePath(QStringLiteral("notes.sstc"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are meeting notes, not a portfolio.\n");
    file.close();

    QString shown;
    QTimer::singleShot(0, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            shown = box->text();
            box->accept();
        }
    });
    QVERIFY(!window.openPortfolio(bad));
    QVERIFY2(shown.contains(QStringLiteral("notes.sstc")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("not a database")));
    QCOMPARE(window.store()->path(), QFileInfo(m_samplePath).absoluteFilePath());
    auto *table = window.findChild<QTableView *>(QStringLiteral("projectTable"));
    QCOMPARE(table->model()->rowCount(), 8);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("These are meeting notes, not a portfolio.\n"));
}

// Each kind of file the store refuses: the dialog names the file and the reason, in the UI
// language, and the file's bytes stay as they were.
void TestMainWindow::explainsEachBadFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("reason");
    const QList<QPair<QString, QStringList>> cases = {
        {QStringLiteral("text"),
         {QStringLiteral("not a database file"), QStringLiteral("不是数据库文件")}},
        {QStringLiteral("damaged"), {QStringLiteral("damaged"), QStringLiteral("已损坏")}},
        {QStringLiteral("newer"), {QStringLiteral("newer version"), QStringLiteral("较新版本")}},
        {QStringLiteral("readonly"), {QStringLiteral("read-only"), QStringLiteral("只读")}},
        {QStringLiteral("folder"),
         {QStringLiteral("cannot write in the folder"), QStringLiteral("文件夹")}},
    };
    for (const auto &entry : cases) {
        QTest::addRow("%s-en", qPrintable(entry.first))
            << entry.first << QStringLiteral("en") << entry.second.at(0);
        QTest::addRow("%s-zh", qPrintable(entry.first))
            << entry.first << QStringLiteral("zh") << entry.second.at(1);
    }
}

void TestMainWindow::explainsEachBadFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, language);
    QFETCH(QString, reason);

    QTemporaryDir folder;
    QString path = folder.filePath(QStringLiteral("bad.sstc"));
    if (kind == QLatin1String("text")) {
        QVERIFY(testsupport::writeFile(path, "Minutes of the 2016 seminar\n"));
    } else {
        QVERIFY(QFile::copy(m_samplePath, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        if (kind == QLatin1String("damaged")) {
            QByteArray bytes = testsupport::fileBytes(path);
            for (int i = 100; i < 4096 && i < bytes.size(); ++i)
                bytes[i] = char(0xA5);
            QVERIFY(testsupport::writeFile(path, bytes));
        } else if (kind == QLatin1String("newer")) {
            testsupport::rawSql(
                path,
                {QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")});
        } else if (kind == QLatin1String("readonly")) {
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
        } else if (kind == QLatin1String("folder")) {
            path = folder.filePath(QStringLiteral("locked/new.sstc"));
            QDir().mkpath(folder.filePath(QStringLiteral("locked")));
            QFile::setPermissions(folder.filePath(QStringLiteral("locked")),
                                  QFile::ReadOwner | QFile::ExeOwner);
        }
    }
    const QByteArray before = testsupport::fileChecksum(path);

    MainWindowUnderTest sample(m_samplePath, languageFromCode(language));
    QVERIFY(sample.opened);
    MainWindow &window = sample.window;

    QString shown;
    QTimer::singleShot(0, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    QVERIFY(!window.openPortfolio(path));
    QVERIFY2(shown.contains(reason), qPrintable(shown));
    QVERIFY2(shown.contains(QFileInfo(path).fileName()), qPrintable(shown));
    QCOMPARE(testsupport::fileChecksum(path), before);
    QCOMPARE(window.findChild<QTableView *>(QStringLiteral("projectTable"))->model()->rowCount(),
             8);
    if (kind == QLatin1String("folder"))
        QVERIFY(!QFileInfo::exists(path));
    QFile::setPermissions(QFileInfo(path).absolutePath(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

// File → Open of a file another window has open brings that window forward instead of
// opening the file a second time.
void TestMainWindow::bringsForwardTheWindowThatHasTheFile()
{
    const QString other = m_folders.filePath(QStringLiteral("held-elsewhere.sstc"));
    PortfolioStore::openFile(other); // created, and closed again
    // The other window's answering side, on a thread of its own as in another process.
    QThread thread;
    auto *elsewhere = new PortfolioInstance;
    elsewhere->moveToThread(&thread);
    connect(&thread, &QThread::finished, elsewhere, &QObject::deleteLater);
    std::atomic<int> activations = 0;
    connect(
        elsewhere, &PortfolioInstance::activationRequested, elsewhere,
        [&activations] { ++activations; }, Qt::DirectConnection);
    thread.start();
    const auto onItsThread = [elsewhere](const std::function<void()> &call) {
        QMetaObject::invokeMethod(elsewhere, call, Qt::BlockingQueuedConnection);
    };
    bool claimed = false;
    onItsThread([&] { claimed = elsewhere->claim(other); });
    QVERIFY(claimed);

    TranslationLoader translations;
    translations.apply(Language::English);
    MainWindow window(translations);
    window.show();
    QVERIFY(window.openPortfolio(m_samplePath));
    QVERIFY(!window.openChosenPortfolio(other));
    QCOMPARE(activations.load(), 1);
    QCOMPARE(window.store()->path(), m_samplePath);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("held-elsewhere.sstc")),
             qPrintable(window.statusBar()->currentMessage()));

    // Once that window has let go of it, the file opens here; opening it again asks nobody.
    onItsThread([&] { elsewhere->release(); });
    QVERIFY(window.openChosenPortfolio(other));
    QCOMPARE(PortfolioInstance::canonicalPath(window.store()->path()),
             PortfolioInstance::canonicalPath(other));
    onItsThread([&] { claimed = elsewhere->claim(other); });
    QVERIFY(window.openChosenPortfolio(other));
    QCOMPARE(activations.load(), 1);
    thread.quit();
    thread.wait();
}

// Edit → Organisations, Countries and Themes offers the history of those lists.
void TestMainWindow::lookupListsLeadToTheirChangeHistory()
{
    TranslationLoader translations;
    translations.apply(Language::English);
    MainWindow window(translations);
    window.show();
    QVERIFY(window.openPortfolio(m_samplePath));
    QStringList seen;
    bool historyButtonShown = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!modal)
            return;
        if (!seen.contains(modal->objectName())) {
            seen << modal->objectName();
            if (auto *history =
                    modal->findChild<QPushButton *>(QStringLiteral("lookupHistoryButton"))) {
                historyButtonShown = history->isVisible();
                QTimer::singleShot(0, history, &QPushButton::click);
                return;
            }
        }
        modal->reject();
    });
    poll.start();
    window.findChild<QAction *>(QStringLiteral("lookupListsAction"))->trigger();
    poll.stop();
    QVERIFY(historyButtonShown);
    QCOMPARE(seen, (QStringList{QStringLiteral("lookupListsDialog"),
                                QStringLiteral("changeHistoryDialog")}));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
