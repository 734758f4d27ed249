// Dates typed the user's way (issue 21, defect 5), driven as the user did, in English and
// Chinese: the Period filter of the portfolio (its calendar opened at January 1900, "2019"
// went back to "any", "1 Jan 2019" became "ny1Jan2019"), the report dialog's period ("1 Jan
// 2013" became "11 Jan 2013"), and the project editor's dates, their calendar and its
// funding lines table. Every field reads through the one rule, Formats::readDate.
#include "tests/support/FakeClock.h"
#include "tests/support/MainWindowUnderTest.h"
#include "tests/support/Screenshots.h"
#include "tests/support/StoreTestSupport.h"
#include "tests/support/TestFolders.h"

#include "models/itemmodels/ProjectTableModel.h"
#include "models/repositories/ProjectRecord.h"
#include "models/repositories/ProjectRepository.h"
#include "models/store/ApplicationIdentity.h"
#include "models/store/PortfolioOpener.h"
#include "translations/TranslationLoader.h"
#include "ui/mainwindow/InterfaceFont.h"
#include "ui/projecteditor/ProjectEditorDialog.h"
#include "ui/report/ReportDialog.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/widgets/DatePickerPopup.h"
#include "ui/widgets/PartialDateEdit.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QtTest>

using namespace sstc;

namespace {
const QString chineseCode = QStringLiteral("zh");

// Types as a user would, then presses Return (in a dialog, Tab: Return would press its
// default button); Chinese arrives as an input method commits it.
void typeInto(QLineEdit *edit, const QString &text, Qt::Key done = Qt::Key_Return)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii) {
        QTest::keyClicks(edit, text);
    } else {
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(edit, &commit);
    }
    QTest::keyClick(edit, done);
}

// The button the field shows for its calendar.
QToolButton *calendarButton(PartialDateEdit *edit)
{
    for (QToolButton *button : edit->findChildren<QToolButton *>())
        if (button->defaultAction() == edit->calendarAction())
            return button;
    return nullptr;
}

// Opens the field's calendar with a click on its button, as the user does.
DatePickerPopup *openCalendar(PartialDateEdit *edit)
{
    QToolButton *button = calendarButton(edit);
    if (!button || !button->isVisible())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return edit->calendar();
}

// Moves the calendar's keyboard cursor by `days` with the arrow keys, and picks with Return.
void pickDaysLater(DatePickerPopup *calendar, int days)
{
    auto *grid = calendar->findChild<QTableView *>(QStringLiteral("qt_calendar_calendarview"));
    QVERIFY(grid);
    for (int i = 0; i < days; ++i)
        QTest::keyClick(grid, Qt::Key_Right);
    QTest::keyClick(grid, Qt::Key_Return);
}

QStringList titles(QTableView *table)
{
    QStringList result;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        result << table->model()->index(row, ProjectTableModel::Title).data().toString();
    return result;
}
} // namespace

class TestDateFields : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void periodFilterTakesAYearAMonthOrADay_data();
    void periodFilterTakesAYearAMonthOrADay();
    void periodCalendarOpensAtTodayAndPicksADay_data();
    void periodCalendarOpensAtTodayAndPicksADay();
    void reportPeriodReadsWhatIsTyped_data();
    void reportPeriodReadsWhatIsTyped();
    void editorDatesHaveACalendar_data();
    void editorDatesHaveACalendar();
    void fundingLineDatesTakeTheWrittenForm();

private:
    static void addLanguages();

    TestFolders m_folders;
    FakeClock m_clock{QDate(2024, 6, 15)};
    QString m_samplePath;
};

void TestDateFields::initTestCase()
{
    setApplicationIdentity();
    applyInterfaceFont();
    m_samplePath = m_folders.filePath(QStringLiteral("sample.sstc"));
    PortfolioOpener::open(m_samplePath, PortfolioOpener::NewFileContent::Sample);
}

void TestDateFields::addLanguages()
{
    QTest::addColumn<int>("language");
    QTest::newRow("en") << int(Language::English);
    QTest::newRow("zh") << int(Language::Chinese);
}

void TestDateFields::periodFilterTakesAYearAMonthOrADay_data()
{
    addLanguages();
}

void TestDateFields::periodFilterTakesAYearAMonthOrADay()
{
    QFETCH(int, language);
    const bool chinese = Language(language) == Language::Chinese;
    QSettings().remove(QStringLiteral("portfolio")); // no filter remembered from another test
    MainWindowUnderTest sample(m_samplePath, Language(language));
    QVERIFY(sample.opened);
    QCoreApplication::processEvents(); // the language change is posted to the window
    auto *table = sample.find<QTableView>("projectTable");
    auto *from = sample.find<PartialDateEdit>("periodFromEdit");
    auto *to = sample.find<PartialDateEdit>("periodToEdit");
    QVERIFY(table && from && to);
    QCOMPARE(table->model()->rowCount(), 8);
    // Empty is "any", and says so.
    QCOMPARE(from->text(), QString());
    QCOMPARE(from->placeholderText(), chinese ? QStringLiteral("不限") : QStringLiteral("any"));

    // A year in each field: the whole of 2019.
    typeInto(from, QStringLiteral("2019"));
    typeInto(to, QStringLiteral("2019"));
    QCOMPARE(from->text(), chinese ? QStringLiteral("2019年") : QStringLiteral("2019"));
    QCOMPARE(sample.window.context().filter().from, QDate(2019, 1, 1));
    QCOMPARE(sample.window.context().filter().to, QDate(2019, 12, 31));
    QCOMPARE(to->toolTip(), chinese ? QStringLiteral("在2019年12月31日或之前仍在进行的项目")
                                    : QStringLiteral("Projects running on or before 31 Dec 2019"));
    QStringList shown = titles(table);
    QCOMPARE(shown.size(), 3);
    saveScreenshot(sample.window, QStringLiteral("period-filter"), chinese ? chineseCode : "en");

    // A month, in the language's own way, and ISO: read the same.
    typeInto(from, chinese ? QStringLiteral("2016年9月") : QStringLiteral("Sep 2016"));
    typeInto(to, QStringLiteral("2016-09"));
    QCOMPARE(to->text(), chinese ? QStringLiteral("2016年9月") : QStringLiteral("Sep 2016"));
    QCOMPARE(sample.window.context().filter().from, QDate(2016, 9, 1));
    QCOMPARE(sample.window.context().filter().to, QDate(2016, 9, 30));
    shown = titles(table);
    QCOMPARE(shown.size(), 2); // the 2013–2017 project and the September 2016 seminar

    // A day: "1 Jan 2019" once gave "ny1Jan2019".
    typeInto(to, QString());
    QCOMPARE(sample.window.context().filter().to, QDate());
    typeInto(from, chinese ? QStringLiteral("2019年1月1日") : QStringLiteral("1 Jan 2019"));
    QCOMPARE(from->text(), chinese ? QStringLiteral("2019年1月1日") : QStringLiteral("1 Jan 2019"));
    QCOMPARE(sample.window.context().filter().from, QDate(2019, 1, 1));
    QCOMPARE(table->model()->rowCount(), 4); // those still running in 2019 or after

    // What cannot be read is marked, and filters nothing away.
    typeInto(from, QStringLiteral("next June"));
    QVERIFY(from->toolTip().contains(chinese ? QStringLiteral("年") : QStringLiteral("Sep 2016")));
    QCOMPARE(sample.window.context().filter().from, QDate());
    QCOMPARE(table->model()->rowCount(), 8);

    // The clear button brings "any" back.
    typeInto(from, QStringLiteral("2022"));
    QCOMPARE(table->model()->rowCount(), 2);
    auto *clear = from->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
    QVERIFY(clear);
    QToolButton *clearButton = nullptr;
    for (QToolButton *button : from->findChildren<QToolButton *>())
        if (button->defaultAction() == clear)
            clearButton = button;
    QVERIFY(clearButton && clearButton->isVisible());
    QTest::mouseClick(clearButton, Qt::LeftButton);
    QCOMPARE(from->text(), QString());
    QCOMPARE(table->model()->rowCount(), 8);
}

void TestDateFields::periodCalendarOpensAtTodayAndPicksADay_data()
{
    addLanguages();
}

void TestDateFields::periodCalendarOpensAtTodayAndPicksADay()
{
    QFETCH(int, language);
    const bool chinese = Language(language) == Language::Chinese;
    QSettings().remove(QStringLiteral("portfolio"));
    MainWindowUnderTest sample(m_samplePath, Language(language));
    QVERIFY(sample.opened);
    QCoreApplication::processEvents();
    auto *from = sample.find<PartialDateEdit>("periodFromEdit");
    DatePickerPopup *calendar = openCalendar(from);
    QVERIFY(calendar);
    QVERIFY(calendar->isVisible());
    // Today, not January 1900.
    QCOMPARE(calendar->selectedDate(), QDate(2024, 6, 15));
    QCOMPARE(calendar->yearShown(), 2024);
    QCOMPARE(calendar->monthShown(), 6);
    QCOMPARE(calendar->locale().language(), chinese ? QLocale::Chinese : QLocale::English);
    saveScreenshot(*calendar, QStringLiteral("period-calendar"), chinese ? chineseCode : "en");

    pickDaysLater(calendar, 5);
    QTRY_VERIFY(!from->calendar());
    QCOMPARE(from->text(),
             chinese ? QStringLiteral("2024年6月20日") : QStringLiteral("20 Jun 2024"));
    QCOMPARE(sample.window.context().filter().from, QDate(2024, 6, 20));

    // Opened again, it shows the field's day.
    calendar = openCalendar(from);
    QVERIFY(calendar);
    QCOMPARE(calendar->selectedDate(), QDate(2024, 6, 20));
    QTest::keyClick(calendar, Qt::Key_Escape);
    QTRY_VERIFY(!from->calendar());
    QCOMPARE(from->text(),
             chinese ? QStringLiteral("2024年6月20日") : QStringLiteral("20 Jun 2024"));

    // A year in the end field opens on its last day.
    auto *to = sample.find<PartialDateEdit>("periodToEdit");
    typeInto(to, QStringLiteral("2025"));
    calendar = openCalendar(to);
    QVERIFY(calendar);
    QCOMPARE(calendar->selectedDate(), QDate(2025, 12, 31));
    calendar->close();
}

void TestDateFields::reportPeriodReadsWhatIsTyped_data()
{
    addLanguages();
}

void TestDateFields::reportPeriodReadsWhatIsTyped()
{
    QFETCH(int, language);
    const bool chinese = Language(language) == Language::Chinese;
    TranslationLoader translations;
    QVERIFY(translations.apply(Language(language)));
    QSettings().remove(QStringLiteral("report"));
    auto store = PortfolioOpener::open(m_samplePath, PortfolioOpener::NewFileContent::Sample);
    PortfolioContext context;
    context.setLanguage(Language(language));
    context.setStore(store.get());
    {
        ReportDialog dialog(context);
        dialog.resize(1366, 768);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *from = dialog.findChild<PartialDateEdit *>(QStringLiteral("reportFromEdit"));
        auto *to = dialog.findChild<PartialDateEdit *>(QStringLiteral("reportToEdit"));
        QVERIFY(from && to);
        // The default period, written the language's way.
        QCOMPARE(from->text(),
                 chinese ? QStringLiteral("2023年1月1日") : QStringLiteral("1 Jan 2023"));

        // "1 Jan 2013" once became "11 Jan 2013".
        typeInto(from, chinese ? QStringLiteral("2013年1月1日") : QStringLiteral("1 Jan 2013"),
                 Qt::Key_Tab);
        typeInto(to, QStringLiteral("2020"), Qt::Key_Tab);
        QCOMPARE(from->text(),
                 chinese ? QStringLiteral("2013年1月1日") : QStringLiteral("1 Jan 2013"));
        QCOMPARE(to->text(), chinese ? QStringLiteral("2020年") : QStringLiteral("2020"));
        QStringList problems;
        ReportRequest request = dialog.request(problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(request.from, QDate(2013, 1, 1));
        QCOMPARE(request.to, QDate(2020, 12, 31)); // the whole of the year
        saveScreenshot(dialog, QStringLiteral("report-period"), chinese ? chineseCode : "en");

        // The calendar opens at the field's day; a picked day is written back.
        DatePickerPopup *calendar = openCalendar(from);
        QVERIFY(calendar);
        QCOMPARE(calendar->selectedDate(), QDate(2013, 1, 1));
        pickDaysLater(calendar, 1);
        QTRY_VERIFY(!from->calendar());
        QCOMPARE(dialog.request(problems).from, QDate(2013, 1, 2));

        // What is not a date is said, not guessed.
        typeInto(to, QStringLiteral("2020-13"), Qt::Key_Tab);
        problems.clear();
        dialog.request(problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(chinese ? QStringLiteral("期间结束")
                                                     : QStringLiteral("The end of the period")),
                 qPrintable(problems.first()));
    }
    translations.apply(Language::English);
}

void TestDateFields::editorDatesHaveACalendar_data()
{
    addLanguages();
}

void TestDateFields::editorDatesHaveACalendar()
{
    QFETCH(int, language);
    const bool chinese = Language(language) == Language::Chinese;
    TranslationLoader translations;
    QVERIFY(translations.apply(Language(language)));
    const QString path = m_folders.filePath(QStringLiteral("editor-%1.sstc").arg(language));
    QFile::remove(path);
    auto store = PortfolioOpener::open(path, PortfolioOpener::NewFileContent::Sample);
    ProjectRecord original;
    for (const Project &project : ProjectRepository(*store).all())
        if (project.title.en.startsWith(QStringLiteral("Expand Employment")))
            original = *ProjectRecordRepository(*store).load(project.id);
    QVERIFY(original.project.id != 0);
    {
        ProjectEditorDialog dialog(*store, original, Language(language));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *start = dialog.findChild<PartialDateEdit *>(QStringLiteral("plannedStartEdit"));
        auto *actualEnd = dialog.findChild<PartialDateEdit *>(QStringLiteral("actualEndEdit"));
        QVERIFY(start && actualEnd);
        // Shown the language's way, and the app's own form is taken back.
        QCOMPARE(start->text(), chinese ? QStringLiteral("2013年") : QStringLiteral("2013"));
        typeInto(start, chinese ? QStringLiteral("2013年6月1日") : QStringLiteral("1 June 2013"),
                 Qt::Key_Tab);
        QCOMPARE(start->text(),
                 chinese ? QStringLiteral("2013年6月1日") : QStringLiteral("1 Jun 2013"));
        QCOMPARE(dialog.record().project.plannedStart.toIso(), QStringLiteral("2013-06-01"));

        // The calendar opens at the field's day, or today for an empty field.
        DatePickerPopup *calendar = openCalendar(start);
        QVERIFY(calendar);
        QCOMPARE(calendar->selectedDate(), QDate(2013, 6, 1));
        pickDaysLater(calendar, 2);
        QTRY_VERIFY(!start->calendar());
        QCOMPARE(start->text(),
                 chinese ? QStringLiteral("2013年6月3日") : QStringLiteral("3 Jun 2013"));
        QCOMPARE(dialog.record().project.plannedStart.toIso(), QStringLiteral("2013-06-03"));

        QCOMPARE(actualEnd->text(), QString());
        calendar = openCalendar(actualEnd);
        QVERIFY(calendar);
        QCOMPARE(calendar->selectedDate(), QDate(2024, 6, 15));
        saveScreenshot(dialog, QStringLiteral("editor-calendar"), chinese ? chineseCode : "en");
        // Alt+Down closes nothing and opens nothing twice; Escape leaves the field as it was.
        QTest::keyClick(calendar, Qt::Key_Escape);
        QTRY_VERIFY(!actualEnd->calendar());
        QCOMPARE(actualEnd->text(), QString());
        // The keyboard opens it too.
        actualEnd->setFocus();
        QTest::keyClick(actualEnd, Qt::Key_Down, Qt::AltModifier);
        QVERIFY(actualEnd->calendar());
        actualEnd->calendar()->close();
    }
    translations.apply(Language::English);
}

void TestDateFields::fundingLineDatesTakeTheWrittenForm()
{
    const QString path = m_folders.filePath(QStringLiteral("funding.sstc"));
    QFile::remove(path);
    auto store = PortfolioOpener::open(path, PortfolioOpener::NewFileContent::Sample);
    ProjectRecord original;
    for (const Project &project : ProjectRepository(*store).all())
        if (project.title.en.startsWith(QStringLiteral("Expand Employment")))
            original = *ProjectRecordRepository(*store).load(project.id);
    QVERIFY(!original.fundingLines.isEmpty());
    ProjectEditorDialog dialog(*store, original);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QTabWidget *>(QStringLiteral("editorTabs"))->setCurrentIndex(2);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("fundingLinesTable"));
    QVERIFY(table);
    int valueDate = -1;
    for (int column = 0; column < table->columnCount(); ++column)
        if (table->horizontalHeaderItem(column)->text() == QLatin1String("Value date"))
            valueDate = column;
    QVERIFY(valueDate >= 0);
    table->setFocus();
    table->setCurrentCell(0, valueDate);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("1 Jun 2022"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->item(0, valueDate)->text(), QStringLiteral("1 Jun 2022"));
    // Accepted, and kept: it was read as no date at all.
    QCOMPARE(table->item(0, valueDate)->toolTip(), QString());
    QCOMPARE(dialog.record().fundingLines.first().valueDate.toIso(), QStringLiteral("2022-06-01"));
}

QTEST_MAIN(TestDateFields)
#include "tst_datefields.moc"
