// The agreement history view beside the portfolio view on one PortfolioContext over the
// sample: clicking a project resting on an agreement selects it in the portfolio, the filters
// and search narrow the list, the editor refuses cycles and reversed dates and saves undoably,
// documents are attached, read back byte for byte, removed and put back by undo, the project
// side shows its agreement, reminders list expiring agreements. Screenshots in both languages.
#include "tests/support/FakeClock.h"
#include "tests/support/SampleContext.h"
#include "tests/support/Screenshots.h"
#include "tests/support/StoreTestSupport.h"
#include "tests/support/TestFolders.h"

#include "models/itemmodels/AgreementHistoryModel.h"
#include "models/repositories/AgreementRepository.h"
#include "models/store/ApplicationIdentity.h"
#include "translations/TranslationLoader.h"
#include "ui/agreements/AgreementDetailPane.h"
#include "ui/agreements/AgreementEditorDialog.h"
#include "ui/agreements/AgreementsView.h"
#include "ui/agreements/DocumentsPanel.h"
#include "ui/agreements/ExpiryReminderDialog.h"
#include "ui/agreements/ProjectAgreementPane.h"
#include "ui/mainwindow/InterfaceFont.h"
#include "ui/portfolio/PortfolioView.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/widgets/PartialDateEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace sstc;
using namespace testsupport;

namespace {
const QString partnership2012 =
    QStringLiteral("ILO–MOHRSS Partnership Agreement for promoting Technical Cooperation with a "
                   "focus on South-South Cooperation");
const QString addendum2016 =
    QStringLiteral("Addendum to the 2012 Partnership Agreement: social protection component");
} // namespace

class TestAgreementsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheHistory();
    void clickingALinkedProjectSelectsItInThePortfolio();
    void chainLinksSelectTheAgreement();
    void filtersAndSearch();
    void editorRefusesCyclesAndReversedDates();
    void editorSavesUndoably();
    void documentsAttachOpenSaveRemoveUndo();
    void unreadableFileGivesAMessage();
    void projectSideShowsItsAgreement();
    void remindersAtStartUp();
    void followsTheLanguage();
    void screenshots_data();
    void screenshots();

private:
    qint64 agreementIdTitled(const QString &title) const;

    TestFolders m_folders;
    // The day the statuses and reminders are taken at, whatever day the test runs.
    FakeClock m_clock{QDate(2024, 6, 15)};
    QString m_samplePath;
    std::unique_ptr<SampleContext> m_sample;
    std::unique_ptr<QWidget> m_window;
    PortfolioView *m_portfolio = nullptr;
    AgreementsView *m_view = nullptr;
};

void TestAgreementsView::initTestCase()
{
    setApplicationIdentity();
    applyInterfaceFont();
    m_samplePath = m_folders.filePath(QStringLiteral("sample.sstc"));
}

void TestAgreementsView::init()
{
    m_sample = std::make_unique<SampleContext>(m_samplePath);
    // Both views side by side in one window, as two tabs of the main window would share the
    // context; the portfolio is the left half.
    m_window = std::make_unique<QWidget>();
    auto *layout = new QHBoxLayout(m_window.get());
    m_portfolio = new PortfolioView(m_sample->context(), m_window.get());
    m_view = new AgreementsView(m_sample->context(), m_window.get());
    layout->addWidget(m_portfolio);
    layout->addWidget(m_view);
    m_window->resize(1800, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_sample->open();
}

void TestAgreementsView::cleanup()
{
    m_window.reset();
    m_sample.reset();
}

qint64 TestAgreementsView::agreementIdTitled(const QString &title) const
{
    for (const Agreement &agreement : m_view->model()->agreements())
        if (agreement.title.en == title || agreement.title.zh == title)
            return agreement.id;
    return 0;
}

void TestAgreementsView::showsTheHistory()
{
    QCOMPARE(m_view->objectName(), QStringLiteral("agreementsView"));
    auto *table = m_view->findChild<QTableView *>(QStringLiteral("agreementHistoryTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 19);
    QVERIFY(table->model()->index(0, 0).data(ContextRowRole).toBool());
    auto *count = m_view->findChild<QLabel *>(QStringLiteral("agreementCountLabel"));
    QCOMPARE(count->text(), QStringLiteral("12 of 12 agreements"));
    // Nothing selected yet: the detail pane invites a choice.
    QCOMPARE(m_view->currentAgreementId(), 0);

    // Clicking a row shows that agreement in full.
    const int row = m_view->model()->rowOfAgreement(agreementIdTitled(addendum2016));
    const QRect rect = table->visualRect(table->model()->index(row, AgreementHistoryModel::Title));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_view->currentAgreementId(), agreementIdTitled(addendum2016));
    const QString details =
        m_view->findChild<QTextBrowser *>(QStringLiteral("agreementDetails"))->toPlainText();
    QVERIFY(details.contains(QStringLiteral("Amends:")));
    QVERIFY(details.contains(partnership2012 + QStringLiteral(" (2012)")));
    QVERIFY(details.contains(QStringLiteral("In force")));
}

void TestAgreementsView::clickingALinkedProjectSelectsItInThePortfolio()
{
    m_view->selectAgreement(agreementIdTitled(partnership2012));
    const QString details = m_view->detailPane()->browser()->toPlainText();
    QVERIFY(details.contains(QStringLiteral("In force, amended")));
    QVERIFY(details.contains(QStringLiteral("Amended by:")));

    auto *projects = m_view->findChild<QListWidget *>(QStringLiteral("agreementProjectsList"));
    QVERIFY(projects);
    QCOMPARE(projects->count(), 1);
    QVERIFY(projects->item(0)->text().contains(QStringLiteral("Expand Employment Services")));
    const qint64 projectId = projects->item(0)->data(Qt::UserRole).toLongLong();
    QVERIFY(projectId != 0);
    QCOMPARE(m_sample->context().currentProjectId(), 0);

    QSignalSpy activated(m_view, &AgreementsView::projectActivated);
    QTest::mouseClick(projects->viewport(), Qt::LeftButton, {},
                      projects->visualItemRect(projects->item(0)).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), projectId);
    QCOMPARE(m_sample->context().currentProjectId(), projectId);

    auto *portfolioTable = m_portfolio->findChild<QTableView *>(QStringLiteral("projectTable"));
    const QModelIndexList selected = portfolioTable->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(IdRole).toLongLong(), projectId);
    QCOMPARE(portfolioTable->selectionModel()->currentIndex().data(IdRole).toLongLong(), projectId);
}

void TestAgreementsView::chainLinksSelectTheAgreement()
{
    m_view->selectAgreement(agreementIdTitled(addendum2016));
    QTextBrowser *browser = m_view->detailPane()->browser();
    emit browser->anchorClicked(
        QUrl(QStringLiteral("agreement:%1").arg(agreementIdTitled(partnership2012))));
    QCOMPARE(m_view->currentAgreementId(), agreementIdTitled(partnership2012));
    auto *table = m_view->table();
    QCOMPARE(table->selectionModel()->currentIndex().row(),
             m_view->model()->rowOfAgreement(agreementIdTitled(partnership2012)));
}

void TestAgreementsView::filtersAndSearch()
{
    auto *search = m_view->findChild<QLineEdit *>(QStringLiteral("agreementSearchField"));
    QTest::keyClicks(search, QStringLiteral("maritime"));
    QCOMPARE(m_view->model()->rowCount(), 1);
    // Chinese comes through an input method; the field's text is what counts.
    search->setText(QStringLiteral("海事劳工"));
    QCOMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("agreementCountLabel"))->text(),
             QStringLiteral("1 of 12 agreements"));
    search->clear();
    QCOMPARE(m_view->model()->rowCount(), 19);

    auto *status = m_view->findChild<QComboBox *>(QStringLiteral("agreementStatusFilter"));
    const int expired = status->findData(int(AgreementStatus::Expired));
    QVERIFY(expired > 0);
    status->setCurrentIndex(expired);
    emit status->activated(expired);
    QCOMPARE(m_view->model()->rowCount(), 2);

    auto *partner = m_view->findChild<QComboBox *>(QStringLiteral("agreementPartnerFilter"));
    const int acftu = partner->findText(QStringLiteral("ACFTU"));
    QVERIFY(acftu > 0);
    partner->setCurrentIndex(acftu);
    emit partner->activated(acftu);
    QCOMPARE(m_view->model()->rowCount(), 2); // DWCP 2013–2015 and the 2014–2015 programme
    status->setCurrentIndex(0);
    emit status->activated(0);
    QCOMPARE(m_view->model()->rowCount(), 4);

    auto *kind = m_view->findChild<QComboBox *>(QStringLiteral("agreementKindFilter"));
    const int mou = kind->findData(int(AgreementKind::Mou));
    kind->setCurrentIndex(mou);
    emit kind->activated(mou);
    QCOMPARE(m_view->model()->rowCount(), 1);

    // Selecting an agreement the filters hide clears them.
    m_view->selectAgreement(agreementIdTitled(partnership2012));
    QCOMPARE(m_view->model()->rowCount(), 19);
    QCOMPARE(m_view->currentAgreementId(), agreementIdTitled(partnership2012));
}

void TestAgreementsView::editorRefusesCyclesAndReversedDates()
{
    const qint64 id = agreementIdTitled(partnership2012);
    AgreementEditorDialog dialog(m_sample->context(), id);
    auto *amends = dialog.findChild<QComboBox *>(QStringLiteral("amendsCombo"));
    QVERIFY(amends);
    // The agreement itself is not offered; the addendum is, but would close a circle.
    QCOMPARE(amends->findData(qlonglong(id)), -1);
    amends->setCurrentIndex(amends->findData(qlonglong(agreementIdTitled(addendum2016))));
    QVERIFY(!dialog.save());
    auto *problems = dialog.findChild<QLabel *>(QStringLiteral("agreementProblems"));
    QVERIFY(!problems->isHidden());
    QVERIFY(problems->text().contains(QStringLiteral("circle")));
    amends->setCurrentIndex(0);

    dialog.findChild<PartialDateEdit *>(QStringLiteral("validFromEdit"))->setText("2013-06");
    dialog.findChild<PartialDateEdit *>(QStringLiteral("validToEdit"))->setText("2012");
    QVERIFY(!dialog.save());
    QVERIFY(problems->text().contains(QStringLiteral("end before it starts")));
    dialog.findChild<PartialDateEdit *>(QStringLiteral("validToEdit"))->setText("2012-13");
    QVERIFY(!dialog.save());
    QVERIFY(problems->text().startsWith(QStringLiteral("Valid to:")));

    // Nothing was written.
    const std::optional<Agreement> stored = AgreementRepository(m_sample->store()).find(id);
    QVERIFY(stored->validFrom.isNull());
    QCOMPARE(stored->amendsId, 0);
    QCOMPARE(m_sample->context().undoStack()->count(), 0);
}

void TestAgreementsView::editorSavesUndoably()
{
    const qint64 id = agreementIdTitled(partnership2012);
    m_view->selectAgreement(id);
    {
        AgreementEditorDialog dialog(m_sample->context(), id);
        dialog.findChild<PartialDateEdit *>(QStringLiteral("validToEdit"))->setText("2017");
        auto *parties = dialog.findChild<QTableWidget *>(QStringLiteral("partiesTable"));
        QCOMPARE(parties->rowCount(), 2);
        parties->item(0, 3)->setText(QStringLiteral("Director-General"));
        QVERIFY(dialog.save());
        QCOMPARE(dialog.savedId(), id);
    }
    std::optional<Agreement> stored = AgreementRepository(m_sample->store()).find(id);
    QCOMPARE(stored->validTo, PartialDate::year(2017));
    QCOMPARE(stored->parties.at(0).signatoryTitle.en, QStringLiteral("Director-General"));
    QCOMPARE(stored->parties.size(), 2);
    // The view followed: the 2012 agreement now expired at the end of 2017.
    QCOMPARE(m_view->model()->statusOf(id), AgreementStatus::Expired);
    QCOMPARE(m_view->currentAgreementId(), id);

    m_sample->context().undoStack()->undo();
    stored = AgreementRepository(m_sample->store()).find(id);
    QVERIFY(stored->validTo.isNull());
    QCOMPARE(stored->parties.at(0).signatoryTitle.en, QString());
    QCOMPARE(m_view->model()->statusOf(id), AgreementStatus::Amended);
    m_sample->context().undoStack()->redo();
    QCOMPARE(AgreementRepository(m_sample->store()).find(id)->validTo, PartialDate::year(2017));

    // A new agreement, then undone: gone again.
    const int before = int(AgreementRepository(m_sample->store()).all().size());
    qint64 created = 0;
    {
        AgreementEditorDialog dialog(m_sample->context(), 0);
        dialog.findChild<QLineEdit *>(QStringLiteral("titleZhEdit"))->setText("测试协议");
        QVERIFY(dialog.save());
        created = dialog.savedId();
    }
    QVERIFY(created != 0);
    QCOMPARE(AgreementRepository(m_sample->store()).all().size(), before + 1);
    QVERIFY(m_view->model()->rowOfAgreement(created) >= 0);
    m_sample->context().undoStack()->undo();
    QCOMPARE(AgreementRepository(m_sample->store()).all().size(), before);
    QCOMPARE(m_view->model()->rowOfAgreement(created), -1);
}

void TestAgreementsView::documentsAttachOpenSaveRemoveUndo()
{
    m_view->selectAgreement(agreementIdTitled(partnership2012));
    DocumentsPanel *panel = m_view->detailPane()->documents();
    auto *table = panel->findChild<QTableWidget *>(QStringLiteral("documentsTable"));
    QCOMPARE(table->rowCount(), 0);

    QByteArray bytes;
    for (int i = 0; i < 300000; ++i)
        bytes.append(char(i * 7 % 256));
    const QString path = m_folders.filePath(QStringLiteral("协议 scan.pdf"));
    QVERIFY(writeFile(path, bytes));
    Document metadata;
    metadata.title.en = QStringLiteral("Scan");
    metadata.kind = DocumentKind::SignedAgreement;
    metadata.languageCode = QStringLiteral("zh");
    QCOMPARE(panel->attachFile(path, metadata), QString());
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Scan"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Signed agreement"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Chinese"));
    const qint64 documentId = panel->documents().first().id;
    QCOMPARE(panel->documents().first().fileName, QStringLiteral("协议 scan.pdf"));
    QCOMPARE(panel->documents().first().sha256, fileChecksum(path));

    // Reopened byte for byte, through the temporary copy the viewer would get.
    QString opened;
    QCOMPARE(panel->extractToTemporaryFile(documentId, opened), QString());
    QVERIFY(opened.endsWith(QStringLiteral("协议 scan.pdf")));
    // In the user's data folder, not the temporary folder other users share.
    QVERIFY2(
        opened.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/'),
        qPrintable(opened));
    QCOMPARE(fileBytes(opened), bytes);
    const QString copy = m_folders.filePath(QStringLiteral("copy.pdf"));
    QCOMPARE(panel->saveCopy(documentId, copy), QString());
    QCOMPARE(fileBytes(copy), bytes);

    // The buttons follow the selection.
    auto *remove = panel->findChild<QPushButton *>(QStringLiteral("removeDocumentButton"));
    QVERIFY(!remove->isEnabled());
    table->selectRow(0);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 0);
    m_sample->context().undoStack()->undo();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(panel->documents().first().id, documentId);
    QCOMPARE(panel->saveCopy(documentId, copy), QString());
    QCOMPARE(fileBytes(copy), bytes);
    // Undoing the attachment too leaves no document.
    m_sample->context().undoStack()->undo();
    QCOMPARE(table->rowCount(), 0);
}

void TestAgreementsView::unreadableFileGivesAMessage()
{
    m_view->selectAgreement(agreementIdTitled(partnership2012));
    DocumentsPanel *panel = m_view->detailPane()->documents();
    const QString problem =
        panel->attachFile(m_folders.filePath(QStringLiteral("missing.pdf")), Document{});
    QVERIFY(problem.contains(QStringLiteral("missing.pdf")));
    QVERIFY(problem.contains(QStringLiteral("could not be read")));
    QCOMPARE(panel->documents().size(), 0);
    QCOMPARE(m_sample->context().undoStack()->count(), 0);

    // A device reads as empty: it is refused rather than attached as an empty document.
    const QString device = panel->attachFile(QStringLiteral("/dev/null"), Document{});
    QVERIFY2(device.contains(QStringLiteral("is a device, not a file")), qPrintable(device));
    QCOMPARE(panel->documents().size(), 0);
    QCOMPARE(m_sample->context().undoStack()->count(), 0);
}

void TestAgreementsView::projectSideShowsItsAgreement()
{
    auto *tabs = m_portfolio->findChild<QTabWidget *>(QStringLiteral("projectDetailTabs"));
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(2), QStringLiteral("Agreement && documents"));
    m_view->selectAgreement(agreementIdTitled(partnership2012));
    const qint64 projectId =
        m_view->detailPane()->projectList()->item(0)->data(Qt::UserRole).toLongLong();
    m_sample->context().setCurrentProject(projectId);
    auto *link = m_portfolio->findChild<QLabel *>(QStringLiteral("projectAgreementLink"));
    QVERIFY(link->text().contains(partnership2012.toHtmlEscaped()));

    QSignalSpy activated(m_portfolio, &PortfolioView::agreementActivated);
    emit link->linkActivated(QString::number(agreementIdTitled(partnership2012)));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), agreementIdTitled(partnership2012));

    // A document attached on the project side shows there, not on the agreement.
    auto *pane = m_portfolio->findChild<ProjectAgreementPane *>();
    const QString path = m_folders.filePath(QStringLiteral("report.txt"));
    QVERIFY(writeFile(path, "progress"));
    QCOMPARE(pane->documents()->attachFile(path, Document{}), QString());
    QCOMPARE(pane->documents()->documents().size(), 1);
    QCOMPARE(pane->documents()->documents().first().projectId, projectId);
    QCOMPARE(m_view->detailPane()->documents()->documents().size(), 0);

    tabs->setCurrentIndex(2);
    saveScreenshot(*m_portfolio, QStringLiteral("project-agreement"), QStringLiteral("en"));
}

void TestAgreementsView::remindersAtStartUp()
{
    // At start the app asks on the day it runs: none on the fixed day, two in November 2015.
    QVERIFY(!ExpiryReminderDialog::showIfAny(m_sample->context(), m_window.get()));
    m_clock.setToday(QDate(2015, 11, 1));
    ExpiryReminderDialog *dialog =
        ExpiryReminderDialog::showIfAny(m_sample->context(), m_window.get());
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("expiringAgreementsTable"));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("60"));
    QSignalSpy activated(dialog, &ExpiryReminderDialog::agreementActivated);
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("showExpiringAgreementButton")),
        Qt::LeftButton);
    QCOMPARE(activated.count(), 1);
    dialog->close();

    // In the history the same two rows are highlighted at that date, once the view reads the
    // portfolio again (as after any change).
    m_sample->context().notifyDataChanged();
    int highlighted = 0;
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        highlighted += m_view->model()->index(row, 0).data(ExpiringRole).toBool() ? 1 : 0;
    QCOMPARE(highlighted, 2);
}

void TestAgreementsView::followsTheLanguage()
{
    m_view->selectAgreement(agreementIdTitled(partnership2012));
    TranslationLoader translations;
    QVERIFY(translations.apply(Language::Chinese));
    m_sample->context().setLanguage(Language::Chinese);
    const QAbstractItemModel *model = m_view->model();
    const int row = m_view->model()->rowOfAgreement(agreementIdTitled(partnership2012));
    QCOMPARE(
        model->index(row, AgreementHistoryModel::Title).data().toString(),
        QStringLiteral(
            "国际劳工组织与人力资源和社会保障部关于促进以南南合作为重点的技术合作的伙伴关系协议"));
    QCOMPARE(model->headerData(AgreementHistoryModel::Status, Qt::Horizontal).toString(),
             QStringLiteral("状态"));
    QVERIFY(m_view->detailPane()->browser()->toPlainText().contains(QStringLiteral("修订")));
    // A linked agreement's year the Chinese way, in full-width brackets.
    m_view->selectAgreement(agreementIdTitled(addendum2016));
    QVERIFY2(m_view->detailPane()->browser()->toPlainText().contains(QStringLiteral("（2012年）")),
             qPrintable(m_view->detailPane()->browser()->toPlainText()));
    // The widgets' own texts follow the translator.
    QCoreApplication::processEvents();
    QCOMPARE(
        m_view->findChild<QLineEdit *>(QStringLiteral("agreementSearchField"))->placeholderText(),
        QStringLiteral("搜索协议（英文或中文）…"));
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("agreementCountLabel"))->text(),
             QStringLiteral("显示 12 项，共 12 项协议"));
    QCOMPARE(m_view->detailPane()->documents()->table()->horizontalHeaderItem(0)->text(),
             QStringLiteral("文件"));
    auto *tabs = m_portfolio->findChild<QTabWidget *>(QStringLiteral("projectDetailTabs"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("协议与文件"));
    translations.apply(Language::English);
}

void TestAgreementsView::screenshots_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("name");
    QTest::newRow("en") << int(Language::English) << QSize(1366, 768)
                        << QStringLiteral("agreements");
    QTest::newRow("zh") << int(Language::Chinese) << QSize(1366, 768)
                        << QStringLiteral("agreements");
    QTest::newRow("en large") << int(Language::English) << QSize(1920, 1080)
                              << QStringLiteral("agreements-1920");
    QTest::newRow("zh large") << int(Language::Chinese) << QSize(1920, 1080)
                              << QStringLiteral("agreements-1920");
}

void TestAgreementsView::screenshots()
{
    QFETCH(int, language);
    QFETCH(QSize, size);
    QFETCH(QString, name);
    // The view alone, as its tab shows it; its own window before the language changes, so
    // that the change reaches it.
    m_view->setParent(nullptr);
    m_view->resize(size);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    TranslationLoader translations;
    QVERIFY(translations.apply(Language(language)));
    m_sample->context().setLanguage(Language(language));
    m_view->selectAgreement(agreementIdTitled(partnership2012));
    QCoreApplication::processEvents();
    saveScreenshot(*m_view, name, languageCode(Language(language)));
    translations.apply(Language::English);
    delete m_view;
    m_view = nullptr;
}

QTEST_MAIN(TestAgreementsView)
#include "tst_agreementsview.moc"
