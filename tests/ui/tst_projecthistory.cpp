// Issue 21, item 9: the project's History tab writes values the way the rest of the window
// does (amounts as money, dates in the language's form, countries by name with their share,
// organisations and funding lines by what they are), in the UI language and switching with
// it; and the name in "Who" is asked once, at the first change, and kept.
#include "tests/support/FakeClock.h"
#include "tests/support/MainWindowUnderTest.h"
#include "tests/support/Screenshots.h"
#include "tests/support/TestFolders.h"

#include "models/itemmodels/AuditTableModel.h"
#include "models/itemmodels/ProjectTableModel.h"
#include "models/repositories/ProjectRecord.h"
#include "models/repositories/ProjectRepository.h"
#include "models/store/ApplicationIdentity.h"
#include "models/store/PortfolioOpener.h"
#include "ui/mainwindow/InterfaceFont.h"
#include "ui/portfolio/PortfolioView.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/shell/Preferences.h"
#include "ui/undo/ProjectChangeCommand.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace sstc;

namespace {
const QString laoKenya = QStringLiteral(
    "Extending Social Protection Coverage to Workers in the Informal Economy in Lao PDR and "
    "Kenya and Leveraging Digital Transformation through South-South Cooperation");

// Each Field cell with its old and new value, "Field: old > new", the What cell first.
QStringList rowsOf(const QTableView *table)
{
    QStringList rows;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        rows << QStringLiteral("%1 | %2: %3 > %4")
                    .arg(model->index(row, AuditTableModel::What).data().toString(),
                         model->index(row, AuditTableModel::Field).data().toString(),
                         model->index(row, AuditTableModel::OldValue).data().toString(),
                         model->index(row, AuditTableModel::NewValue).data().toString());
    return rows;
}
} // namespace

class TestProjectHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void valuesAreWrittenAsTheWindowWritesThem();
    void theNameIsAskedOnceAtTheFirstChange();

private:
    qint64 projectIdTitled(MainWindowUnderTest &sample, const QString &title);
    void selectProject(MainWindowUnderTest &sample, qint64 id);

    TestFolders m_folders;
    FakeClock m_clock{QDate(2024, 6, 15)};
    QString m_samplePath;
};

void TestProjectHistory::initTestCase()
{
    setApplicationIdentity();
    applyInterfaceFont();
    m_samplePath = m_folders.filePath(QStringLiteral("sample.sstc"));
}

qint64 TestProjectHistory::projectIdTitled(MainWindowUnderTest &sample, const QString &title)
{
    for (const Project &project : ProjectRepository(*sample.window.store()).all())
        if (project.title.en == title)
            return project.id;
    return 0;
}

void TestProjectHistory::selectProject(MainWindowUnderTest &sample, qint64 id)
{
    auto *table = sample.find<QTableView>("projectTable");
    const int row = sample.window.portfolioView()->model()->rowOfProject(id);
    QVERIFY(row >= 0);
    QTest::mouseClick(
        table->viewport(), Qt::LeftButton, {},
        table->visualRect(table->model()->index(row, ProjectTableModel::Title)).center());
    QCOMPARE(sample.window.context().currentProjectId(), id);
}

void TestProjectHistory::valuesAreWrittenAsTheWindowWritesThem()
{
    QFile::remove(m_samplePath);
    PortfolioOpener::open(m_samplePath, PortfolioOpener::NewFileContent::Sample);
    MainWindowUnderTest sample(m_samplePath);
    QVERIFY(sample.opened);
    const qint64 id = projectIdTitled(sample, laoKenya);
    QVERIFY(id != 0);
    selectProject(sample, id);

    // What the editor's Save does: shares for the countries, a start date, an incoming fund.
    const std::optional<ProjectRecord> before =
        ProjectRecordRepository(*sample.window.store()).loadWhole(id);
    QVERIFY(before);
    ProjectRecord after = *before;
    QCOMPARE(after.project.countries.size(), 2);
    after.project.countries[0].percentage = 70;
    after.project.countries[1].percentage = 30;
    after.project.plannedStart = PartialDate::day(QDate(2022, 6, 1));
    FundingLine line;
    line.kind = FundingKind::IncomingFunds;
    line.amount = Money::units(250000, QStringLiteral("USD"));
    line.valueDate = PartialDate::day(QDate(2022, 6, 1));
    after.fundingLines << line;
    ProjectChangeCommand::apply(sample.window.context(), before, after, QStringLiteral("Edit"));
    QCOMPARE(sample.window.context().currentProjectId(), id);

    auto *tabs = sample.find<QTabWidget>("projectDetailTabs");
    auto *history = sample.find<QTableView>("projectHistoryTable");
    tabs->setCurrentWidget(history);
    QStringList rows = rowsOf(history);
    const QString line250k = QStringLiteral("Funding line “Incoming funds, US$250,000, 1 Jun 2022” "
                                            "created");
    QVERIFY2(rows.contains(QStringLiteral("Project changed | Countries: Lao PDR, Kenya > "
                                          "Lao PDR (70%), Kenya (30%)")),
             qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.contains(QStringLiteral("Project changed | Planned start:  > 1 Jun 2022")),
             qPrintable(rows.join(u'\n')));
    QVERIFY(rows.contains(line250k + QStringLiteral(" | Amount:  > US$250,000")));
    QVERIFY(rows.contains(line250k + QStringLiteral(" | Value date:  > 1 Jun 2022")));
    QVERIFY(rows.contains(line250k + QStringLiteral(" | Kind:  > Incoming funds")));
    // Nothing shows as stored.
    for (const QString &row : std::as_const(rows)) {
        QVERIFY2(!row.contains(QStringLiteral("250000.00")), qPrintable(row));
        QVERIFY2(!row.contains(QStringLiteral("2022-06-01")), qPrintable(row));
        QVERIFY2(!row.contains(QStringLiteral("LA 70%")), qPrintable(row));
    }
    // The history wide enough to read its values in the screenshots.
    sample.find<QSplitter>("portfolioSplitter")->setSizes({250, 1100});
    history->resizeColumnsToContents();
    saveScreenshot(sample.window, QStringLiteral("project-history"), QStringLiteral("en"));

    // Switched to Chinese, the same rows in Chinese.
    sample.find<QAction>("languageChineseAction")->trigger();
    rows = rowsOf(history);
    QVERIFY2(rows.contains(QStringLiteral("已新建资金条目 “到账资金、250,000美元、2022年6月1日” | "
                                          "金额:  > 250,000美元")),
             qPrintable(rows.join(u'\n')));
    bool countries = false;
    for (const QString &row : std::as_const(rows))
        countries = countries || row.endsWith(QStringLiteral("老挝（70%）、肯尼亚（30%）"));
    QVERIFY2(countries, qPrintable(rows.join(u'\n')));
    history->resizeColumnsToContents();
    saveScreenshot(sample.window, QStringLiteral("project-history"), QStringLiteral("zh"));
    sample.find<QAction>("languageEnglishAction")->trigger();
}

void TestProjectHistory::theNameIsAskedOnceAtTheFirstChange()
{
    QFile::remove(m_samplePath);
    PortfolioOpener::open(m_samplePath, PortfolioOpener::NewFileContent::Sample);
    MainWindowUnderTest sample(m_samplePath);
    QVERIFY(sample.opened);
    Preferences::setUserName(QString()); // a first start: no name yet
    const qint64 id = projectIdTitled(sample, laoKenya);
    selectProject(sample, id);
    auto *history = sample.find<QTableView>("projectHistoryTable");
    QCOMPARE(history->model()->rowCount(), 0);

    // Delete, confirmed; the first change asks for the name, offering the account's.
    int asked = 0;
    int polls = 0;
    QString offered;
    const std::function<void()> answer = [&] {
        if (auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            for (QAbstractButton *button : question->buttons())
                if (question->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            QTimer::singleShot(0, this, answer);
            return;
        }
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (++polls < 500)
                QTimer::singleShot(10, this, answer);
            return;
        }
        QCOMPARE(dialog->objectName(), QStringLiteral("userNameDialog"));
        ++asked;
        offered = dialog->textValue();
        auto *edit = dialog->findChild<QLineEdit *>();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Chen Jing"));
        QTest::keyClick(edit, Qt::Key_Return);
    };
    QTimer::singleShot(0, this, answer);
    sample.find<QAction>("deleteProjectAction")->trigger();
    QCOMPARE(asked, 1);
    QCOMPARE(offered, Preferences::accountName());
    QCOMPARE(Preferences::actor().name(), QStringLiteral("Chen Jing"));

    // Undone, the project is back and current; its history names who deleted and restored
    // it. The undo asked nothing.
    sample.find<QAction>("undoAction")->trigger();
    QCOMPARE(asked, 1);
    QCOMPARE(sample.window.context().currentProjectId(), id);
    QVERIFY(history->model()->rowCount() > 0);
    for (int row = 0; row < history->model()->rowCount(); ++row)
        QCOMPARE(history->model()->index(row, AuditTableModel::Who).data().toString(),
                 QStringLiteral("Chen Jing"));
}

QTEST_MAIN(TestProjectHistory)
#include "tst_projecthistory.moc"
