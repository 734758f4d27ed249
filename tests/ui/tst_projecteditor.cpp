// The project editor over a sample project, driven as a user would: edit both titles, make
// the dates, the percentages and an amount wrong and see why Save is refused, then save
// through a saver that writes the database, and through one that fails.
#include "tests/support/Screenshots.h"
#include "tests/support/TestFolders.h"

#include "models/repositories/ProjectRecord.h"
#include "models/repositories/ProjectRepository.h"
#include "models/store/ApplicationIdentity.h"
#include "models/store/PortfolioOpener.h"
#include "translations/TranslationLoader.h"
#include "ui/mainwindow/InterfaceFont.h"
#include "ui/projecteditor/ProjectEditorDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace sstc;

class TestProjectEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void editsAndSavesTitlesAndDates();
    void refusesPercentagesNotAddingUpTo100();
    void refusesANegativeAmount();
    void keepsTheFormWhenTheSaveFails();
    void dropsPastedControlCharactersAndReportsLongText();
    void newProjectNeedsATitle();
    void fieldsStayPutAsProblemsComeAndGo();
    void cancelAfterTypingAsks();
    void datesTypedAsTheAppWritesThem();
    void screenshots();

private:
    ProjectRecord sampleRecord(const QString &titleStart);
    template<typename T>
    static T *child(QWidget &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }
    // Types as a user would; Chinese arrives as an input method commits it.
    static void typeInto(QLineEdit *edit, const QString &text)
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
    }
    static int columnOf(QTableWidget *table, const QString &header)
    {
        for (int column = 0; column < table->columnCount(); ++column)
            if (table->horizontalHeaderItem(column)->text() == header)
                return column;
        return -1;
    }

    TestFolders m_folders;
    QString m_path;
    std::unique_ptr<PortfolioStore> m_store;
};

void TestProjectEditor::initTestCase()
{
    setApplicationIdentity();
    applyInterfaceFont();
}

// Each test gets a fresh sample portfolio, so that a save in one does not change another.
void TestProjectEditor::init()
{
    m_store.reset();
    m_path = m_folders.filePath(
        QStringLiteral("sample-%1.sstc").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    m_store = PortfolioOpener::open(m_path, PortfolioOpener::NewFileContent::Sample);
    QVERIFY(m_store);
}

ProjectRecord TestProjectEditor::sampleRecord(const QString &titleStart)
{
    for (const Project &project : ProjectRepository(*m_store).all())
        if (project.title.en.startsWith(titleStart))
            return *ProjectRecordRepository(*m_store).load(project.id);
    qWarning("no sample project %s", qPrintable(titleStart));
    return {};
}

void TestProjectEditor::editsAndSavesTitlesAndDates()
{
    const ProjectRecord original = sampleRecord(QStringLiteral("Expand Employment Services"));
    QCOMPARE(original.project.plannedStart.toIso(), QStringLiteral("2013"));
    ProjectEditorDialog dialog(*m_store, original);
    dialog.setSaver(
        [this](const ProjectRecord &record) { ProjectRecordRepository(*m_store).save(record); });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *save = child<QPushButton>(dialog, "saveButton");
    QVERIFY(save->isEnabled());
    typeInto(child<QLineEdit>(dialog, "titleEnEdit"),
             QStringLiteral("Employment Services, Phase I"));
    typeInto(child<QLineEdit>(dialog, "titleZhEdit"), QStringLiteral("就业服务（第一期）"));
    QVERIFY(save->isEnabled());

    // An end before the start: the reason shows under the field and Save is refused.
    auto *plannedEnd = child<QLineEdit>(dialog, "plannedEndEdit");
    typeInto(plannedEnd, QStringLiteral("2012-06"));
    auto *problem = child<QLabel>(dialog, "plannedEndProblem");
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), QStringLiteral("The end (2012-06) is before the start (2013)."));
    QVERIFY(!save->isEnabled());
    QVERIFY(
        child<QLabel>(dialog, "problemSummary")->text().startsWith(QStringLiteral("1 problem")));

    // A text that is not a date says how to write one.
    typeInto(plannedEnd, QStringLiteral("next June"));
    QCOMPARE(problem->text(), QStringLiteral("Write a year, a month or a day: 2016, Sep 2016 or 6 Sep 2016."));
    QVERIFY(!save->isEnabled());
    typeInto(plannedEnd, QStringLiteral("2018-02-30"));
    QCOMPARE(problem->text(),
             QStringLiteral("There is no such date: check the month and the day."));

    typeInto(plannedEnd, QStringLiteral("2018-06"));
    QVERIFY(!problem->isVisible());
    QVERIFY(save->isEnabled());

    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());

    const ProjectRecord saved = *ProjectRecordRepository(*m_store).load(original.project.id);
    QCOMPARE(saved.project.title.en, QStringLiteral("Employment Services, Phase I"));
    QCOMPARE(saved.project.title.zh, QStringLiteral("就业服务（第一期）"));
    QCOMPARE(saved.project.plannedEnd.toIso(), QStringLiteral("2018-06"));
    // What the user did not touch is kept.
    QCOMPARE(saved.project.description, original.project.description);
    QCOMPARE(saved.project.sdgGoals, original.project.sdgGoals);
    QCOMPARE(saved.fundingLines.size(), original.fundingLines.size());
    QCOMPARE(saved.fundingLines.first().amount, original.fundingLines.first().amount);
    QCOMPARE(saved.events.size(), original.events.size());
}

void TestProjectEditor::refusesPercentagesNotAddingUpTo100()
{
    const ProjectRecord original =
        sampleRecord(QStringLiteral("Achieving SDGs and Ending Poverty"));
    QCOMPARE(original.project.countries.size(), 2);
    ProjectEditorDialog dialog(*m_store, original);
    dialog.show();
    child<QTabWidget>(dialog, "editorTabs")->setCurrentIndex(1);
    auto *table = child<QTableWidget>(dialog, "countriesTable");
    auto *total = child<QLabel>(dialog, "countriesTotal");
    auto *problem = child<QLabel>(dialog, "countriesProblem");
    auto *save = child<QPushButton>(dialog, "saveButton");
    const int percentage = columnOf(table, QStringLiteral("Percentage"));
    QVERIFY(percentage >= 0);

    table->item(0, percentage)->setText(QStringLiteral("60"));
    // One given, the other not: the missing cell is marked.
    QVERIFY(!save->isEnabled());
    QCOMPARE(table->item(1, percentage)->toolTip(),
             QStringLiteral("Give a percentage for every country, or for none."));
    QCOMPARE(table->item(1, percentage)->background().color(), QColor(255, 218, 218));

    table->item(1, percentage)->setText(QStringLiteral("30"));
    QCOMPARE(total->text(), QStringLiteral("Total: 90%"));
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), QStringLiteral("The percentages add up to 90%, not 100%."));
    QVERIFY(!save->isEnabled());
    QCOMPARE(table->item(1, percentage)->background().style(), Qt::NoBrush);

    table->item(1, percentage)->setText(QStringLiteral("40"));
    QCOMPARE(total->text(), QStringLiteral("Total: 100%"));
    QVERIFY(!problem->isVisible());
    QVERIFY(save->isEnabled());
    QCOMPARE(dialog.record().project.countries.at(1).percentage, std::optional<double>(40));
}

void TestProjectEditor::refusesANegativeAmount()
{
    const ProjectRecord original = sampleRecord(QStringLiteral("Expand Employment Services"));
    QVERIFY(!original.fundingLines.isEmpty());
    ProjectEditorDialog dialog(*m_store, original);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QTabWidget>(dialog, "editorTabs")->setCurrentIndex(2);
    auto *table = child<QTableWidget>(dialog, "fundingLinesTable");
    auto *save = child<QPushButton>(dialog, "saveButton");
    const int amount = columnOf(table, QStringLiteral("Amount"));
    QCOMPARE(table->item(0, amount)->text(), QStringLiteral("1000000"));

    // Typed into the cell from the keyboard, as a user would.
    table->setFocus();
    table->setCurrentCell(0, amount);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("-500"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the editor's text from the event loop.
    QTRY_COMPARE(table->item(0, amount)->text(), QStringLiteral("-500"));

    QVERIFY(!save->isEnabled());
    QCOMPARE(table->item(0, amount)->toolTip(), QStringLiteral("An amount cannot be negative."));
    auto *problem = child<QLabel>(dialog, "fundingLinesProblem");
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), QStringLiteral("Row 1, Amount: An amount cannot be negative."));

    table->item(0, amount)->setText(QStringLiteral("abc"));
    QCOMPARE(problem->text(), QStringLiteral("Row 1, Amount: Not a number."));
    table->item(0, amount)->setText(QStringLiteral("750,000.50"));
    QVERIFY(save->isEnabled());
    QCOMPARE(dialog.record().fundingLines.first().amount.hundredths, 75000050);

    const int currency = columnOf(table, QStringLiteral("Currency"));
    table->item(0, currency)->setText(QStringLiteral("RMB"));
    QVERIFY(!save->isEnabled());
    QCOMPARE(problem->text(), QStringLiteral("Row 1, Currency: “RMB” is not an ISO 4217 currency "
                                             "code such as USD or CNY."));
    table->item(0, currency)->setText(QStringLiteral("cny"));
    QVERIFY(save->isEnabled());
    QCOMPARE(dialog.record().fundingLines.first().amount.currency, QStringLiteral("CNY"));
}

void TestProjectEditor::keepsTheFormWhenTheSaveFails()
{
    const ProjectRecord original = sampleRecord(QStringLiteral("Expand Employment Services"));
    ProjectEditorDialog dialog(*m_store, original);
    int attempts = 0;
    dialog.setSaver([&](const ProjectRecord &) {
        ++attempts;
        throw StoreError(StoreError::Kind::Locked, m_path);
    });
    dialog.show();
    typeInto(child<QLineEdit>(dialog, "titleEnEdit"), QStringLiteral("Not saved yet"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);

    QCOMPARE(attempts, 1);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted
    auto *error = child<QLabel>(dialog, "saveErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("another program")), qPrintable(error->text()));
    QCOMPARE(child<QLineEdit>(dialog, "titleEnEdit")->text(), QStringLiteral("Not saved yet"));
    QCOMPARE(dialog.record().project.title.en, QStringLiteral("Not saved yet"));
    // And the database is as it was.
    QCOMPARE(ProjectRecordRepository(*m_store).load(original.project.id)->project.title,
             original.project.title);
}

void TestProjectEditor::dropsPastedControlCharactersAndReportsLongText()
{
    ProjectEditorDialog dialog(*m_store, sampleRecord(QStringLiteral("Expand Employment")));
    dialog.show();
    auto *title = child<QLineEdit>(dialog, "titleEnEdit");
    title->clear();
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral("Lao"));
    // What a paste does: an edit by the user with the clipboard's text.
    title->insert(QStringLiteral("\x01 PDR\x1b"));
    emit title->textEdited(title->text());
    QCOMPARE(title->text(), QStringLiteral("Lao PDR"));
    QCOMPARE(dialog.record().project.title.en, QStringLiteral("Lao PDR"));

    title->setText(QString(10000, u'x'));
    QCOMPARE(title->text().size(), 10000); // taken whole, not cut
    auto *problem = child<QLabel>(dialog, "titleEnProblem");
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(),
             QStringLiteral("Too long: 10,000 characters, at most 500 are allowed."));
    QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
}

void TestProjectEditor::newProjectNeedsATitle()
{
    ProjectEditorDialog dialog(*m_store, ProjectRecord{});
    bool saved = false;
    dialog.setSaver([&](const ProjectRecord &record) {
        ProjectRecordRepository(*m_store).save(record);
        saved = true;
    });
    dialog.show();
    auto *problem = child<QLabel>(dialog, "titleProblem");
    QCOMPARE(problem->text(), QStringLiteral("Give the project a title in English or in Chinese."));
    QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
    dialog.accept(); // refused while there are problems
    QVERIFY(!saved);
    QVERIFY(dialog.isVisible());

    typeInto(child<QLineEdit>(dialog, "titleZhEdit"), QStringLiteral("新项目"));
    QVERIFY(!problem->isVisible());
    const int before = ProjectRepository(*m_store).count();
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(saved);
    QCOMPARE(ProjectRepository(*m_store).count(), before + 1);
}

// Issue 21: the fields moved about 24 px as problem lines came and went, and a click meant
// for one field typed into another.
void TestProjectEditor::fieldsStayPutAsProblemsComeAndGo()
{
    ProjectEditorDialog dialog(*m_store, ProjectRecord{});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList names{QStringLiteral("codeEdit"),          QStringLiteral("titleEnEdit"),
                            QStringLiteral("descriptionEnEdit"), QStringLiteral("plannedStartEdit"),
                            QStringLiteral("actualStartEdit"),   QStringLiteral("agreementCombo")};
    const auto geometries = [&] {
        QList<QRect> result;
        for (const QString &name : names) {
            auto *field = dialog.findChild<QWidget *>(name);
            result << (field ? QRect(field->mapTo(&dialog, QPoint(0, 0)), field->size()) : QRect());
        }
        return result;
    };
    auto *titleProblem = child<QLabel>(dialog, "titleProblem");
    QVERIFY(titleProblem->isVisible()); // a new project has no title yet
    const QList<QRect> withProblem = geometries();

    typeInto(child<QLineEdit>(dialog, "titleEnEdit"), QStringLiteral("A project"));
    QVERIFY(!titleProblem->isVisible());
    QCoreApplication::processEvents(); // the layout settles
    QCOMPARE(geometries(), withProblem);

    typeInto(child<QLineEdit>(dialog, "plannedEndEdit"), QStringLiteral("June"));
    QVERIFY(child<QLabel>(dialog, "plannedEndProblem")->isVisible());
    QCoreApplication::processEvents();
    QCOMPARE(geometries(), withProblem);
}

// Issue 21: the editor refused the dates the app itself writes ("1 Jun 2022", "2022年6月").
void TestProjectEditor::datesTypedAsTheAppWritesThem()
{
    ProjectEditorDialog dialog(*m_store, sampleRecord(QStringLiteral("Expand Employment")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *plannedEnd = child<QLineEdit>(dialog, "plannedEndEdit");
    auto *problem = child<QLabel>(dialog, "plannedEndProblem");
    typeInto(plannedEnd, QStringLiteral("1 Jun 2017"));
    QVERIFY2(!problem->isVisible(), qPrintable(problem->text()));
    QCOMPARE(dialog.record().project.plannedEnd.toIso(), QStringLiteral("2017-06-01"));
    typeInto(plannedEnd, QStringLiteral("2017年6月"));
    QVERIFY2(!problem->isVisible(), qPrintable(problem->text()));
    QCOMPARE(dialog.record().project.plannedEnd.toIso(), QStringLiteral("2017-06"));
    typeInto(plannedEnd, QStringLiteral("31 Jun 2017"));
    QCOMPARE(problem->text(),
             QStringLiteral("There is no such date: check the month and the day."));
    QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
}

// Issue 21: Cancel after typing threw the work away without a word.
void TestProjectEditor::cancelAfterTypingAsks()
{
    const ProjectRecord original = sampleRecord(QStringLiteral("Expand Employment Services"));
    bool saved = false;
    const auto answer = [](QMessageBox::StandardButton button, QString *text = nullptr,
                           bool *saveEnabled = nullptr) {
        QTimer::singleShot(0, [=] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("unsavedChangesQuestion"));
            if (text)
                *text = box->text() + QLatin1Char('\n') + box->informativeText();
            if (saveEnabled)
                *saveEnabled = box->button(QMessageBox::Save)->isEnabled();
            if (qEnvironmentVariableIsSet("SSTC_SCREENSHOTS") && text)
                saveScreenshot(*box, QStringLiteral("editor-unsaved-question"),
                               box->button(QMessageBox::Save)->text().contains(u'保')
                                   ? QStringLiteral("zh")
                                   : QStringLiteral("en"));
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        });
    };

    {
        // Nothing typed: Cancel closes at once.
        ProjectEditorDialog dialog(*m_store, original);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
    ProjectEditorDialog dialog(*m_store, original);
    dialog.setSaver([&](const ProjectRecord &record) {
        ProjectRecordRepository(*m_store).save(record);
        saved = true;
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *code = child<QLineEdit>(dialog, "codeEdit");
    typeInto(code, QStringLiteral("RAS/13/01/CHN"));

    // Cancel in the question: back to the form, as typed.
    QString question;
    answer(QMessageBox::Cancel, &question);
    QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    QVERIFY2(question.startsWith(QStringLiteral("Save your changes to this project")),
             qPrintable(question));
    QVERIFY(dialog.isVisible());
    QCOMPARE(code->text(), QStringLiteral("RAS/13/01/CHN"));

    // With a problem left it cannot be saved: the question says so and offers no Save.
    typeInto(child<QLineEdit>(dialog, "plannedEndEdit"), QStringLiteral("June"));
    bool saveEnabled = true;
    answer(QMessageBox::Cancel, &question, &saveEnabled);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!saveEnabled);
    QVERIFY2(question.contains(QStringLiteral("It cannot be saved yet: 1 problem")),
             qPrintable(question));
    QVERIFY(dialog.isVisible());
    typeInto(child<QLineEdit>(dialog, "plannedEndEdit"), QStringLiteral("2017"));

    // Save in the question saves.
    answer(QMessageBox::Save);
    QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    QVERIFY(saved);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(ProjectRecordRepository(*m_store).load(original.project.id)->project.code,
             QStringLiteral("RAS/13/01/CHN"));

    // Discard closes without saving, in Chinese too.
    TranslationLoader translations;
    QVERIFY(translations.apply(Language::Chinese));
    saved = false;
    ProjectEditorDialog again(*m_store, original, Language::Chinese);
    again.setSaver([&](const ProjectRecord &) { saved = true; });
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    typeInto(child<QLineEdit>(again, "codeEdit"), QStringLiteral("X"));
    answer(QMessageBox::Discard, &question);
    QTest::mouseClick(child<QPushButton>(again, "cancelButton"), Qt::LeftButton);
    QVERIFY(!saved);
    QVERIFY(!again.isVisible());
    QCOMPARE(again.result(), int(QDialog::Rejected));
    QVERIFY2(!question.contains(QStringLiteral("Save")), qPrintable(question));
    translations.apply(Language::English);
}

void TestProjectEditor::screenshots()
{
    const ProjectRecord record = sampleRecord(QStringLiteral("Expand Employment Services"));
    for (const Language language : {Language::English, Language::Chinese}) {
        TranslationLoader translations;
        QVERIFY(translations.apply(language));
        const QString suffix =
            language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
        ProjectEditorDialog dialog(*m_store, record, language);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // One problem, to show how it looks.
        child<QLineEdit>(dialog, "plannedEndEdit")->setText(QStringLiteral("2012"));
        auto *tabs = child<QTabWidget>(dialog, "editorTabs");
        saveScreenshot(dialog, QStringLiteral("editor"), suffix);
        const char *pages[] = {"general", "organisations", "funding", "events", "indicators"};
        for (int i = 1; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            saveScreenshot(dialog, QStringLiteral("editor-") + QLatin1String(pages[i]), suffix);
        }
        if (language == Language::Chinese)
            QCOMPARE(child<QPushButton>(dialog, "saveButton")->text(), QStringLiteral("保存(&S)"));
        translations.apply(Language::English);
    }
}

QTEST_MAIN(TestProjectEditor)
#include "tst_projecteditor.moc"
