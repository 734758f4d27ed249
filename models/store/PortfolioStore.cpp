#include "models/store/PortfolioStore.h"

#include "models/store/PendingFile.h"
#include "models/store/PortfolioBackups.h"
#include "models/store/PortfolioCompleteness.h"
#include "models/store/PortfolioFile.h"
#include "models/store/SqliteSystemError.h"
#include "models/store/WriteTransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QStandardPaths>
#include <QStringList>

#include <atomic>
#include <cstring>
#include <optional>

namespace sstc {

namespace {
constexpr int busyTimeoutMilliseconds = 5000;
constexpr int upgradeWaitMilliseconds = 120000;

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("sstc-portfolio-%1").arg(++counter);
}

// Qt's SQL drivers bind a null QString or QByteArray as NULL, and an empty text of a domain
// value is often null. Only a null QVariant (see SqlValues.h) stands for NULL; an empty text
// or file is bound as an empty value, so that NOT NULL DEFAULT '' columns accept it.
QVariant bindable(const QVariant &value)
{
    if (value.isNull())
        return value;
    if (value.userType() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    if (value.userType() == QMetaType::QByteArray && value.toByteArray().isNull())
        return QVariant(QByteArray(""));
    return value;
}

} // namespace

PortfolioStore::PortfolioStore(QString path, SqlDialect dialect)
    : m_path(std::move(path))
    , m_location(PortfolioLocation::file(m_path))
    , m_connectionName(nextConnectionName())
    , m_dialect(dialect)
{}

PortfolioStore::~PortfolioStore()
{
    close();
}

QString PortfolioStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/portfolio.sstc");
}

std::unique_ptr<PortfolioStore> PortfolioStore::openFile(const QString &path,
                                                         const SchemaHistory &history,
                                                         const Inspection &inspect)
{
    if (PortfolioFile::inspect(path) != PortfolioFile::State::SqliteDatabase) {
        try {
            return create(path, {}, history);
        } catch (const StoreError &error) {
            if (error.kind() != StoreError::Kind::AlreadyExists)
                throw;
            // Another program made the file meanwhile: open the one it made.
        }
    }
    return openExisting(path, history, Access::Write, inspect);
}

std::unique_ptr<PortfolioStore> PortfolioStore::create(const QString &path, const Filler &fill,
                                                       const SchemaHistory &history)
{
    const QFileInfo info(path);
    const QString finalPath = info.absoluteFilePath();
    if (info.exists() && !(info.isFile() && info.size() == 0))
        throw StoreError(StoreError::Kind::AlreadyExists, finalPath);
    const bool replaceEmpty = PortfolioFile::inspect(path) == PortfolioFile::State::Empty;
    {
        PendingFile pending(finalPath);
        build(pending.path(), finalPath, fill, history);
        if (pending.publish(finalPath, replaceEmpty) == PendingFile::Outcome::NameTaken)
            throw StoreError(StoreError::Kind::AlreadyExists, finalPath,
                             QStringLiteral("created by another program meanwhile"));
    }
    std::unique_ptr<PortfolioStore> store = openExisting(finalPath, history, Access::Write, {});
    store->m_created = true;
    return store;
}

void PortfolioStore::build(const QString &path, const QString &finalPath, const Filler &fill,
                           const SchemaHistory &history)
{
    try {
        PortfolioStore store(path, SqlDialect(SqlDialect::Engine::Sqlite));
        store.connectSqlite();
        WriteTransaction transaction(store);
        store.run(QStringLiteral("PRAGMA application_id = %1").arg(sqliteApplicationId));
        store.applySteps(history);
        if (fill)
            fill(store);
        PortfolioCompleteness::markWhole(store);
        transaction.commit();
        // Set while the file is still private, so that opening it never has to; the last
        // connection's close folds the write-ahead log back in and removes it.
        store.run(QStringLiteral("PRAGMA journal_mode = WAL"));
    } catch (const StoreError &error) {
        // The temporary file is none of the user's business: the error names the portfolio.
        throw StoreError(error.kind(), finalPath, error.detail());
    }
}

std::unique_ptr<PortfolioStore> PortfolioStore::openForReading(const QString &path,
                                                               const SchemaHistory &history,
                                                               const Inspection &inspect)
{
    return openExisting(path, history, Access::Read, inspect);
}

std::unique_ptr<PortfolioStore> PortfolioStore::openExisting(const QString &path,
                                                             const SchemaHistory &history,
                                                             Access access,
                                                             const Inspection &inspect)
{
    switch (PortfolioFile::inspect(path)) {
    case PortfolioFile::State::Missing:
        throw StoreError(StoreError::Kind::Missing, path);
    case PortfolioFile::State::Empty:
        throw StoreError(StoreError::Kind::NotADatabase, path, QStringLiteral("an empty file"));
    case PortfolioFile::State::SqliteDatabase:
        break;
    }
    std::unique_ptr<PortfolioStore> store(new PortfolioStore(
        QFileInfo(path).absoluteFilePath(), SqlDialect(SqlDialect::Engine::Sqlite)));
    store->connectSqlite();
    const int version = store->readSchemaVersion();
    if (version > history.latestVersion())
        throw StoreError(StoreError::Kind::NewerVersion, path)
            .withVersions(version, history.latestVersion());
    store->m_schemaVersion = version;
    if (inspect)
        inspect(*store);
    if (access == Access::Read) {
        if (version < history.latestVersion())
            throw StoreError(StoreError::Kind::OlderVersion, path)
                .withVersions(version, history.latestVersion());
        return store;
    }
    // Only now, with the file known to be ours, do we write to it.
    store->run(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (version < history.latestVersion())
        store->upgrade(history);
    return store;
}

std::unique_ptr<PortfolioStore> PortfolioStore::openReadOnly(const QString &path)
{
    std::unique_ptr<PortfolioStore> store(new PortfolioStore(
        QFileInfo(path).absoluteFilePath(), SqlDialect(SqlDialect::Engine::Sqlite)));
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    store->m_db.setDatabaseName(store->m_path);
    store->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1")
                                      .arg(busyTimeoutMilliseconds));
    if (!store->m_db.open())
        store->fail(store->m_db.lastError(), QString());
    store->m_schemaVersion = store->readSchemaVersion();
    return store;
}

std::unique_ptr<PortfolioStore> PortfolioStore::openReadOnly(const PortfolioLocation &location)
{
    return location.isServer() ? openServerReader(location) : openReadOnly(location.filePath());
}

bool PortfolioStore::canBeReadElsewhere() const
{
    // An in-memory SQLite database exists only on its own connection.
    return m_location.isServer() || QFileInfo(m_path).isFile();
}

std::unique_ptr<PortfolioStore> PortfolioStore::openForChecking(const QString &path)
{
    // Reading a portfolio in write-ahead-log mode makes its -wal and -shm. A read-only
    // connection can never remove them; the last connection that may write removes them as
    // it closes. So when the file has none (no one has it open, no log left to recover), it
    // is read through such a connection, kept from writing by query_only. Otherwise the
    // files belong to someone else, or hold a log to recover: read-only, leaving them be.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute + QStringLiteral("-wal")) ||
        QFileInfo::exists(absolute + QStringLiteral("-shm")) ||
        !PortfolioFile::isWritable(absolute))
        return openReadOnly(absolute);
    std::unique_ptr<PortfolioStore> store(
        new PortfolioStore(absolute, SqlDialect(SqlDialect::Engine::Sqlite)));
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    store->m_db.setDatabaseName(store->m_path);
    store->m_db.setConnectOptions(
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMilliseconds));
    if (!store->m_db.open())
        store->fail(store->m_db.lastError(), QString());
    store->run(QStringLiteral("PRAGMA query_only = ON"));
    store->m_schemaVersion = store->readSchemaVersion();
    return store;
}

void PortfolioStore::connectSqlite()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMilliseconds));
    if (!m_db.open())
        fail(m_db.lastError(), QString());
    for (const QString &statement : m_dialect.sessionSetup())
        run(statement);
}

int PortfolioStore::readSchemaVersion()
{
    QSqlQuery tables = run(m_dialect.tableNamesQuery());
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    checkIdentity(names);
    return storedSchemaVersion();
}

void PortfolioStore::checkIdentity(const QStringList &tableNames)
{
    // Both marks of a portfolio: a database with neither is someone else's, even an empty
    // one, and is never made into a portfolio.
    if (m_dialect.engine() == SqlDialect::Engine::Sqlite) {
        QSqlQuery id = run(QStringLiteral("PRAGMA application_id"));
        const int applicationId = id.next() ? id.value(0).toInt() : 0;
        if (applicationId != sqliteApplicationId)
            throw StoreError(StoreError::Kind::NotAPortfolio, m_path,
                             QStringLiteral("application id %1").arg(applicationId));
    }
    if (!tableNames.contains(QLatin1String("meta")))
        throw StoreError(StoreError::Kind::NotAPortfolio, m_path, QStringLiteral("no meta table"));
    if (m_dialect.engine() == SqlDialect::Engine::PostgreSql) {
        // A server has no application id: the marker schema version 1 wrote stands for it.
        QSqlQuery marker = run(QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                               {QStringLiteral("application")});
        if (!marker.next() || marker.value(0).toString() != QLatin1String("sstc-desk"))
            throw StoreError(StoreError::Kind::NotAPortfolio, m_path,
                             QStringLiteral("no application marker"));
    }
}

int PortfolioStore::storedSchemaVersion()
{
    QSqlQuery query = run(QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                          {QStringLiteral("schema_version")});
    bool ok = false;
    const int version = query.next() ? query.value(0).toString().toInt(&ok) : 0;
    if (!ok || version < 1)
        throw StoreError(StoreError::Kind::NotAPortfolio, m_path, QStringLiteral("no version"));
    return version;
}

void PortfolioStore::upgrade(const SchemaHistory &history)
{
    // Another program may be upgrading the same file: wait for it, long enough for the copy
    // and the upgrade of a large portfolio, rather than fail at the first busy moment…
    run(QStringLiteral("PRAGMA busy_timeout = %1").arg(upgradeWaitMilliseconds));
    WriteTransaction transaction(*this);
    run(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMilliseconds));
    // …and then read the version again inside the lock: that one may have done it all.
    m_schemaVersion = storedSchemaVersion();
    if (m_schemaVersion >= history.latestVersion()) {
        transaction.commit();
        return;
    }
    keepBackup();
    try {
        // The whole upgrade in one transaction: the file is at the old version or the new one.
        applySteps(history);
        transaction.commit();
    } catch (...) {
        // The file stays as it was, so the copy of it is not needed.
        QFile::remove(m_backupPath);
        m_backupPath.clear();
        throw;
    }
}

void PortfolioStore::applySteps(const SchemaHistory &history)
{
    for (const SchemaStep &step : history.steps()) {
        if (step.version <= m_schemaVersion)
            continue;
        step.apply(*this);
        run(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"),
            {QString::number(step.version), QStringLiteral("schema_version")});
        m_schemaVersion = step.version;
    }
}

void PortfolioStore::keepBackup()
{
    const QDateTime now = QDateTime::currentDateTime();
    PendingFile copy(m_path + QStringLiteral(".backup"));
    copyInto(copy.path());
    // Two upgrades in one second (a failed one, then a retry) each keep their own copy.
    for (int attempt = 1; attempt < 100; ++attempt) {
        const QString name = PortfolioBackups::nameFor(m_path, m_schemaVersion, now, attempt);
        if (copy.publish(name) == PendingFile::Outcome::Published) {
            m_backupPath = name;
            return;
        }
    }
    throw StoreError(StoreError::Kind::Failed, m_path, QStringLiteral("no name for the backup"));
}

void PortfolioStore::copyInto(const QString &copyPath)
{
    // A second connection reads the file as committed while this one holds the write lock,
    // so the copy is exactly the version being upgraded. VACUUM INTO writes a consistent
    // copy, write-ahead log included, into the (empty) file.
    const QString name = m_connectionName + QStringLiteral("-copy");
    QSqlError error;
    int systemError = 0;
    {
        QSqlDatabase copier = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        copier.setDatabaseName(m_path);
        copier.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMilliseconds));
        if (copier.open()) {
            QSqlQuery query(copier);
            if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
                error = query.lastError();
            query.addBindValue(copyPath);
            if (!error.isValid() && !query.exec())
                error = query.lastError();
        } else {
            error = copier.lastError();
        }
        systemError = SqliteSystemError::of(copier);
        copier.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (error.isValid())
        fail(error, QStringLiteral("VACUUM INTO"), systemError);
}

QSqlQuery PortfolioStore::run(const QString &sql, const QVariantList &values)
{
    reconnectIfLost();
    try {
        return runOnce(sql, values);
    } catch (const StoreError &error) {
        // A connection that turned out to be gone (a server restarted since the last
        // statement) is made again, and a statement that only reads, or starts a transaction,
        // is run again on it: it never reached the server. Nothing that writes is retried.
        static const QRegularExpression readsOnly(QStringLiteral("^\\s*(SELECT|BEGIN|SHOW)\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
        if (error.kind() != StoreError::Kind::ConnectionLost || inTransaction() ||
            m_snapshotReader || !readsOnly.match(sql).hasMatch())
            throw;
        reconnectIfLost();
        return runOnce(sql, values);
    }
}

QSqlQuery PortfolioStore::runOnce(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    // Qt's QPSQL reads a forward-only query row by row, and then a second query on the
    // connection loses the first one's rows: on a server, results are read whole.
    query.setForwardOnly(m_dialect.engine() == SqlDialect::Engine::Sqlite);
    // PostgreSQL prepares only queries and row changes, not DDL or transaction control: a
    // statement without values runs as it is.
    if (values.isEmpty() && m_dialect.engine() == SqlDialect::Engine::PostgreSql) {
        if (!query.exec(sql))
            fail(query.lastError(), sql);
        return query;
    }
    if (!query.prepare(sql))
        fail(query.lastError(), sql);
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    if (!query.exec()) {
        // PostgreSQL refuses every command of a failed transaction, freeing the statement
        // too: it is freed after the rollback instead.
        if (m_dialect.engine() == SqlDialect::Engine::PostgreSql && inTransaction())
            m_failedStatements.append(query);
        fail(query.lastError(), sql);
    }
    return query;
}

PreparedQuery PortfolioStore::query(const QString &sql, const QVariantList &values)
{
    // A server's statements are not kept: see run() on how QPSQL reads rows.
    if (m_dialect.engine() != SqlDialect::Engine::Sqlite)
        return PreparedQuery(nullptr, sql, run(sql, values));
    std::optional<QSqlQuery> query;
    const auto idle = m_idleStatements.find(sql);
    if (idle != m_idleStatements.end() && !idle->isEmpty()) {
        query.emplace(idle->takeLast());
    } else {
        query.emplace(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            fail(query->lastError(), sql);
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), bindable(values.at(i)));
    if (!query->exec())
        fail(query->lastError(), sql); // the statement is dropped, not kept
    return PreparedQuery(this, sql, std::move(*query));
}

void PortfolioStore::execute(const QString &sql, const QVariantList &values)
{
    query(sql, values);
}

// Reset (finish) so that it holds no lock nor rows while it waits.
void PortfolioStore::keepPrepared(const QString &sql, QSqlQuery query)
{
    if (!m_db.isValid())
        return;
    query.finish();
    m_idleStatements[sql].append(std::move(query));
}

qint64 PortfolioStore::insert(const QString &sql, const QVariantList &values)
{
    // SQLite buffers a RETURNING clause's rows in a temporary table it makes for each run: a
    // third of the cost of inserting a small row. Its last rowid says the same.
    static const QString returningId = QStringLiteral(" RETURNING id");
    if (m_dialect.engine() == SqlDialect::Engine::Sqlite && sql.endsWith(returningId)) {
        PreparedQuery query = this->query(sql.chopped(returningId.size()), values);
        const QVariant id = static_cast<const QSqlQuery &>(query).lastInsertId();
        if (!id.isValid())
            throw StoreError(StoreError::Kind::Failed, m_path, QStringLiteral("no id returned"));
        return id.toLongLong();
    }
    PreparedQuery query = this->query(sql, values);
    if (!query.next())
        throw StoreError(StoreError::Kind::Failed, m_path, QStringLiteral("no id returned"));
    const qint64 id = query.value(0).toLongLong();
    const QString advance = m_dialect.afterInsert(sql);
    if (!advance.isEmpty())
        run(advance);
    return id;
}

void PortfolioStore::fail(const QSqlError &error, const QString &sql) const
{
    fail(error, sql, SqliteSystemError::of(m_db));
}

void PortfolioStore::fail(const QSqlError &error, const QString &sql, int systemError) const
{
    QString detail = error.text();
    if (systemError != 0)
        detail += QStringLiteral(" (%1)").arg(QString::fromLocal8Bit(std::strerror(systemError)));
    if (!sql.isEmpty())
        detail += QStringLiteral(" [") + sql.simplified() + QLatin1Char(']');
    StoreError::Kind kind = m_dialect.classify(error, systemError);
    if (kind == StoreError::Kind::ConnectionLost)
        m_connectionLost = true;
    // The header was checked before SQLite opened the file: if SQLite still finds no
    // database in it, the file is a damaged portfolio, not some other kind of file.
    if (kind == StoreError::Kind::NotADatabase)
        kind = StoreError::Kind::Damaged;
    throw StoreError(kind, m_path, detail);
}

void PortfolioStore::rollback()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK")); // nothing more to do if this fails too
    m_rollbackOnly = false;
    m_failedStatements.clear();
}

void PortfolioStore::close()
{
    m_failedStatements.clear();
    m_idleStatements.clear();
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace sstc
