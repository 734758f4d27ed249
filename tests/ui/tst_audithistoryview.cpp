// What a user sees of the audit trail outside projects: the selected agreement's change
// history under its documents (edits, undo and redo, documents attached and removed, newest
// first, in the UI language), and the Change History… dialog of the lookup lists, which lists
// organisation, exchange-rate, offer and proposal changes, each under the name the user had
// set when it was made. Screenshots in both languages.
#include "tests/support/FakeClock.h"
#include "tests/support/Screenshots.h"
#include "tests/support/StoreTestSupport.h"
#include "tests/support/TestFolders.h"

#include "models/audit/AuditLog.h"
#include "models/itemmodels/AgreementHistoryModel.h"
#include "models/itemmodels/AuditTableModel.h"
#include "models/offers/OfferCatalogue.h"
#include "models/repositories/FundingRepository.h"
#include "models/store/ApplicationIdentity.h"
#include "models/store/PortfolioOpener.h"
#include "translations/TranslationLoader.h"
#include "ui/agreements/AgreementDetailPane.h"
#include "ui/agreements/AgreementEditorDialog.h"
#include "ui/agreements/AgreementsView.h"
#include "ui/agreements/DocumentsPanel.h"
#include "ui/lookups/ChangeHistoryDialog.h"
#include "ui/lookups/LookupListsDialog.h"
#include "ui/mainwindow/InterfaceFont.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/shell/Preferences.h"
#include "ui/undo/ExchangeRatesCommand.h"
#include "ui/undo/LookupListsCommand.h"
#include "ui/undo/ProposalCommand.h"
#include "ui/widgets/PartialDateEdit.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace sstc;
using namespace testsupport;

namespace {
const QString partnership2012 =
    QStringLiteral("ILO–MOHRSS Partnership Agreement for promoting Technical Cooperation with a "
                   "focus on South-South Cooperation");
const QString tester = QStringLiteral("history.tester");

QString cell(const QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}
} // namespace

class TestAuditHistoryView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void editsUndoAndRedoAreListedNewestFirst();
    void documentsAttachedAndRemovedAreListed();
    void lookupHistoryDialogListsReferenceChanges();
    void proposalChangesUndoAndRedoAreListedUnderTheUsersName();
    void screenshots_data();
    void screenshots();

private:
    qint64 agreementIdTitled(const QString &title) const;
    QTableView *changesTable() const;
    void editValidTo(qint64 id, const QString &year);

    TestFolders m_folders;
    // The day the agreements' statuses are taken at, whatever day the test runs.
    FakeClock m_clock{QDate(2024, 6, 15)};
    QString m_samplePath;
    std::unique_ptr<PortfolioStore> m_store;
    std::unique_ptr<PortfolioContext> m_context;
    std::unique_ptr<AgreementsView> m_view;
};

void TestAuditHistoryView::initTestCase()
{
    setApplicationIdentity();
    applyInterfaceFont();
    m_samplePath = m_folders.filePath(QStringLiteral("sample.sstc"));
    Preferences::setUserName(tester);
}

void TestAuditHistoryView::cleanupTestCase()
{
    Preferences::setUserName(QString());
}

void TestAuditHistoryView::init()
{
    QFile::remove(m_samplePath);
    m_store = PortfolioOpener::open(m_samplePath, PortfolioOpener::NewFileContent::Sample);
    m_context = std::make_unique<PortfolioContext>();
    m_view = std::make_unique<AgreementsView>(*m_context);
    m_view->resize(1366, 768);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_context->setStore(m_store.get());
}

void TestAuditHistoryView::cleanup()
{
    m_view.reset();
    m_context.reset();
    m_store.reset();
}

qint64 TestAuditHistoryView::agreementIdTitled(const QString &title) const
{
    for (const Agreement &agreement : m_view->model()->agreements())
        if (agreement.title.en == title)
            return agreement.id;
    return 0;
}

QTableView *TestAuditHistoryView::changesTable() const
{
    return m_view->findChild<QTableView *>(QStringLiteral("agreementChangesTable"));
}

void TestAuditHistoryView::editValidTo(qint64 id, const QString &year)
{
    AgreementEditorDialog dialog(*m_context, id);
    dialog.findChild<PartialDateEdit *>(QStringLiteral("validToEdit"))->setText(year);
    QVERIFY(dialog.save());
}

void TestAuditHistoryView::editsUndoAndRedoAreListedNewestFirst()
{
    const qint64 id = agreementIdTitled(partnership2012);
    QVERIFY(id != 0);
    m_view->selectAgreement(id);
    QTableView *table = changesTable();
    QVERIFY(table);
    QVERIFY(table->isVisible());
    auto *label = m_view->findChild<QLabel *>(QStringLiteral("agreementChangesLabel"));
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(label->text(), QStringLiteral("Change history: no change recorded yet"));

    editValidTo(id, QStringLiteral("2017"));
    QCOMPARE(m_view->currentAgreementId(), id);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(cell(table, 0, AuditTableModel::Who), tester);
    // Named by its title as it was when changed, not by its number.
    QCOMPARE(cell(table, 0, AuditTableModel::What),
             QStringLiteral("Agreement “%1” changed").arg(partnership2012));
    QCOMPARE(cell(table, 0, AuditTableModel::Field), QStringLiteral("Valid to"));
    QCOMPARE(cell(table, 0, AuditTableModel::OldValue), QString());
    QCOMPARE(cell(table, 0, AuditTableModel::NewValue), QStringLiteral("2017"));
    QCOMPARE(label->text(), QStringLiteral("Change history (newest first)"));

    // Undo is a change too: recorded, and listed on top.
    m_context->undoStack()->undo();
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(cell(table, 0, AuditTableModel::OldValue), QStringLiteral("2017"));
    QCOMPARE(cell(table, 0, AuditTableModel::NewValue), QString());
    m_context->undoStack()->redo();
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(cell(table, 0, AuditTableModel::NewValue), QStringLiteral("2017"));

    // Another agreement has a history of its own.
    const qint64 other = m_view->model()->agreements().last().id;
    QVERIFY(other != id);
    m_view->selectAgreement(other);
    QCOMPARE(table->model()->rowCount(), 0);
}

void TestAuditHistoryView::documentsAttachedAndRemovedAreListed()
{
    const qint64 id = agreementIdTitled(partnership2012);
    m_view->selectAgreement(id);
    const QString path = m_folders.filePath(QStringLiteral("signed.pdf"));
    QVERIFY(writeFile(path, QByteArray("%PDF-1.4 signed")));
    Document metadata;
    metadata.title.en = QStringLiteral("Signed copy");
    metadata.kind = DocumentKind::SignedAgreement;
    DocumentsPanel *panel = m_view->detailPane()->documents();
    QCOMPARE(panel->attachFile(path, metadata), QString());
    QCOMPARE(panel->documents().size(), 1);

    QTableView *table = changesTable();
    const int created = table->model()->rowCount();
    QVERIFY(created >= 3); // title, kind, file name, size, checksum…
    QStringList fields;
    for (int row = 0; row < created; ++row) {
        QCOMPARE(cell(table, row, AuditTableModel::What),
                 QStringLiteral("Document “Signed copy” created"));
        fields << cell(table, row, AuditTableModel::Field);
        if (cell(table, row, AuditTableModel::Field) == QLatin1String("Kind"))
            QCOMPARE(cell(table, row, AuditTableModel::NewValue),
                     QStringLiteral("Signed agreement"));
    }
    QVERIFY2(fields.contains(QStringLiteral("File name")), qPrintable(fields.join(u',')));
    QVERIFY(fields.contains(QStringLiteral("Kind")));

    // Undoing the attachment removes the document, and says so.
    m_context->undoStack()->undo();
    QVERIFY(panel->documents().isEmpty());
    QCOMPARE(table->model()->rowCount(), 2 * created);
    QCOMPARE(cell(table, 0, AuditTableModel::What),
             QStringLiteral("Document “Signed copy” deleted"));
}

void TestAuditHistoryView::lookupHistoryDialogListsReferenceChanges()
{
    // An organisation renamed and a rate changed through their undoable commands, then the
    // rename undone.
    LookupLists before = LookupListsRepository(*m_store).load();
    LookupLists after = before;
    const QString oldName = after.organisations.first().name.en;
    after.organisations.first().name.en = QStringLiteral("Renamed ministry");
    LookupListsCommand::apply(*m_context, before, after);
    FundingRepository(*m_store).insertRate(
        {0, QStringLiteral("CNY"), QStringLiteral("USD"), QDate(2019, 1, 2), 0.1456, QString()});
    const QList<ExchangeRate> rates = FundingRepository(*m_store).rates();
    QList<ExchangeRate> changed = rates;
    changed.first().source = QStringLiteral("Corrected source");
    ExchangeRatesCommand::apply(*m_context, rates, changed);
    m_context->undoStack()->setIndex(0);

    LookupListsDialog dialog(LookupListsRepository(*m_store).load());
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("lookupHistoryButton"));
    QVERIFY(button);
    dialog.show();
    QVERIFY(!button->isVisible()); // nothing to show it from yet
    dialog.setChangeHistory([this] { return AuditLog(*m_store).ofReferenceLists(); },
                            Language::English);
    QVERIFY(button->isVisible());

    // The button opens the history; read it while it is up, then close it.
    QStringList whats;
    QStringList values;
    QTimer::singleShot(0, this, [&] {
        auto *history = dialog.findChild<ChangeHistoryDialog *>();
        QVERIFY(history);
        QTableView *table = history->table();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            whats << cell(table, row, AuditTableModel::What);
            values << cell(table, row, AuditTableModel::OldValue) + u'>' +
                          cell(table, row, AuditTableModel::NewValue);
        }
        history->reject();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    const QString organisation =
        QStringLiteral("Organisation “%1” changed").arg(before.organisations.first().acronym);
    // Newest first: the undos (rate, then name), then the changes (rate, then name).
    QCOMPARE(whats.size(), 4);
    QCOMPARE(whats.at(0), organisation);
    QCOMPARE(values.at(0), QStringLiteral("Renamed ministry>") + oldName);
    QVERIFY(whats.at(1).startsWith(QStringLiteral("Exchange rate ")));
    QCOMPARE(values.at(2), rates.first().source + QStringLiteral(">Corrected source"));
    QCOMPARE(whats.at(3), organisation);
    QCOMPARE(values.at(3), oldName + QStringLiteral(">Renamed ministry"));
}

void TestAuditHistoryView::proposalChangesUndoAndRedoAreListedUnderTheUsersName()
{
    Proposal proposal;
    proposal.title = QStringLiteral("Workshops 2025");
    proposal.lines = {ProposalLine::of(OfferCatalogue(*m_store).load().first(), 2)};
    proposal.id = ProposalCommand::save(*m_context, proposal);
    QVERIFY(proposal.id != 0);
    proposal.lines.first().quantity = 5;
    ProposalCommand::save(*m_context, proposal);
    ProposalCommand::remove(*m_context, proposal.id);
    // The name is asked at each write: undo and redo after a rename are recorded under it.
    const QString renamed = QStringLiteral("renamed.tester");
    Preferences::setUserName(renamed);
    m_context->undoStack()->undo(); // the removal
    m_context->undoStack()->undo(); // the edit
    m_context->undoStack()->redo();
    Preferences::setUserName(tester);

    // One entry a change of the lines, newest first (the title, status and lines at creation).
    QList<AuditEntry> lines;
    for (const AuditEntry &entry : AuditLog(*m_store).ofReferenceLists()) {
        QCOMPARE(entry.entity, QStringLiteral("proposal"));
        QCOMPARE(entry.entityId, proposal.id);
        if (entry.field == QLatin1String("lines"))
            lines << entry;
    }
    const QStringList expected = {
        QStringLiteral("update %1 2>5").arg(renamed), QStringLiteral("update %1 5>2").arg(renamed),
        QStringLiteral("create %1 >5").arg(renamed),  QStringLiteral("delete %1 5>").arg(tester),
        QStringLiteral("update %1 2>5").arg(tester),  QStringLiteral("create %1 >2").arg(tester)};
    QStringList recorded;
    for (const AuditEntry &entry : std::as_const(lines))
        recorded << QStringLiteral("%1 %2 %3>%4")
                        .arg(entry.action, entry.userName, entry.oldValue.left(1),
                             entry.newValue.left(1));
    QCOMPARE(recorded, expected);

    ChangeHistoryDialog dialog(AuditLog(*m_store).ofReferenceLists(), Language::English);
    QCOMPARE(cell(dialog.table(), 0, AuditTableModel::What),
             QStringLiteral("Proposal “Workshops 2025” changed"));
    QCOMPARE(cell(dialog.table(), 0, AuditTableModel::Who), renamed);
}

void TestAuditHistoryView::screenshots_data()
{
    QTest::addColumn<int>("language");
    QTest::newRow("en") << int(Language::English);
    QTest::newRow("zh") << int(Language::Chinese);
}

void TestAuditHistoryView::screenshots()
{
    QFETCH(int, language);
    const qint64 id = agreementIdTitled(partnership2012);
    m_view->selectAgreement(id);
    editValidTo(id, QStringLiteral("2017"));
    m_context->undoStack()->undo();
    const QString path = m_folders.filePath(QStringLiteral("mou.pdf"));
    QVERIFY(writeFile(path, QByteArray("%PDF-1.4 mou")));
    Document metadata;
    metadata.title = {QStringLiteral("Signed partnership agreement"),
                      QStringLiteral("已签署的伙伴关系协议")};
    metadata.kind = DocumentKind::SignedAgreement;
    QCOMPARE(m_view->detailPane()->documents()->attachFile(path, metadata), QString());

    TranslationLoader translations;
    QVERIFY(translations.apply(Language(language)));
    m_context->setLanguage(Language(language));
    QCoreApplication::processEvents();
    const QString code = languageCode(Language(language));
    if (Language(language) == Language::Chinese)
        QCOMPARE(
            changesTable()->model()->headerData(AuditTableModel::Field, Qt::Horizontal).toString(),
            QStringLiteral("字段"));
    saveScreenshot(*m_view, QStringLiteral("agreement-history"), code);

    // The lookup lists' history, after an organisation was renamed.
    const LookupLists lists = LookupListsRepository(*m_store).load();
    LookupLists renamed = lists;
    renamed.organisations.first().name.zh = QStringLiteral("人力资源和社会保障部（新名称）");
    LookupListsCommand::apply(*m_context, lists, renamed);
    ChangeHistoryDialog dialog(AuditLog(*m_store).ofReferenceLists(), Language(language));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), Language(language) == Language::Chinese
                                       ? QStringLiteral("变更历史记录")
                                       : QStringLiteral("Change History"));
    QCOMPARE(dialog.table()->model()->index(0, AuditTableModel::Field).data().toString(),
             Language(language) == Language::Chinese ? QStringLiteral("名称（中文）")
                                                     : QStringLiteral("Name (Chinese)"));
    saveScreenshot(dialog, QStringLiteral("change-history"), code);
    translations.apply(Language::English);
}

QTEST_MAIN(TestAuditHistoryView)
#include "tst_audithistoryview.moc"
