// WriteTransaction: everything written under a guard is kept together or not at all.
#include "tests/support/TestFolders.h"

#include "models/store/PortfolioStore.h"
#include "models/store/WriteTransaction.h"

#include <QtTest>

#include <memory>
#include <stdexcept>

using namespace sstc;

class TestWriteTransaction : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void commitKeepsRows();
    void noCommitRollsBack();
    void exceptionMidwayLeavesNoRows();
    void failedStatementRollsBackEarlierOnes();
    void nestedGuardsCommitTogether();
    void outerGuardWithoutCommitDropsInnerWork();
    void innerGuardWithoutCommitFailsOuterCommit();
    void storeIsUsableAfterRollback();
    void commitTwiceIsHarmless();

private:
    void insertTheme(const QString &key);
    int themeCount();

    TestFolders m_folders;
    std::unique_ptr<PortfolioStore> m_store;
};

void TestWriteTransaction::init()
{
    m_store = PortfolioStore::openFile(m_folders.filePath(
        QStringLiteral("%1.sstc").arg(QLatin1String(QTest::currentTestFunction()))));
    QCOMPARE(themeCount(), 0);
    QVERIFY(!m_store->inTransaction());
}

void TestWriteTransaction::cleanup()
{
    if (m_store)
        QVERIFY(!m_store->inTransaction());
    m_store.reset();
}

void TestWriteTransaction::insertTheme(const QString &key)
{
    m_store->run(QStringLiteral("INSERT INTO themes (key, name_en) VALUES (?, ?)"),
                 {key, key.toUpper()});
}

int TestWriteTransaction::themeCount()
{
    QSqlQuery query = m_store->run(QStringLiteral("SELECT COUNT(*) FROM themes"));
    return query.next() ? query.value(0).toInt() : -1;
}

void TestWriteTransaction::commitKeepsRows()
{
    {
        WriteTransaction transaction(*m_store);
        QVERIFY(m_store->inTransaction());
        insertTheme(QStringLiteral("a"));
        insertTheme(QStringLiteral("b"));
        transaction.commit();
    }
    QCOMPARE(themeCount(), 2);
}

void TestWriteTransaction::noCommitRollsBack()
{
    {
        WriteTransaction transaction(*m_store);
        insertTheme(QStringLiteral("a"));
        QCOMPARE(themeCount(), 1); // visible inside the transaction
    }
    QCOMPARE(themeCount(), 0);
}

void TestWriteTransaction::exceptionMidwayLeavesNoRows()
{
    bool thrown = false;
    try {
        WriteTransaction transaction(*m_store);
        insertTheme(QStringLiteral("a"));
        insertTheme(QStringLiteral("b"));
        throw std::runtime_error("stop half way");
    } catch (const std::runtime_error &) {
        thrown = true;
    }
    QVERIFY(thrown);
    QCOMPARE(themeCount(), 0);
}

void TestWriteTransaction::failedStatementRollsBackEarlierOnes()
{
    bool refused = false;
    try {
        WriteTransaction transaction(*m_store);
        insertTheme(QStringLiteral("a"));
        insertTheme(QStringLiteral("a")); // the key is unique
        transaction.commit();
    } catch (const StoreError &error) {
        refused = error.kind() == StoreError::Kind::InvalidData;
    }
    QVERIFY(refused);
    QCOMPARE(themeCount(), 0);
}

void TestWriteTransaction::nestedGuardsCommitTogether()
{
    {
        WriteTransaction outer(*m_store);
        insertTheme(QStringLiteral("a"));
        {
            WriteTransaction inner(*m_store);
            insertTheme(QStringLiteral("b"));
            inner.commit();
        }
        QVERIFY(m_store->inTransaction());
        insertTheme(QStringLiteral("c"));
        outer.commit();
    }
    QVERIFY(!m_store->inTransaction());
    QCOMPARE(themeCount(), 3);
}

void TestWriteTransaction::outerGuardWithoutCommitDropsInnerWork()
{
    {
        WriteTransaction outer(*m_store);
        {
            WriteTransaction inner(*m_store);
            insertTheme(QStringLiteral("b"));
            inner.commit(); // only the outermost guard commits to the database
        }
    }
    QCOMPARE(themeCount(), 0);
}

void TestWriteTransaction::innerGuardWithoutCommitFailsOuterCommit()
{
    bool refused = false;
    try {
        WriteTransaction outer(*m_store);
        insertTheme(QStringLiteral("a"));
        try {
            WriteTransaction inner(*m_store);
            insertTheme(QStringLiteral("b"));
            throw std::runtime_error("inner work failed");
        } catch (const std::runtime_error &) {
            // The caller swallows the inner failure…
        }
        insertTheme(QStringLiteral("c"));
        outer.commit(); // …but the outer guard does not commit half of the work.
    } catch (const StoreError &error) {
        refused = error.kind() == StoreError::Kind::Failed;
    }
    QVERIFY(refused);
    QCOMPARE(themeCount(), 0);
}

void TestWriteTransaction::storeIsUsableAfterRollback()
{
    try {
        WriteTransaction outer(*m_store);
        {
            WriteTransaction inner(*m_store);
            insertTheme(QStringLiteral("a"));
        }
        outer.commit();
    } catch (const StoreError &) {
    }
    QCOMPARE(themeCount(), 0);
    {
        WriteTransaction transaction(*m_store);
        insertTheme(QStringLiteral("b"));
        transaction.commit();
    }
    QCOMPARE(themeCount(), 1);
}

void TestWriteTransaction::commitTwiceIsHarmless()
{
    WriteTransaction transaction(*m_store);
    insertTheme(QStringLiteral("a"));
    transaction.commit();
    transaction.commit();
    QCOMPARE(themeCount(), 1);
}

QTEST_GUILESS_MAIN(TestWriteTransaction)
#include "tst_writetransaction.moc"
