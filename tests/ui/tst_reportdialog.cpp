// The donor report dialog over a PortfolioContext with the sample portfolio: it previews the
// pages of a donor's report, says what is wrong with the form instead of making a report,
// saves the PDF (and says why not when the file cannot be written), reports on ticked
// projects, and gives the "Donor Report…" action. Screenshots in both languages.
#include "tests/support/FakeClock.h"
#include "tests/support/Screenshots.h"
#include "tests/support/TestFolders.h"

#include "models/store/ApplicationIdentity.h"
#include "models/store/PortfolioOpener.h"
#include "models/store/PortfolioStore.h"
#include "translations/TranslationLoader.h"
#include "ui/mainwindow/InterfaceFont.h"
#include "ui/report/ReportDialog.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/widgets/PartialDateEdit.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QtTest>

#include <memory>

using namespace sstc;

class TestReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void periodAndIssueDateFollowToday();
    void previewsTheDonorReport();
    void problemsAreShownInsteadOfAReport();
    void savesThePdf();
    void unwritableFileIsReported();
    void reportsOnTickedProjects();
    void actionOpensTheDialog();
    void remembersItsChoices();
    void screenshots_data();
    void screenshots();

private:
    template<typename T>
    T *child(const char *name)
    {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }
    void setPeriod(const QDate &from, const QDate &to);

    TestFolders m_folders;
    // The day the default period ends and the report is issued on, whatever day the test runs.
    FakeClock m_clock{QDate(2025, 3, 14)};
    TranslationLoader m_translations;
    std::unique_ptr<PortfolioStore> m_store;
    std::unique_ptr<PortfolioContext> m_context;
    std::unique_ptr<ReportDialog> m_dialog;
};

void TestReportDialog::initTestCase()
{
    setApplicationIdentity();
    applyInterfaceFont();
    QVERIFY(m_translations.apply(Language::English));
    m_store = PortfolioOpener::open(m_folders.filePath(QStringLiteral("sample.sstc")),
                                    PortfolioOpener::NewFileContent::Sample);
}

void TestReportDialog::init()
{
    QSettings().remove(QStringLiteral("report")); // each test starts from the defaults
    m_context = std::make_unique<PortfolioContext>();
    m_context->setStore(m_store.get());
    m_dialog = std::make_unique<ReportDialog>(*m_context);
    m_dialog->resize(1366, 768);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestReportDialog::cleanup()
{
    m_dialog.reset();
    m_context.reset();
}

void TestReportDialog::setPeriod(const QDate &from, const QDate &to)
{
    child<PartialDateEdit>("reportFromEdit")->setDate(PartialDate::day(from));
    child<PartialDateEdit>("reportToEdit")->setDate(PartialDate::day(to));
}

void TestReportDialog::periodAndIssueDateFollowToday()
{
    // From the start of last year to today, issued today.
    QCOMPARE(child<PartialDateEdit>("reportFromEdit")->day(), QDate(2024, 1, 1));
    QCOMPARE(child<PartialDateEdit>("reportToEdit")->day(), QDate(2025, 3, 14));
    QStringList problems;
    const ReportRequest request = m_dialog->request(problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(request.issuedOn, QDate(2025, 3, 14));
}

void TestReportDialog::previewsTheDonorReport()
{
    // No current project: the report is about a donor, the sample's only one.
    QVERIFY(child<QRadioButton>("reportDonorRadio")->isChecked());
    QCOMPARE(child<QComboBox>("reportDonorCombo")->count(), 1);
    QVERIFY(child<QComboBox>("reportDonorCombo")
                ->currentText()
                .contains(QStringLiteral("Human Resources and Social Security")));
    setPeriod(QDate(2016, 1, 1), QDate(2019, 12, 31));
    QTest::mouseClick(child<QPushButton>("reportPreviewButton"), Qt::LeftButton);
    QVERIFY(m_dialog->previewPageCount() >= 3);
    auto *firstPage = child<QLabel>("reportPreviewPage1");
    QVERIFY(!firstPage->pixmap().isNull());
    QVERIFY(firstPage->pixmap().width() > 400);
    QVERIFY(child<QLabel>("reportPageCountLabel")
                ->text()
                .contains(QString::number(m_dialog->previewPageCount())));
    QVERIFY(!child<QLabel>("reportProblemLabel")->isVisible());

    // Bilingual: more pages.
    const int english = m_dialog->previewPageCount();
    child<QComboBox>("reportLanguageCombo")->setCurrentIndex(2);
    QTest::mouseClick(child<QPushButton>("reportPreviewButton"), Qt::LeftButton);
    QVERIFY(m_dialog->previewPageCount() > english);
}

void TestReportDialog::problemsAreShownInsteadOfAReport()
{
    setPeriod(QDate(2019, 1, 1), QDate(2016, 1, 1));
    for (QCheckBox *check : m_dialog->findChildren<QCheckBox *>())
        check->setChecked(false);
    QTest::mouseClick(child<QPushButton>("reportPreviewButton"), Qt::LeftButton);
    auto *problem = child<QLabel>("reportProblemLabel");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("ends before it starts")),
             qPrintable(problem->text()));
    QVERIFY(problem->text().contains(QStringLiteral("section")));
    QCOMPARE(m_dialog->previewPageCount(), 0);
    QVERIFY(!m_dialog->findChild<QLabel *>(QStringLiteral("reportPreviewPage1")));
    const QString path = m_folders.filePath(QStringLiteral("refused.pdf"));
    QVERIFY(!m_dialog->saveTo(path));
    QVERIFY(!QFile::exists(path));
}

void TestReportDialog::savesThePdf()
{
    setPeriod(QDate(2016, 1, 1), QDate(2019, 12, 31));
    const QString path = m_folders.filePath(QStringLiteral("dialog.pdf"));
    QVERIFY(m_dialog->saveTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    QVERIFY(!child<QLabel>("reportProblemLabel")->isVisible());
}

void TestReportDialog::unwritableFileIsReported()
{
    const QString path = m_folders.filePath(QStringLiteral("no-folder/dialog.pdf"));
    QVERIFY(!m_dialog->saveTo(path));
    auto *problem = child<QLabel>("reportProblemLabel");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("Cannot write")), qPrintable(problem->text()));
    QVERIFY(!QFile::exists(path));
}

void TestReportDialog::reportsOnTickedProjects()
{
    auto *radio = child<QRadioButton>("reportProjectsRadio");
    // On the indicator: a radio button is hit on its indicator and text only.
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    QVERIFY(radio->isChecked());
    QVERIFY(child<QListWidget>("reportProjectList")->isEnabled());
    QVERIFY(!child<QComboBox>("reportDonorCombo")->isEnabled());
    QStringList problems;
    m_dialog->request(problems);
    QVERIFY(problems.join(QLatin1Char(' ')).contains(QStringLiteral("project")));
    auto *list = child<QListWidget>("reportProjectList");
    QVERIFY(list->count() >= 8);
    list->item(3)->setCheckState(Qt::Checked);
    problems.clear();
    const ReportRequest request = m_dialog->request(problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(request.projectIds, QList<qint64>{list->item(3)->data(Qt::UserRole).toLongLong()});
    QCOMPARE(request.donorId, qint64(0));
}

void TestReportDialog::actionOpensTheDialog()
{
    QWidget window;
    QAction *action = ReportDialog::createAction(*m_context, &window);
    QCOMPARE(action->objectName(), QStringLiteral("donorReportAction"));
    QCOMPARE(action->text(), QStringLiteral("Donor Report…"));
    // The dialog is modal: close it as soon as it shows.
    bool opened = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = window.findChild<ReportDialog *>(QStringLiteral("reportDialog"));
        opened = dialog != nullptr;
        if (dialog)
            dialog->reject();
    });
    action->trigger();
    QVERIFY(opened);
}

// Closed and opened again, the dialog offers the donor, period, language, paper and currency
// used last, not the defaults.
void TestReportDialog::remembersItsChoices()
{
    // A second donor, so that choosing one is a choice.
    const qint64 donor = m_store->insert(
        QStringLiteral("INSERT INTO organisations (acronym, name_en, org_type) VALUES "
                       "('KOICA', 'Korea International Cooperation Agency', 'government') "
                       "RETURNING id"),
        {});
    m_store->run(QStringLiteral("INSERT INTO project_organisations (project_id, organisation_id, "
                                "role, position) SELECT MIN(id), ?, 1, 99 FROM projects"),
                 {donor});
    cleanup();
    init();
    auto *donors = child<QComboBox>("reportDonorCombo");
    QCOMPARE(donors->count(), 2);
    donors->setCurrentIndex(donors->findData(donor));
    setPeriod(QDate(2013, 1, 1), QDate(2020, 6, 30));
    child<QComboBox>("reportLanguageCombo")->setCurrentIndex(2);
    child<QComboBox>("reportPaperCombo")->setCurrentIndex(1);
    child<QComboBox>("reportCurrencyCombo")->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>("reportCloseButton"), Qt::LeftButton);
    QVERIFY(!m_dialog->isVisible());

    m_dialog = std::make_unique<ReportDialog>(*m_context);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QCOMPARE(child<QComboBox>("reportDonorCombo")->currentData().toLongLong(), donor);
    QCOMPARE(child<PartialDateEdit>("reportFromEdit")->day(), QDate(2013, 1, 1));
    QCOMPARE(child<PartialDateEdit>("reportToEdit")->day(), QDate(2020, 6, 30));
    QCOMPARE(child<QComboBox>("reportLanguageCombo")->currentIndex(), 2);
    QCOMPARE(child<QComboBox>("reportPaperCombo")->currentIndex(), 1);
    QCOMPARE(child<QComboBox>("reportCurrencyCombo")->currentData().toString(),
             QStringLiteral("CNY"));

    m_dialog.reset();
    m_store->run(QStringLiteral("DELETE FROM project_organisations WHERE organisation_id = ?"),
                 {donor});
    m_store->run(QStringLiteral("DELETE FROM organisations WHERE id = ?"), {donor});
}

void TestReportDialog::screenshots_data()
{
    QTest::addColumn<int>("language");
    QTest::newRow("en") << int(Language::English);
    QTest::newRow("zh") << int(Language::Chinese);
}

void TestReportDialog::screenshots()
{
    QFETCH(int, language);
    QVERIFY(m_translations.apply(Language(language)));
    m_context->setLanguage(Language(language));
    child<QComboBox>("reportLanguageCombo")->setCurrentIndex(language == int(Language::Chinese));
    setPeriod(QDate(2016, 1, 1), QDate(2019, 12, 31));
    QTest::mouseClick(child<QPushButton>("reportPreviewButton"), Qt::LeftButton);
    QVERIFY(m_dialog->previewPageCount() > 0);
    if (language == int(Language::Chinese)) // the donor's name follows the language
        QCOMPARE(child<QComboBox>("reportDonorCombo")->currentText(),
                 QStringLiteral("中华人民共和国人力资源和社会保障部"));
    saveScreenshot(*m_dialog, QStringLiteral("report-dialog"), languageCode(Language(language)));
    m_translations.apply(Language::English);
}

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
