// ProjectChanges and the audit trail: every save and deletion writes its audit rows in the
// same transaction, a deletion can be put back with the same ids, and a failed change leaves
// neither data nor audit rows behind.
#include "tests/support/TestFolders.h"

#include "models/audit/AuditLog.h"
#include "models/changes/ProjectChanges.h"
#include "models/itemmodels/AuditTableModel.h"
#include "models/repositories/ProjectRecord.h"
#include "models/store/PortfolioOpener.h"
#include "models/store/PortfolioStore.h"
#include "models/store/StoreError.h"

#include <QAbstractItemModelTester>
#include <QtTest>

#include <memory>

using namespace sstc;

class TestProjectChanges : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void editRecordsChangedFields();
    void creationAndChildren();
    void deletionCanBePutBack();
    void failedSaveLeavesNothing();
    void removingAMissingProjectIsRefused();
    void historyModel();

private:
    int auditRows();
    std::unique_ptr<TestFolders> m_folders;
    std::unique_ptr<PortfolioStore> m_store;
};

void TestProjectChanges::init()
{
    m_folders = std::make_unique<TestFolders>();
    m_store = PortfolioOpener::open(m_folders->filePath(QStringLiteral("sample.sstc")),
                                    PortfolioOpener::NewFileContent::Sample);
}

void TestProjectChanges::cleanup()
{
    m_store.reset();
    m_folders.reset();
}

int TestProjectChanges::auditRows()
{
    QSqlQuery query = m_store->run(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    return query.next() ? query.value(0).toInt() : -1;
}

void TestProjectChanges::editRecordsChangedFields()
{
    ProjectRecord record = *ProjectRecordRepository(*m_store).load(4);
    const QString oldZh = record.project.title.zh;
    record.project.title.zh = QStringLiteral("新的中文标题");
    record.project.plannedEnd = PartialDate::fromIso(QStringLiteral("2021-06"));
    ProjectChanges(*m_store, AuditActor(QStringLiteral("wang.li"))).apply({}, record);

    const QList<AuditEntry> entries = AuditLog(*m_store).ofProject(4);
    QCOMPARE(entries.size(), 2);
    QHash<QString, AuditEntry> byField;
    for (const AuditEntry &entry : entries)
        byField.insert(entry.field, entry);
    const AuditEntry title = byField.value(QStringLiteral("title_zh"));
    QCOMPARE(title.entity, QStringLiteral("project"));
    QCOMPARE(title.entityId, qint64(4));
    QCOMPARE(title.action, QStringLiteral("update"));
    QCOMPARE(title.oldValue, oldZh);
    QCOMPARE(title.newValue, QStringLiteral("新的中文标题"));
    QCOMPARE(title.userName, QStringLiteral("wang.li"));
    QVERIFY(qAbs(title.changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(byField.value(QStringLiteral("planned_end")).newValue, QStringLiteral("2021-06"));
    QCOMPARE(ProjectRecordRepository(*m_store).load(4)->project.title.zh,
             QStringLiteral("新的中文标题"));

    // Saving again unchanged records nothing.
    ProjectChanges(*m_store, AuditActor(QStringLiteral("wang.li"))).apply({}, record);
    QCOMPARE(AuditLog(*m_store).ofProject(4).size(), 2);
}

void TestProjectChanges::creationAndChildren()
{
    ProjectRecord record;
    record.project.title = {QStringLiteral("Pilot"), QStringLiteral("试点")};
    FundingLine line;
    line.kind = FundingKind::OriginalBudget;
    line.amount = Money::units(50000, QStringLiteral("USD"));
    record.fundingLines << line;
    const ProjectRecord stored =
        *ProjectChanges(*m_store, AuditActor(QStringLiteral("a"))).apply({}, record);
    QVERIFY(stored.project.id > 0);
    QCOMPARE(stored.fundingLines.size(), 1);
    QVERIFY(stored.fundingLines.first().id > 0);

    QList<AuditEntry> entries = AuditLog(*m_store).ofProject(stored.project.id);
    QVERIFY(!entries.isEmpty());
    for (const AuditEntry &entry : entries)
        QCOMPARE(entry.action, QStringLiteral("create"));
    bool amountSeen = false;
    for (const AuditEntry &entry : entries)
        if (entry.entity == QLatin1String("funding_line") && entry.field == QLatin1String("amount"))
            amountSeen = entry.newValue == QLatin1String("50000.00 USD");
    QVERIFY(amountSeen);

    // Removing the line is recorded as the line's deletion.
    ProjectRecord edited = stored;
    edited.fundingLines.clear();
    ProjectChanges(*m_store, AuditActor(QStringLiteral("a"))).apply(stored, edited);
    entries = AuditLog(*m_store).ofProject(stored.project.id);
    QCOMPARE(entries.first().entity, QStringLiteral("funding_line"));
    QCOMPARE(entries.first().action, QStringLiteral("delete"));
    QVERIFY(ProjectRecordRepository(*m_store).load(stored.project.id)->fundingLines.isEmpty());

    // Saving the earlier state puts the line back with its id (what undo does).
    ProjectChanges(*m_store, AuditActor(QStringLiteral("a"))).apply(edited, stored);
    const ProjectRecord back = *ProjectRecordRepository(*m_store).load(stored.project.id);
    QCOMPARE(back.fundingLines.size(), 1);
    QCOMPARE(back.fundingLines.first().id, stored.fundingLines.first().id);
}

void TestProjectChanges::deletionCanBePutBack()
{
    const ProjectRecord before = *ProjectRecordRepository(*m_store).load(1);
    QVERIFY(!before.events.isEmpty() || !before.fundingLines.isEmpty() ||
            !before.indicators.isEmpty());
    QVERIFY(!ProjectChanges(*m_store, AuditActor(QStringLiteral("a"))).apply(before, {}));
    QVERIFY(!ProjectRecordRepository(*m_store).load(1));
    QCOMPARE(AuditLog(*m_store).ofProject(1).first().action, QStringLiteral("delete"));

    ProjectChanges(*m_store, AuditActor(QStringLiteral("a"))).apply({}, before);
    const ProjectRecord after = *ProjectRecordRepository(*m_store).load(1);
    QCOMPARE(after.project.title.en, before.project.title.en);
    QCOMPARE(after.project.countries.size(), before.project.countries.size());
    QCOMPARE(after.project.organisations.size(), before.project.organisations.size());
    QCOMPARE(after.events.size(), before.events.size());
    for (int i = 0; i < before.events.size(); ++i)
        QCOMPARE(after.events.at(i).id, before.events.at(i).id);
    QCOMPARE(after.fundingLines.size(), before.fundingLines.size());
    QCOMPARE(after.indicators.size(), before.indicators.size());
    for (int i = 0; i < before.indicators.size(); ++i)
        QCOMPARE(after.indicators.at(i).periods.size(), before.indicators.at(i).periods.size());
}

void TestProjectChanges::failedSaveLeavesNothing()
{
    const int rowsBefore = auditRows();
    ProjectRecord record = *ProjectRecordRepository(*m_store).load(3);
    const QString title = record.project.title.en;
    record.project.title.en = QStringLiteral("Changed");
    // A country that does not exist breaks a foreign key half-way through the save.
    record.project.countries << RecipientCountry{QStringLiteral("XX"), std::nullopt};
    QVERIFY_THROWS_EXCEPTION(
        StoreError, ProjectChanges(*m_store, AuditActor(QStringLiteral("a"))).apply({}, record));
    QCOMPARE(ProjectRecordRepository(*m_store).load(3)->project.title.en, title);
    QCOMPARE(auditRows(), rowsBefore);
}

void TestProjectChanges::removingAMissingProjectIsRefused()
{
    ProjectRecord missing;
    missing.project.id = 987654;
    const int rowsBefore = auditRows();
    QVERIFY_THROWS_EXCEPTION(
        StoreError,
        ProjectChanges(*m_store, AuditActor(QStringLiteral("a"))).apply(missing, std::nullopt));
    QCOMPARE(auditRows(), rowsBefore);
}

void TestProjectChanges::historyModel()
{
    ProjectRecord record = *ProjectRecordRepository(*m_store).load(2);
    record.project.title.en = QStringLiteral("Renamed seminar");
    ProjectChanges(*m_store, AuditActor(QStringLiteral("li"))).apply({}, record);
    AuditTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries(AuditLog(*m_store).ofProject(2));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, AuditTableModel::Who).data().toString(), QStringLiteral("li"));
    QCOMPARE(model.index(0, AuditTableModel::What).data().toString(),
             QStringLiteral("Project changed"));
    QCOMPARE(model.index(0, AuditTableModel::Field).data().toString(),
             QStringLiteral("Title (English)"));
    QCOMPARE(model.index(0, AuditTableModel::NewValue).data().toString(),
             QStringLiteral("Renamed seminar"));
    model.setLanguage(Language::Chinese);
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestProjectChanges)
#include "tst_projectchanges.moc"
