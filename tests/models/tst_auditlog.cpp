// The audit trail beyond projects: agreements, documents, lookup lists, exchange rates,
// funding offers and proposals record one row per changed field in the same transaction as
// the change, so that a failed write (of the data or of its record) leaves neither behind.
// The name recorded is the actor the caller passes: the models read no settings.
#include "tests/support/TestFolders.h"

#include "models/audit/AuditLog.h"
#include "models/changes/AgreementChanges.h"
#include "models/changes/DocumentChanges.h"
#include "models/changes/ExchangeRateChanges.h"
#include "models/changes/LookupListsChanges.h"
#include "models/changes/OfferCatalogueChanges.h"
#include "models/changes/ProposalChanges.h"
#include "models/itemmodels/AuditTableModel.h"
#include "models/offers/OfferCatalogue.h"
#include "models/repositories/AgreementRepository.h"
#include "models/repositories/DocumentRepository.h"
#include "models/repositories/FundingRepository.h"
#include "models/repositories/LookupListsRepository.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/repositories/ProposalRepository.h"
#include "models/store/PortfolioOpener.h"
#include "models/store/PortfolioStore.h"
#include "models/store/StoreError.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QtTest>

#include <memory>

using namespace sstc;

namespace {

const AuditActor user(QStringLiteral("chen.jing"));

// The entries of one field, for checking a single change among several.
QList<AuditEntry> ofField(const QList<AuditEntry> &entries, const QString &entity,
                          const QString &field)
{
    QList<AuditEntry> found;
    for (const AuditEntry &entry : entries)
        if (entry.entity == entity && entry.field == field)
            found << entry;
    return found;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void agreementEditRecordsChangedFields();
    void agreementCreationAndRemoval();
    void failedAgreementWriteLeavesNothing();
    void failedAuditWriteUndoesTheChange();
    void documentsShowInTheirAgreementsHistory();
    void projectDocumentsShowInTheProjectsHistory();
    void lookupListsRecordEachRow();
    void refusedLookupSaveLeavesNoRows();
    void exchangeRatesByPairAndDate();
    void offerCatalogue();
    void proposalsSavedChangedAndRemoved();
    void theActorGivenIsRecordedNotASetting();
    void historyModelNamesFieldsAndValues();

private:
    int auditRows();
    Agreement firstAgreement();
    Proposal newProposal();
    std::unique_ptr<TestFolders> m_folders;
    std::unique_ptr<PortfolioStore> m_store;
};

void TestAuditLog::init()
{
    m_folders = std::make_unique<TestFolders>();
    m_store = PortfolioOpener::open(m_folders->filePath(QStringLiteral("sample.sstc")),
                                    PortfolioOpener::NewFileContent::Sample);
}

void TestAuditLog::cleanup()
{
    m_store.reset();
    m_folders.reset();
}

int TestAuditLog::auditRows()
{
    QSqlQuery query = m_store->run(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    return query.next() ? query.value(0).toInt() : -1;
}

Agreement TestAuditLog::firstAgreement()
{
    const QList<Agreement> agreements = AgreementRepository(*m_store).all();
    return agreements.isEmpty() ? Agreement() : agreements.first();
}

Proposal TestAuditLog::newProposal()
{
    const QList<FundingOffer> offers = OfferCatalogue(*m_store).load();
    Proposal proposal;
    proposal.title = QStringLiteral("Skills for green jobs");
    proposal.donorId = OrganisationRepository(*m_store).all().first().id;
    proposal.date = QDate(2025, 3, 14);
    proposal.lines = {ProposalLine::of(offers.at(0), 2)};
    return proposal;
}

void TestAuditLog::agreementEditRecordsChangedFields()
{
    Agreement agreement = firstAgreement();
    QVERIFY(agreement.id > 0);
    QVERIFY(!agreement.parties.isEmpty());
    const QString oldTitle = agreement.title.en;
    agreement.title.en = QStringLiteral("Renamed MOU");
    agreement.parties.first().signatoryName = {QStringLiteral("Li Ming"), QStringLiteral("李明")};
    AgreementChanges(*m_store, user).apply({}, agreement);

    const QList<AuditEntry> entries = AuditLog(*m_store).ofAgreement(agreement.id);
    QCOMPARE(entries.size(), 2);
    const AuditEntry title =
        ofField(entries, QStringLiteral("agreement"), QStringLiteral("title_en")).value(0);
    QCOMPARE(title.action, QStringLiteral("update"));
    QCOMPARE(title.entityId, agreement.id);
    QCOMPARE(title.agreementId, agreement.id);
    QCOMPARE(title.oldValue, oldTitle);
    QCOMPARE(title.newValue, QStringLiteral("Renamed MOU"));
    QCOMPARE(title.userName, user.name());
    QVERIFY(qAbs(title.changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    const AuditEntry parties =
        ofField(entries, QStringLiteral("agreement"), QStringLiteral("parties")).value(0);
    // The party is written by its organisation's name, not its number.
    QVERIFY2(parties.newValue.contains(QStringLiteral("Li Ming / 李明")),
             qPrintable(parties.newValue));
    QVERIFY(!parties.newValue.startsWith(QString::number(agreement.parties.first().organisationId) +
                                         QLatin1Char(' ')));
    QCOMPARE(AgreementRepository(*m_store).find(agreement.id)->title.en,
             QStringLiteral("Renamed MOU"));

    // Saving it again unchanged records nothing; the project history is not touched.
    AgreementChanges(*m_store, user).apply({}, agreement);
    QCOMPARE(AuditLog(*m_store).ofAgreement(agreement.id).size(), 2);
    QCOMPARE(title.projectId, qint64(0));
}

void TestAuditLog::agreementCreationAndRemoval()
{
    Agreement agreement;
    agreement.kind = AgreementKind::WorkProgramme;
    agreement.title = {QStringLiteral("Work programme 2030"), QStringLiteral("2030年工作计划")};
    agreement.signedOn = PartialDate::fromIso(QStringLiteral("2026-05"));
    const qint64 id = AgreementChanges(*m_store, user).apply({}, agreement)->id;
    QVERIFY(id > 0);
    QList<AuditEntry> entries = AuditLog(*m_store).ofAgreement(id);
    QCOMPARE(entries.size(), 4); // kind, the two titles, the date: the non-empty fields
    for (const AuditEntry &entry : entries) {
        QCOMPARE(entry.action, QStringLiteral("create"));
        QVERIFY(entry.oldValue.isEmpty());
    }
    QCOMPARE(
        ofField(entries, QStringLiteral("agreement"), QStringLiteral("kind")).value(0).newValue,
        QStringLiteral("work_programme"));

    AgreementChanges(*m_store, user).apply(AgreementRepository(*m_store).find(id), {});
    QVERIFY(!AgreementRepository(*m_store).find(id));
    entries = AuditLog(*m_store).ofAgreement(id);
    QCOMPARE(entries.size(), 8);
    for (int i = 0; i < 4; ++i) { // newest first
        QCOMPARE(entries.at(i).action, QStringLiteral("delete"));
        QVERIFY(entries.at(i).newValue.isEmpty());
        QVERIFY(!entries.at(i).oldValue.isEmpty());
    }
}

void TestAuditLog::failedAgreementWriteLeavesNothing()
{
    const int rowsBefore = auditRows();
    Agreement agreement = firstAgreement();
    const QString title = agreement.title.en;
    agreement.title.en = QStringLiteral("Never saved");
    // An organisation that does not exist breaks a foreign key after the agreement's row was
    // updated.
    agreement.parties << AgreementParty{987654, {}, {}};
    QVERIFY_THROWS_EXCEPTION(StoreError, AgreementChanges(*m_store, user).apply({}, agreement));
    QCOMPARE(AgreementRepository(*m_store).find(agreement.id)->title.en, title);
    QCOMPARE(auditRows(), rowsBefore);
}

void TestAuditLog::failedAuditWriteUndoesTheChange()
{
    // The audit row itself cannot be written: the change must not be kept without it.
    m_store->run(QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                                "BEGIN SELECT RAISE(ABORT, 'audit refused'); END"));
    Agreement agreement = firstAgreement();
    const QString title = agreement.title.en;
    agreement.title.en = QStringLiteral("Not without its record");
    QVERIFY_THROWS_EXCEPTION(StoreError, AgreementChanges(*m_store, user).apply({}, agreement));
    QCOMPARE(AgreementRepository(*m_store).find(agreement.id)->title.en, title);

    const LookupLists loaded = LookupListsRepository(*m_store).load();
    LookupLists lists = loaded;
    const QString name = lists.organisations.first().name.en;
    lists.organisations.first().name.en = QStringLiteral("Not without its record");
    QVERIFY_THROWS_EXCEPTION(StoreError, LookupListsChanges(*m_store, user).apply(loaded, lists));
    QCOMPARE(LookupListsRepository(*m_store).load().organisations.first().name.en, name);

    const int documents = int(DocumentRepository(*m_store).ofAgreement(agreement.id).size());
    Document document;
    document.agreementId = agreement.id;
    document.fileName = QStringLiteral("mou.pdf");
    QVERIFY_THROWS_EXCEPTION(
        StoreError,
        DocumentChanges(*m_store, user).apply({}, AttachedDocument{document, "%PDF-1.4"}));
    QCOMPARE(DocumentRepository(*m_store).ofAgreement(agreement.id).size(), documents);

    QVERIFY_THROWS_EXCEPTION(StoreError, ProposalChanges(*m_store, user).apply({}, newProposal()));
    QVERIFY(ProposalRepository(*m_store).all().isEmpty());
}

void TestAuditLog::documentsShowInTheirAgreementsHistory()
{
    const qint64 agreementId = firstAgreement().id;
    Document document;
    document.agreementId = agreementId;
    document.kind = DocumentKind::SignedAgreement;
    document.title = {QStringLiteral("Signed MOU"), QStringLiteral("已签署的谅解备忘录")};
    document.fileName = QStringLiteral("mou-signed.pdf");
    const qint64 id = DocumentChanges(*m_store, user)
                          .apply({}, AttachedDocument{document, "%PDF-1.4 x"})
                          ->document.id;

    QList<AuditEntry> entries = AuditLog(*m_store).ofAgreement(agreementId);
    QVERIFY(!entries.isEmpty());
    for (const AuditEntry &entry : entries) {
        QCOMPARE(entry.entity, QStringLiteral("document"));
        QCOMPARE(entry.entityId, id);
        QCOMPARE(entry.action, QStringLiteral("create"));
    }
    QCOMPARE(
        ofField(entries, QStringLiteral("document"), QStringLiteral("file_name")).value(0).newValue,
        QStringLiteral("mou-signed.pdf"));
    QCOMPARE(ofField(entries, QStringLiteral("document"), QStringLiteral("size")).value(0).newValue,
             QStringLiteral("10"));

    const int created = int(entries.size());
    DocumentChanges(*m_store, user)
        .apply(AttachedDocument{*DocumentRepository(*m_store).find(id), {}}, {});
    QVERIFY(!DocumentRepository(*m_store).find(id));
    entries = AuditLog(*m_store).ofAgreement(agreementId);
    QCOMPARE(entries.size(), 2 * created);
    QCOMPARE(entries.first().action, QStringLiteral("delete"));
}

void TestAuditLog::projectDocumentsShowInTheProjectsHistory()
{
    Document document;
    document.projectId = 2;
    document.kind = DocumentKind::Report;
    document.fileName = QStringLiteral("progress-2024.pdf");
    const qint64 id = DocumentChanges(*m_store, user)
                          .apply({}, AttachedDocument{document, "%PDF-1.4 r"})
                          ->document.id;
    const QList<AuditEntry> entries = AuditLog(*m_store).ofProject(2);
    QVERIFY(!entries.isEmpty());
    for (const AuditEntry &entry : entries) {
        QCOMPARE(entry.entity, QStringLiteral("document"));
        QCOMPARE(entry.entityId, id);
        QCOMPARE(entry.agreementId, qint64(0));
    }
    QCOMPARE(ofField(entries, QStringLiteral("document"), QStringLiteral("kind")).value(0).newValue,
             QStringLiteral("report"));
}

void TestAuditLog::lookupListsRecordEachRow()
{
    LookupListsRepository repository(*m_store);
    LookupLists lists = repository.load();
    const LookupLists loaded = lists;
    const Organisation renamed = lists.organisations.first();
    lists.organisations.first().name.en = QStringLiteral("Renamed ministry");
    lists.countries << Country{QStringLiteral("QZ"), {QStringLiteral("Test country"), {}}};
    LookupListsChanges(*m_store, user).apply(loaded, lists);

    QList<AuditEntry> entries = AuditLog(*m_store).ofReferenceLists();
    QCOMPARE(entries.size(), 2); // exactly the name and the new country's one name
    const QList<AuditEntry> names =
        ofField(entries, QStringLiteral("organisation"), QStringLiteral("name_en"));
    QCOMPARE(names.size(), 1);
    QCOMPARE(names.first().entityId, renamed.id);
    QCOMPARE(names.first().action, QStringLiteral("update"));
    QCOMPARE(names.first().oldValue, renamed.name.en);
    QCOMPARE(names.first().newValue, QStringLiteral("Renamed ministry"));
    const QList<AuditEntry> country =
        ofField(entries, QStringLiteral("country"), QStringLiteral("name_en"));
    QCOMPARE(country.size(), 1);
    QCOMPARE(country.first().entityKey, QStringLiteral("QZ"));
    QCOMPARE(country.first().action, QStringLiteral("create"));

    // A theme added, then removed again.
    lists = repository.load();
    lists.themes << Theme{0, QStringLiteral("green-jobs"), {QStringLiteral("Green jobs"), {}}};
    LookupListsChanges(*m_store, user).apply(repository.load(), lists);
    const qint64 themeId = repository.load().themes.last().id;
    lists = repository.load();
    lists.themes.removeLast();
    LookupListsChanges(*m_store, user).apply(repository.load(), lists);
    entries = AuditLog(*m_store).ofReferenceLists();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).entity, QStringLiteral("theme"));
    QCOMPARE(entries.at(0).entityId, themeId);
    QCOMPARE(entries.at(0).action, QStringLiteral("delete"));
    QCOMPARE(entries.at(0).oldValue, QStringLiteral("Green jobs"));
    QCOMPARE(entries.at(1).action, QStringLiteral("create"));
    QCOMPARE(entries.at(1).newValue, QStringLiteral("Green jobs"));
}

void TestAuditLog::refusedLookupSaveLeavesNoRows()
{
    const int rowsBefore = auditRows();
    const LookupLists loaded = LookupListsRepository(*m_store).load();
    LookupLists lists = loaded;
    lists.themes.first().name.en = QStringLiteral("Changed in the same save");
    // MOHRSS funds every sample project: removing it is refused half-way through the save.
    lists.organisations.removeIf(
        [](const Organisation &o) { return o.acronym == QLatin1String("MOHRSS"); });
    QVERIFY_THROWS_EXCEPTION(StoreError, LookupListsChanges(*m_store, user).apply(loaded, lists));
    QCOMPARE(auditRows(), rowsBefore);
}

void TestAuditLog::exchangeRatesByPairAndDate()
{
    FundingRepository funding(*m_store);
    // The sample has no rates: two put in directly, as an import before this trail would have.
    funding.insertRate({0, QStringLiteral("CNY"), QStringLiteral("USD"), QDate(2019, 1, 2), 0.1456,
                        QStringLiteral("People's Bank of China")});
    funding.insertRate(
        {0, QStringLiteral("CNY"), QStringLiteral("USD"), QDate(2020, 1, 2), 0.1436, QString()});
    QList<ExchangeRate> rates = funding.rates();
    QCOMPARE(rates.size(), 2);
    const ExchangeRate first = rates.first();
    rates.first().rate = first.rate * 2;
    ExchangeRateChanges(*m_store, user).apply(funding.rates(), rates);
    QList<AuditEntry> entries = AuditLog(*m_store).ofReferenceLists();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().entity, QStringLiteral("exchange_rate"));
    QCOMPARE(entries.first().field, QStringLiteral("rate"));
    QCOMPARE(entries.first().entityKey,
             QStringLiteral("%1/%2 %3")
                 .arg(first.currency, first.toCurrency, first.date.toString(Qt::ISODate)));
    QCOMPARE(entries.first().oldValue.toDouble(), first.rate);
    QCOMPARE(funding.rates().first().rate, first.rate * 2);

    // An import of the same rates (new rows, new ids) changes nothing worth recording.
    for (ExchangeRate &rate : rates)
        rate.id = 0;
    ExchangeRateChanges(*m_store, user).apply(funding.rates(), rates);
    QCOMPARE(AuditLog(*m_store).ofReferenceLists().size(), 1);
}

void TestAuditLog::offerCatalogue()
{
    OfferCatalogue catalogue(*m_store);
    QList<FundingOffer> offers = catalogue.load();
    QVERIFY(!offers.isEmpty());
    const FundingOffer first = offers.first();
    offers.first().unitCost.hundredths += 100;
    OfferCatalogueChanges(*m_store, user).apply(catalogue.load(), offers);
    const QList<AuditEntry> entries = AuditLog(*m_store).ofReferenceLists();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().entity, QStringLiteral("offer"));
    QCOMPARE(entries.first().entityId, first.id);
    QCOMPARE(entries.first().field, QStringLiteral("unit_cost"));
    QCOMPARE(entries.first().newValue,
             QStringLiteral("%1 %2").arg(
                 QString::number((first.unitCost.hundredths + 100) / 100.0, 'f', 2),
                 first.unitCost.currency));
}

void TestAuditLog::proposalsSavedChangedAndRemoved()
{
    const Proposal proposal = newProposal();
    const std::optional<Proposal> stored = ProposalChanges(*m_store, user).apply({}, proposal);
    QVERIFY(stored && stored->id > 0);
    QList<AuditEntry> entries = AuditLog(*m_store).ofReferenceLists();
    // Title, donor, date, status and lines: the non-empty fields.
    QCOMPARE(entries.size(), 5);
    for (const AuditEntry &entry : entries) {
        QCOMPARE(entry.entity, QStringLiteral("proposal"));
        QCOMPARE(entry.entityId, stored->id);
        QCOMPARE(entry.action, QStringLiteral("create"));
        QCOMPARE(entry.userName, user.name());
    }
    const Organisation donor = OrganisationRepository(*m_store).all().first();
    QCOMPARE(
        ofField(entries, QStringLiteral("proposal"), QStringLiteral("donor")).value(0).newValue,
        donor.acronym.isEmpty() ? donor.name.en : donor.acronym);
    QVERIFY(ofField(entries, QStringLiteral("proposal"), QStringLiteral("lines"))
                .value(0)
                .newValue.startsWith(QStringLiteral("2 × ")));

    // A changed status and quantity: two fields.
    Proposal edited = *stored;
    edited.status = ProposalStatus::Submitted;
    edited.lines.first().quantity = 3;
    ProposalChanges(*m_store, user).apply(stored, edited);
    entries = AuditLog(*m_store).ofReferenceLists();
    QCOMPARE(entries.size(), 7);
    const AuditEntry status =
        ofField(entries, QStringLiteral("proposal"), QStringLiteral("status")).value(0);
    QCOMPARE(status.action, QStringLiteral("update"));
    QCOMPARE(status.oldValue, QStringLiteral("draft"));
    QCOMPARE(status.newValue, QStringLiteral("submitted"));

    // Removed, then put back under its id (what undo does).
    QVERIFY(!ProposalChanges(*m_store, user).apply(edited, {}));
    QVERIFY(ProposalRepository(*m_store).all().isEmpty());
    entries = AuditLog(*m_store).ofReferenceLists();
    QCOMPARE(entries.first().action, QStringLiteral("delete"));
    QCOMPARE(ProposalChanges(*m_store, user).apply({}, edited)->id, edited.id);
    QCOMPARE(AuditLog(*m_store).ofReferenceLists().first().action, QStringLiteral("create"));

    // The history names it by its title, in either language, and its status in words.
    AuditTableModel model;
    model.setEntries(ofField(AuditLog(*m_store).ofReferenceLists(), QStringLiteral("proposal"),
                             QStringLiteral("status")));
    QCOMPARE(model.index(0, AuditTableModel::What).data().toString(),
             QStringLiteral("Proposal “Skills for green jobs” created"));
    QCOMPARE(model.index(0, AuditTableModel::Field).data().toString(), QStringLiteral("Status"));
    QCOMPARE(model.index(0, AuditTableModel::NewValue).data().toString(),
             QStringLiteral("Submitted"));
    model.setLanguage(Language::Chinese);
    QCOMPARE(model.index(0, AuditTableModel::What).data().toString(),
             QCoreApplication::translate("sstc::AuditTableModel", "%1 created")
                 .arg(QCoreApplication::translate("sstc::AuditTableModel", "Proposal %1")
                          .arg(QStringLiteral("“Skills for green jobs”"))));
}

void TestAuditLog::theActorGivenIsRecordedNotASetting()
{
    // The desktop's setting and the account's name are the ui's business, not the models'.
    QSettings().setValue(QStringLiteral("audit/userName"), QStringLiteral("from.settings"));
    qputenv("USER", "from.account");
    const AuditActor server(QStringLiteral("team.server.user"));
    ProposalChanges(*m_store, server).apply({}, newProposal());
    const QList<AuditEntry> entries = AuditLog(*m_store).ofReferenceLists();
    QVERIFY(!entries.isEmpty());
    for (const AuditEntry &entry : entries)
        QCOMPARE(entry.userName, server.name());
    QSettings().remove(QStringLiteral("audit/userName"));
}

void TestAuditLog::historyModelNamesFieldsAndValues()
{
    Agreement agreement = firstAgreement();
    agreement.kind =
        agreement.kind == AgreementKind::Mou ? AgreementKind::Partnership : AgreementKind::Mou;
    agreement.validTo = PartialDate::fromIso(QStringLiteral("2031-12-31"));
    AgreementChanges(*m_store, user).apply({}, agreement);
    LookupLists lists = LookupListsRepository(*m_store).load();
    lists.countries.first().name.zh = QStringLiteral("新名称");
    LookupListsChanges(*m_store, user).apply(LookupListsRepository(*m_store).load(), lists);

    AuditTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries(AuditLog(*m_store).ofAgreement(agreement.id));
    QCOMPARE(model.rowCount(), 2);
    QHash<QString, int> rowOfField;
    for (int row = 0; row < model.rowCount(); ++row)
        rowOfField.insert(model.index(row, AuditTableModel::Field).data().toString(), row);
    QVERIFY(rowOfField.contains(QStringLiteral("Kind")));
    QVERIFY(rowOfField.contains(QStringLiteral("Valid to")));
    const int kind = rowOfField.value(QStringLiteral("Kind"));
    QCOMPARE(model.index(kind, AuditTableModel::What).data().toString(),
             QStringLiteral("Agreement “%1” changed").arg(agreement.title.en));
    // In Chinese, by its Chinese title.
    model.setLanguage(Language::Chinese);
    QVERIFY(model.index(kind, AuditTableModel::What)
                .data()
                .toString()
                .contains(QStringLiteral("“%1”").arg(agreement.title.zh)));
    model.setLanguage(Language::English);
    const QStringList kinds = {model.index(kind, AuditTableModel::OldValue).data().toString(),
                               model.index(kind, AuditTableModel::NewValue).data().toString()};
    QVERIFY2(kinds.contains(QStringLiteral("Memorandum of understanding")),
             qPrintable(kinds.join(QLatin1Char('|'))));
    QVERIFY(!kinds.contains(QStringLiteral("mou")));

    model.setEntries(AuditLog(*m_store).ofReferenceLists());
    QCOMPARE(model.rowCount(), 1);
    // Named as it reads in the UI language at the time of the change.
    QCOMPARE(model.index(0, AuditTableModel::What).data().toString(),
             QStringLiteral("Country “%1” changed").arg(lists.countries.first().name.en));
    model.setLanguage(Language::Chinese);
    QCOMPARE(model.index(0, AuditTableModel::What).data().toString(),
             QCoreApplication::translate("sstc::AuditTableModel", "%1 changed")
                 .arg(QCoreApplication::translate("sstc::AuditTableModel", "Country %1")
                          .arg(QStringLiteral("“新名称”"))));
    model.setLanguage(Language::English);
    QCOMPARE(model.index(0, AuditTableModel::Field).data().toString(),
             QStringLiteral("Name (Chinese)"));
    QCOMPARE(model.index(0, AuditTableModel::NewValue).data().toString(), QStringLiteral("新名称"));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
