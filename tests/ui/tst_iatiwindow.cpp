// IATI in the window, driven as a user would: File → Import → IATI XML… previews the files
// (activities, what an import would do, problems graded with file and line, kept texts),
// sorts and copies its tables, imports in one undo step, cancels leaving the portfolio as it
// was; File → Export → IATI XML… writes the projects the filter shows (or the selected ones)
// and checks the file with xmllint. Screenshots of both dialogs in both languages.
#include "tests/support/ExternalTools.h"
#include "tests/support/FakeClock.h"
#include "tests/support/MainWindowUnderTest.h"
#include "tests/support/Screenshots.h"
#include "tests/support/TestFolders.h"

#include "models/iati/IatiNames.h"
#include "models/itemmodels/ProjectTableModel.h"
#include "models/query/ProjectIdQuery.h"
#include "models/repositories/ProjectRepository.h"
#include "models/store/ApplicationIdentity.h"
#include "models/store/PortfolioChecksum.h"
#include "models/store/PortfolioOpener.h"
#include "ui/iati/IatiExportDialog.h"
#include "ui/iati/IatiImportDialog.h"
#include "ui/mainwindow/InterfaceFont.h"
#include "ui/portfolio/PortfolioView.h"
#include "ui/shell/PortfolioContext.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace sstc;

namespace {

const QString dataFolder = QStringLiteral(SSTC_SOURCE_DIR "/tests/models/data/iati");
const QString example = dataFolder + QStringLiteral("/activity-standard-example-annotated.xml");
const QString emptyActivity = dataFolder + QStringLiteral("/should-fail/01-empty-activity.xml");
const QString exampleIdentifier = QStringLiteral("AA-AAA-123456789-ABC123");

QStringList column(const QTableView *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        texts << table->model()->index(row, column).data().toString();
    return texts;
}

int columnNamed(const QTableView *table, const QString &name)
{
    for (int c = 0; c < table->model()->columnCount(); ++c)
        if (table->model()->headerData(c, Qt::Horizontal).toString() == name)
            return c;
    return -1;
}

// Runs `act` on the next modal dialog of type T once it is open (the test's own event loop
// is blocked by its exec()).
template<typename T>
void whenOpen(std::function<void(T &)> act)
{
    QTimer::singleShot(0, qApp, [act] {
        T *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog) {
            whenOpen<T>(act);
            return;
        }
        act(*dialog);
    });
}

QAction *menuAction(MainWindowUnderTest &sample, const char *menu, const char *name)
{
    auto *found = sample.find<QMenu>(menu);
    if (!found)
        return nullptr;
    for (QAction *action : found->actions())
        if (action->objectName() == QLatin1String(name))
            return action;
    return nullptr;
}

} // namespace

class TestIatiWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void previewListsActivitiesProblemsAndKeptTexts();
    void problemsSortAndCopy();
    void problemsSortBySeverity();
    void previewOfAReimportNamesTheChangedFields();
    void previewOfAReimportNamesAChangedParent();
    void refusedFileIsSaidAndCannotBeImported();
    void importsWithTheInterfaceInChinese();
    void importFromTheMenuThenUndoAndRedo();
    void cancelMidwayLeavesThePortfolioAsItWas();
    void exportsTheFilteredProjectsValidated();
    void exportsTheSelectedProjects();
    void invalidExportIsSaid();
    void unknownReportingOrganisationExportsValid();
    void unwritableExportIsSaid();
    void screenshots_data();
    void screenshots();

private:
    QString copyOfSample();
    QString write(const QString &name, const QByteArray &content);

    TestFolders m_folders;
    FakeClock m_clock{QDate(2024, 6, 15)}; // no agreement reminder opens at start
    QString m_samplePath;
    int m_copies = 0;
};

void TestIatiWindow::initTestCase()
{
    setApplicationIdentity();
    applyInterfaceFont();
    m_samplePath = m_folders.filePath(QStringLiteral("sample.sstc"));
    PortfolioOpener::open(m_samplePath, PortfolioOpener::NewFileContent::Sample);
}

void TestIatiWindow::init()
{
    QSettings().remove(QStringLiteral("iati"));
}

QString TestIatiWindow::copyOfSample()
{
    const QString path = m_folders.filePath(QStringLiteral("copy-%1.sstc").arg(++m_copies));
    QFile::remove(path);
    if (!QFile::copy(m_samplePath, path))
        qFatal("cannot copy the sample");
    return path;
}

QString TestIatiWindow::write(const QString &name, const QByteArray &content)
{
    const QString path = m_folders.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestIatiWindow::previewListsActivitiesProblemsAndKeptTexts()
{
    MainWindowUnderTest sample(copyOfSample());
    QVERIFY(sample.opened);
    const QByteArray before = PortfolioChecksum::of(*sample.window.store());
    IatiImportDialog dialog(sample.window.context(), {example, emptyActivity}, &sample.window);

    auto *activities = dialog.findChild<QTableView *>(QStringLiteral("iatiActivitiesTable"));
    QCOMPARE(activities->model()->rowCount(), 2);
    QCOMPARE(activities->model()->index(0, 0).data().toString(), exampleIdentifier);
    QCOMPARE(activities->model()->index(0, 1).data().toString(), QStringLiteral("Activity title"));
    QCOMPARE(activities->model()->index(0, 2).data().toString(), QStringLiteral("New project"));
    QCOMPARE(activities->model()->index(1, 2).data().toString(), QStringLiteral("Skipped"));
    QCOMPARE(activities->model()->index(1, 5).data().toString(),
             QStringLiteral("01-empty-activity.xml"));
    // The French and Spanish texts are named, with where they are kept.
    QVERIFY(activities->model()->index(0, 4).data().toString().contains(QStringLiteral("(fr)")));
    const QString kept = dialog.findChild<QLabel *>(QStringLiteral("iatiKeptLabel"))->text();
    QVERIFY2(kept.contains(QStringLiteral("fr")) && kept.contains(QStringLiteral("es")) &&
                 kept.contains(QStringLiteral("Kept texts")),
             qPrintable(kept));

    auto *problems = dialog.findChild<QTableView *>(QStringLiteral("iatiProblemsTable"));
    QVERIFY(problems->model()->rowCount() > 0);
    const QStringList grades = column(problems, 0);
    QVERIFY(grades.contains(QStringLiteral("critical")));
    QVERIFY(grades.contains(QStringLiteral("warning")));
    for (int row = 0; row < problems->model()->rowCount(); ++row) {
        QVERIFY(!problems->model()->index(row, 1).data().toString().isEmpty()); // file
        QVERIFY(problems->model()->index(row, 2).data().toLongLong() > 0);      // line
    }
    QVERIFY(column(problems, 3).contains(exampleIdentifier));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("iatiSummaryLabel"))
                ->text()
                .contains(QStringLiteral("create 1 project")));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("iatiImportButton"))->isEnabled());
    // The preview is a dry run: nothing written.
    QCOMPARE(PortfolioChecksum::of(*sample.window.store()), before);
}

void TestIatiWindow::problemsSortAndCopy()
{
    MainWindowUnderTest sample(copyOfSample());
    IatiImportDialog dialog(sample.window.context(), {example, emptyActivity}, &sample.window);
    dialog.show();
    auto *problems = dialog.findChild<QTableView *>(QStringLiteral("iatiProblemsTable"));
    const int lineColumn = columnNamed(problems, QStringLiteral("Line"));
    QVERIFY(lineColumn >= 0);

    // Sorted by line, as numbers (9 before 10), by a click on the header.
    QHeaderView *header = problems->horizontalHeader();
    const QPoint lineHeader(header->sectionViewportPosition(lineColumn) + 5, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, lineHeader);
    const Qt::SortOrder order = header->sortIndicatorOrder();
    QCOMPARE(header->sortIndicatorSection(), lineColumn);
    qint64 previous = order == Qt::AscendingOrder ? 0 : std::numeric_limits<qint64>::max();
    for (int row = 0; row < problems->model()->rowCount(); ++row) {
        const qint64 line = problems->model()->index(row, lineColumn).data().toLongLong();
        QVERIFY(order == Qt::AscendingOrder ? line >= previous : line <= previous);
        previous = line;
    }
    // Sorted by grade: the critical ones together.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(0) + 5, header->height() / 2));
    const QStringList grades = column(problems, 0);
    QCOMPARE(grades.lastIndexOf(QStringLiteral("critical")) -
                 grades.indexOf(QStringLiteral("critical")) + 1,
             int(grades.count(QStringLiteral("critical"))));

    // Copy: every row, tab-separated, header first.
    QApplication::clipboard()->clear();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("iatiCopyProblemsButton")),
                      Qt::LeftButton);
    QStringList lines =
        QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), problems->model()->rowCount() + 1);
    QCOMPARE(lines.first(), QStringLiteral("Grade\tFile\tLine\tActivity\tProblem"));
    QCOMPARE(lines.at(1).split(QLatin1Char('\t')).size(), 5);
    QCOMPARE(lines.at(1).split(QLatin1Char('\t')).at(0), grades.first());

    // Ctrl+C on a selected row copies that row only.
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    problems->setFocus();
    problems->selectRow(0);
    QApplication::clipboard()->clear();
    QTest::keyClick(problems, Qt::Key_C, Qt::ControlModifier);
    lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1).split(QLatin1Char('\t')).at(2),
             problems->model()->index(0, 2).data().toString());
}

// A click on the grade sorts by severity, critical, error, warning, whatever the grades are
// called in the interface's language (in Chinese their names sort otherwise).
void TestIatiWindow::problemsSortBySeverity()
{
    MainWindowUnderTest sample(copyOfSample(), Language::Chinese);
    // An activity with a country the portfolio does not list: an error, next to the
    // example's warnings and the empty activity's critical problem.
    const QString unknownCountry = write(
        QStringLiteral("unknown-country.xml"),
        "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>XX-1</iati-identifier>"
        "<title><narrative>Somewhere</narrative></title><recipient-country code=\"QQ\"/>"
        "</iati-activity></iati-activities>");
    IatiImportDialog dialog(sample.window.context(), {example, emptyActivity, unknownCountry},
                            &sample.window);
    dialog.show();
    auto *problems = dialog.findChild<QTableView *>(QStringLiteral("iatiProblemsTable"));
    QHeaderView *header = problems->horizontalHeader();
    const QHash<QString, int> severity = {
        {QStringLiteral("严重"), 0}, {QStringLiteral("错误"), 1}, {QStringLiteral("警告"), 2}};
    for (int click = 0; click < 2; ++click) { // ascending, then descending
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(0) + 5, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), 0);
        const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
        QList<int> ranks;
        for (const QString &grade : column(problems, 0)) {
            QVERIFY2(severity.contains(grade), qPrintable(grade));
            ranks << severity.value(grade);
        }
        QVERIFY(ranks.contains(0) && ranks.contains(1) && ranks.contains(2));
        for (qsizetype i = 1; i < ranks.size(); ++i)
            QVERIFY2(ascending ? ranks.at(i - 1) <= ranks.at(i) : ranks.at(i - 1) >= ranks.at(i),
                     qPrintable(column(problems, 0).join(QLatin1Char(' '))));
    }
}

void TestIatiWindow::previewOfAReimportNamesTheChangedFields()
{
    MainWindowUnderTest sample(copyOfSample());
    {
        IatiImportDialog first(sample.window.context(), {example}, &sample.window);
        QTest::mouseClick(first.findChild<QPushButton *>(QStringLiteral("iatiImportButton")),
                          Qt::LeftButton);
    }
    QFile file(example);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray changed = file.readAll();
    changed.replace("<narrative>Activity title</narrative>", "<narrative>New title</narrative>");
    IatiImportDialog again(sample.window.context(), {write(QStringLiteral("changed.xml"), changed)},
                           &sample.window);
    auto *activities = again.findChild<QTableView *>(QStringLiteral("iatiActivitiesTable"));
    QCOMPARE(activities->model()->index(0, 2).data().toString(),
             QStringLiteral("Updates a project"));
    QCOMPARE(activities->model()->index(0, 3).data().toString(), QStringLiteral("Title (English)"));

    IatiImportDialog same(sample.window.context(), {example}, &sample.window);
    QCOMPARE(same.findChild<QTableView *>(QStringLiteral("iatiActivitiesTable"))
                 ->model()
                 ->index(0, 3)
                 .data()
                 .toString(),
             QStringLiteral("No change"));
}

// related-activity: a re-import that gives the activity another parent says so among the
// changes (the link is made after every activity is in, and is a change all the same).
void TestIatiWindow::previewOfAReimportNamesAChangedParent()
{
    MainWindowUnderTest sample(copyOfSample());
    const auto parentFile = [this](const char *identifier) {
        return write(QStringLiteral("parent-%1.xml").arg(QLatin1String(identifier)),
                     QByteArray("<iati-activities version=\"2.03\"><iati-activity>"
                                "<iati-identifier>") +
                         identifier +
                         "</iati-identifier><title><narrative>A parent</narrative></title>"
                         "</iati-activity></iati-activities>");
    };
    // The example names AA-AAA-123456789-6789 as its parent.
    const QString firstParent = parentFile("AA-AAA-123456789-6789");
    const QString otherParent = parentFile("AA-AAA-123456789-OTHER");
    {
        IatiImportDialog first(sample.window.context(), {firstParent, otherParent, example},
                               &sample.window);
        QTest::mouseClick(first.findChild<QPushButton *>(QStringLiteral("iatiImportButton")),
                          Qt::LeftButton);
        QCOMPARE(first.result(), int(QDialog::Accepted));
    }
    QFile file(example);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray changed = file.readAll();
    changed.replace("ref=\"AA-AAA-123456789-6789\"", "ref=\"AA-AAA-123456789-OTHER\"");
    IatiImportDialog again(sample.window.context(),
                           {write(QStringLiteral("new-parent.xml"), changed)}, &sample.window);
    auto *activities = again.findChild<QTableView *>(QStringLiteral("iatiActivitiesTable"));
    QCOMPARE(activities->model()->rowCount(), 1);
    QCOMPARE(activities->model()->index(0, 2).data().toString(),
             QStringLiteral("Updates a project"));
    QCOMPARE(activities->model()->index(0, 3).data().toString(), QStringLiteral("Part of project"));
}

void TestIatiWindow::refusedFileIsSaidAndCannotBeImported()
{
    MainWindowUnderTest sample(copyOfSample(), Language::Chinese);
    const QString organisations =
        write(QStringLiteral("organisations.xml"),
              "<iati-organisations version=\"2.03\"><iati-organisation/></iati-organisations>");
    IatiImportDialog dialog(sample.window.context(), {example, organisations}, &sample.window);
    const QString said = dialog.findChild<QLabel *>(QStringLiteral("iatiSummaryLabel"))->text();
    QVERIFY2(said.contains(QStringLiteral("不能导入")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("机构文件")), qPrintable(said));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("iatiImportButton"))->isEnabled());
}

// A Chinese interface once made the kept narratives' field Chinese, which the portfolio
// refused: nothing could be imported at all.
void TestIatiWindow::importsWithTheInterfaceInChinese()
{
    MainWindowUnderTest sample(copyOfSample(), Language::Chinese);
    IatiImportDialog dialog(sample.window.context(), {example}, &sample.window);
    QVERIFY2(!dialog.preview().refused(),
             qPrintable(dialog.preview().refusals.join(QLatin1Char('\n'))));
    QCOMPARE(dialog.preview().created, 1);
    auto *activities = dialog.findChild<QTableView *>(QStringLiteral("iatiActivitiesTable"));
    QCOMPARE(activities->model()->index(0, 2).data().toString(), QStringLiteral("新项目"));
    QVERIFY2(
        activities->model()->index(0, 4).data().toString().contains(QStringLiteral("标题（fr）")),
        qPrintable(activities->model()->index(0, 4).data().toString()));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("iatiImportButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(sample.window.context().undoStack()->count(), 1);
}

void TestIatiWindow::importFromTheMenuThenUndoAndRedo()
{
    MainWindowUnderTest sample(copyOfSample());
    PortfolioStore &store = *sample.window.store();
    const QByteArray before = PortfolioChecksum::of(store);
    auto *table = sample.find<QTableView>("projectTable");
    const int rowsBefore = table->model()->rowCount();

    QAction *import = menuAction(sample, "importMenu", "importIatiAction");
    QVERIFY(import);
    whenOpen<QFileDialog>([](QFileDialog &chooser) {
        chooser.selectFile(example);
        QMetaObject::invokeMethod(&chooser, "accept");
    });
    bool previewed = false;
    whenOpen<IatiImportDialog>([&previewed](IatiImportDialog &dialog) {
        previewed = dialog.preview().created == 1;
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("iatiImportButton")),
                          Qt::LeftButton);
    });
    import->trigger();
    QVERIFY(previewed);

    const QByteArray imported = PortfolioChecksum::of(store);
    QVERIFY(imported != before);
    QCOMPARE(table->model()->rowCount(), rowsBefore + 1); // the views refreshed
    const QList<Project> projects = ProjectRepository(store).all();
    qint64 importedId = 0;
    for (const Project &project : projects)
        if (project.iatiIdentifier == exampleIdentifier)
            importedId = project.id;
    QVERIFY(importedId != 0);

    QUndoStack *undo = sample.window.context().undoStack();
    QCOMPARE(undo->count(), 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Import IATI activities"));
    auto *undoAction = menuAction(sample, "editMenu", "undoAction");
    QVERIFY(undoAction);
    undoAction->trigger();
    // Exactly as it was: the project, its organisations, regions and refs gone.
    QCOMPARE(PortfolioChecksum::of(store), before);
    QCOMPARE(table->model()->rowCount(), rowsBefore);

    undo->redo();
    QCOMPARE(PortfolioChecksum::of(store), imported);
    QVERIFY(ProjectRepository(store).find(importedId));
}

void TestIatiWindow::cancelMidwayLeavesThePortfolioAsItWas()
{
    MainWindowUnderTest sample(copyOfSample());
    PortfolioStore &store = *sample.window.store();
    const QByteArray before = PortfolioChecksum::of(store);
    // Two files: the click on Cancel is handled at the first activity's progress, so the
    // import stops with one activity written and rolls it back.
    const QString second = write(QStringLiteral("second.xml"), [] {
        QFile file(dataFolder + QStringLiteral("/should-pass/21-transaction.xml"));
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }());
    IatiImportDialog dialog(sample.window.context(), {example, second}, &sample.window);
    dialog.show();
    QVERIFY(dialog.preview().created >= 2);
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("iatiCancelButton"));
    QTimer::singleShot(0, cancel, [cancel] { QTest::mouseClick(cancel, Qt::LeftButton); });
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("iatiImportButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(PortfolioChecksum::of(store), before);
    QCOMPARE(sample.window.context().undoStack()->count(), 0);
}

void TestIatiWindow::exportsTheFilteredProjectsValidated()
{
    QVERIFY2(testsupport::haveTool(QStringLiteral("xmllint")),
             "xmllint is missing: scripts/install-deps.sh test installs libxml2-utils");
    MainWindowUnderTest sample(copyOfSample());
    PortfolioContext &context = sample.window.context();
    ProjectFilter filter;
    filter.statuses = {ProjectStatus::Implementation};
    context.setFilter(filter);
    auto *table = sample.find<QTableView>("projectTable");
    const int shown = table->model()->rowCount();
    QVERIFY(shown > 0 && shown < ProjectRepository(*sample.window.store()).count());
    const QString path = m_folders.filePath(QStringLiteral("filtered.xml"));
    QFile::remove(path);

    QAction *exportAction = menuAction(sample, "exportMenu", "exportIatiAction");
    QVERIFY(exportAction);
    QString said;
    bool filteredChosen = false;
    whenOpen<IatiExportDialog>([&](IatiExportDialog &dialog) {
        filteredChosen =
            dialog.findChild<QRadioButton *>(QStringLiteral("iatiShownProjectsButton"))
                ->isChecked();
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("iatiReportingOrgEdit"))->text(),
                 QString(iati::iloReference));
        dialog.findChild<QLineEdit *>(QStringLiteral("iatiExportPathEdit"))->setText(path);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("iatiExportButton")),
                          Qt::LeftButton);
        said = dialog.findChild<QLabel *>(QStringLiteral("iatiExportResultLabel"))->text();
        dialog.reject();
    });
    table->clearSelection();
    exportAction->trigger();
    QVERIFY(filteredChosen);
    QVERIFY2(said.contains(QStringLiteral("is valid against the IATI 2.03 schema")),
             qPrintable(said));
    // The sample's projects get their identifiers now, and the dialog names them.
    QVERIFY2(said.contains(QStringLiteral("now has the IATI identifier XM-DAC-41302-")),
             qPrintable(said));

    int exitCode = -1;
    testsupport::runTool(
        QStringLiteral("xmllint"),
        {QStringLiteral("--noout"), QStringLiteral("--schema"),
         QStringLiteral(SSTC_SOURCE_DIR "/resources/iati/iati-activities-schema.xsd"), path},
        &exitCode);
    QCOMPARE(exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    // A project IATI needs more of is left out, and the dialog says so.
    const int leftOut = int(said.count(QStringLiteral("Left out of")));
    QCOMPARE(int(xml.count("<iati-activity ")) + leftOut, shown);
    QVERIFY(int(xml.count("<iati-activity ")) > 0);
    // The identifiers given are kept: each exported project has its identifier in the file.
    int kept = 0;
    for (qint64 id : ProjectIdQuery(*sample.window.store()).matching(filter)) {
        const QString identifier =
            ProjectRepository(*sample.window.store()).find(id)->iatiIdentifier;
        if (!identifier.isEmpty()) {
            ++kept;
            QVERIFY(xml.contains("<iati-identifier>" + identifier.toUtf8() + "</iati-identifier>"));
        }
    }
    QCOMPARE(kept, int(xml.count("<iati-activity ")));
}

void TestIatiWindow::exportsTheSelectedProjects()
{
    MainWindowUnderTest sample(copyOfSample());
    PortfolioContext &context = sample.window.context();
    const QString path = m_folders.filePath(QStringLiteral("selected.xml"));
    QFile::remove(path);
    IatiExportDialog dialog(context, {1, 2, 3}, {2}, &sample.window);
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("iatiSelectedProjectsButton"))
                ->isChecked());
    dialog.findChild<QLineEdit *>(QStringLiteral("iatiExportPathEdit"))->setText(path);
    QVERIFY2(dialog.exportFile(), qPrintable(dialog.lastMessage()));
    QVERIFY(dialog.lastMessage().contains(QStringLiteral("is valid against")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    QCOMPARE(int(xml.count("<iati-activity ")), 1);
    QVERIFY(xml.contains("<iati-identifier>XM-DAC-41302-"));
}

// A file the schema refuses is said to be so, with xmllint's words. Every file the exporter
// writes is valid, so an xmllint of the test's own, first on the PATH, refuses this one.
void TestIatiWindow::invalidExportIsSaid()
{
    const QString tools = m_folders.filePath(QStringLiteral("refusing-tools"));
    QVERIFY(QDir().mkpath(tools));
    const QString fakeXmllint = QDir(tools).filePath(QStringLiteral("xmllint"));
    QFile script(fakeXmllint);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho \"Element 'reporting-org': refused by the test.\" >&2\n"
                 "echo \"$4 fails to validate\" >&2\nexit 1\n");
    script.close();
    QVERIFY(script.setPermissions(script.permissions() | QFileDevice::ExeOwner));
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(tools) + ':' + path);
    const auto restorePath = qScopeGuard([&] { qputenv("PATH", path); });

    MainWindowUnderTest sample(copyOfSample());
    const QString output = m_folders.filePath(QStringLiteral("invalid.xml"));
    IatiExportDialog dialog(sample.window.context(), {2}, {}, &sample.window);
    dialog.findChild<QLineEdit *>(QStringLiteral("iatiReportingOrgEdit"))
        ->setText(QStringLiteral("XX-UNKNOWN"));
    dialog.findChild<QLineEdit *>(QStringLiteral("iatiExportPathEdit"))->setText(output);
    QVERIFY(!dialog.exportFile());
    QVERIFY2(
        dialog.lastMessage().contains(QStringLiteral("NOT valid against the IATI 2.03 schema")) &&
            dialog.lastMessage().contains(QStringLiteral("refused by the test")),
        qPrintable(dialog.lastMessage()));
    // The reporting organisation given is remembered for the next export.
    IatiExportDialog next(sample.window.context(), {2}, {}, &sample.window);
    QCOMPARE(next.findChild<QLineEdit *>(QStringLiteral("iatiReportingOrgEdit"))->text(),
             QStringLiteral("XX-UNKNOWN"));
}

// A reporting organisation the portfolio does not know still gives a file the schema takes.
void TestIatiWindow::unknownReportingOrganisationExportsValid()
{
    SSTC_REQUIRE_TOOL("xmllint", "libxml2-utils");
    MainWindowUnderTest sample(copyOfSample());
    IatiExportDialog dialog(sample.window.context(), {2}, {}, &sample.window);
    dialog.findChild<QLineEdit *>(QStringLiteral("iatiReportingOrgEdit"))
        ->setText(QStringLiteral("XX-UNKNOWN"));
    dialog.findChild<QLineEdit *>(QStringLiteral("iatiExportPathEdit"))
        ->setText(m_folders.filePath(QStringLiteral("unknown-reporter.xml")));
    QVERIFY2(dialog.exportFile(), qPrintable(dialog.lastMessage()));
    QVERIFY2(dialog.lastMessage().contains(QStringLiteral("is valid against the IATI 2.03 schema")),
             qPrintable(dialog.lastMessage()));
}

void TestIatiWindow::unwritableExportIsSaid()
{
    MainWindowUnderTest sample(copyOfSample(), Language::Chinese);
    const QByteArray before = PortfolioChecksum::of(*sample.window.store());
    IatiExportDialog dialog(sample.window.context(), {1}, {}, &sample.window);
    dialog.findChild<QLineEdit *>(QStringLiteral("iatiExportPathEdit"))
        ->setText(m_folders.filePath(QStringLiteral("no-such-folder/out.xml")));
    QVERIFY(!dialog.exportFile());
    QVERIFY2(dialog.lastMessage().contains(QStringLiteral("无法写入")),
             qPrintable(dialog.lastMessage()));
    QCOMPARE(PortfolioChecksum::of(*sample.window.store()), before);
}

void TestIatiWindow::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh") << QStringLiteral("zh");
}

void TestIatiWindow::screenshots()
{
    QFETCH(QString, language);
    MainWindowUnderTest sample(copyOfSample(), languageFromCode(language));
    {
        IatiImportDialog dialog(sample.window.context(), {example, emptyActivity}, &sample.window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        saveScreenshot(dialog, QStringLiteral("iati-import"), language);
    }
    IatiExportDialog dialog(sample.window.context(), {1, 2, 3, 4}, {2}, &sample.window);
    dialog.findChild<QLineEdit *>(QStringLiteral("iatiExportPathEdit"))
        ->setText(m_folders.filePath(QStringLiteral("shot-%1.xml").arg(language)));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.exportFile();
    saveScreenshot(dialog, QStringLiteral("iati-export"), language);
}

QTEST_MAIN(TestIatiWindow)
#include "tst_iatiwindow.moc"
