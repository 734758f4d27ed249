// The server half of PortfolioStore: a portfolio in a database on a PostgreSQL server, reached
// through Qt's QPSQL driver (libpq underneath, so PG* variables and ~/.pgpass apply).
#include "models/store/PortfolioStore.h"

#include "models/store/ServerConnectionError.h"
#include "models/store/WriteTransaction.h"

#include <QSqlError>

namespace sstc {

namespace {
// PostgreSQL 13 is the oldest the schema was written for (identity columns, trusted pg_trgm).
constexpr int oldestServerVersion = 130000;
// Serialises two programs making a portfolio in the same database at once: the second
// waits for the first one's transaction, then finds its tables and stops.
constexpr qint64 creationLockKey = PortfolioStore::sqliteApplicationId;
} // namespace

std::unique_ptr<PortfolioStore> PortfolioStore::openServer(const PortfolioLocation &location,
                                                           const SchemaHistory &history)
{
    return openServerExisting(location, history);
}

std::unique_ptr<PortfolioStore>
PortfolioStore::openServerForReading(const PortfolioLocation &location,
                                     const SchemaHistory &history)
{
    return openServerExisting(location, history);
}

std::unique_ptr<PortfolioStore>
PortfolioStore::openServerExisting(const PortfolioLocation &location, const SchemaHistory &history)
{
    std::unique_ptr<PortfolioStore> store(
        new PortfolioStore(location.displayName(), SqlDialect(SqlDialect::Engine::PostgreSql)));
    store->m_location = location;
    store->connectServer();
    const int version = store->readSchemaVersion();
    if (version > history.latestVersion())
        throw StoreError(StoreError::Kind::NewerVersion, store->m_path)
            .withVersions(version, history.latestVersion());
    if (version < history.latestVersion())
        // Upgraded only when the user agrees, after a copy is made: upgradeServer().
        throw StoreError(StoreError::Kind::OlderVersion, store->m_path)
            .withVersions(version, history.latestVersion());
    store->m_schemaVersion = version;
    return store;
}

std::unique_ptr<PortfolioStore> PortfolioStore::upgradeServer(const PortfolioLocation &location,
                                                              const std::function<void()> &keepCopy,
                                                              const SchemaHistory &history)
{
    std::unique_ptr<PortfolioStore> store(
        new PortfolioStore(location.displayName(), SqlDialect(SqlDialect::Engine::PostgreSql)));
    store->m_location = location;
    store->connectServer();
    const auto refuseNewer = [&] {
        if (store->m_schemaVersion > history.latestVersion())
            throw StoreError(StoreError::Kind::NewerVersion, store->m_path)
                .withVersions(store->m_schemaVersion, history.latestVersion());
    };
    store->m_schemaVersion = store->readSchemaVersion();
    refuseNewer();
    WriteTransaction transaction(*store);
    // Two programs upgrading at once: the second waits, then finds the work done.
    store->run(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {creationLockKey});
    store->m_schemaVersion = store->storedSchemaVersion();
    refuseNewer();
    if (store->m_schemaVersion < history.latestVersion()) {
        // Nobody writes from here to the commit, so the copy holds exactly what is upgraded.
        QStringList tables;
        QSqlQuery names = store->run(store->m_dialect.tableNamesQuery());
        while (names.next())
            tables << QLatin1Char('"') +
                          names.value(0).toString().replace(u'"', QStringLiteral("\"\"")) +
                          QLatin1Char('"');
        store->run(QStringLiteral("LOCK TABLE %1 IN SHARE MODE").arg(tables.join(u',')));
        if (keepCopy)
            keepCopy();
        store->applySteps(history);
    }
    transaction.commit();
    return store;
}

std::unique_ptr<PortfolioStore> PortfolioStore::openServerReader(const PortfolioLocation &location)
{
    std::unique_ptr<PortfolioStore> store(
        new PortfolioStore(location.displayName(), SqlDialect(SqlDialect::Engine::PostgreSql)));
    store->m_location = location;
    store->m_snapshotReader = true;
    store->connectServer();
    // A background reader must never write, and its queries (the five funding charts) must
    // agree with each other while other users save: one snapshot, kept until it closes.
    store->run(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL "
                              "REPEATABLE READ, READ ONLY"));
    store->run(QStringLiteral("BEGIN"));
    store->m_schemaVersion = store->readSchemaVersion();
    return store;
}

std::unique_ptr<PortfolioStore> PortfolioStore::createOnServer(const PortfolioLocation &location,
                                                               const Filler &fill,
                                                               const SchemaHistory &history)
{
    std::unique_ptr<PortfolioStore> store(
        new PortfolioStore(location.displayName(), SqlDialect(SqlDialect::Engine::PostgreSql)));
    store->m_location = location;
    store->connectServer();
    {
        // PostgreSQL's DDL is transactional: schema and content commit together or not at all.
        WriteTransaction transaction(*store);
        store->run(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {creationLockKey});
        store->requireEmptyDatabase();
        store->applySteps(history);
        if (fill)
            fill(*store);
        transaction.commit();
    }
    store->m_created = true;
    return store;
}

void PortfolioStore::requireEmptyDatabase()
{
    // From the catalogue, not information_schema: that shows only the tables this role may
    // use, and another role's tables must refuse the database too.
    QSqlQuery relations =
        run(QStringLiteral("SELECT n.nspname = current_schema(), c.relname FROM pg_class c "
                           "JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') "
                           "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
                           "AND n.nspname NOT LIKE 'pg_toast%'"));
    QStringList own;
    bool any = false;
    while (relations.next()) {
        any = true;
        if (relations.value(0).toBool())
            own << relations.value(1).toString();
    }
    if (!any)
        return;
    checkIdentity(own); // NotAPortfolio for someone else's tables
    throw StoreError(StoreError::Kind::AlreadyExists, m_path);
}

void PortfolioStore::reconnectIfLost()
{
    if (!m_connectionLost || inTransaction())
        return;
    if (m_snapshotReader)
        throw StoreError(StoreError::Kind::ConnectionLost, m_path, QStringLiteral("snapshot lost"));
    m_failedStatements.clear();
    m_idleStatements.clear();
    m_db.close();
    if (!m_db.open())
        throw StoreError(StoreError::Kind::ConnectionLost, m_path, m_db.lastError().text());
    m_connectionLost = false;
}

void PortfolioStore::connectServer()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_db.isValid())
        throw StoreError(StoreError::Kind::CannotOpen, m_path,
                         QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed"));
    m_db.setHostName(m_location.host());
    if (m_location.port() != 0)
        m_db.setPort(m_location.port());
    m_db.setDatabaseName(m_location.database());
    m_db.setUserName(m_location.user());
    m_db.setPassword(m_location.password());
    m_db.setConnectOptions(m_location.connectOptions());
    if (!m_db.open())
        throw StoreError(ServerConnectionError::kindOf(m_db.lastError()), m_path,
                         m_db.lastError().text());
    QSqlQuery version = run(QStringLiteral("SHOW server_version_num"));
    if (!version.next() || version.value(0).toInt() < oldestServerVersion)
        throw StoreError(
            StoreError::Kind::CannotOpen, m_path,
            QStringLiteral("PostgreSQL %1 is older than 13").arg(version.value(0).toString()));
    for (const QString &statement : m_dialect.sessionSetup())
        run(statement);
}

} // namespace sstc
