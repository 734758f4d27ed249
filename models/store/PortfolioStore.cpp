#include "models/store/PortfolioStore.h"

#include "models/store/PortfolioFile.h"
#include "models/store/WriteTransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QStringList>

#include <atomic>

namespace sstc {

namespace {
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
                                                         const SchemaHistory &history)
{
    const PortfolioFile::State state = PortfolioFile::inspect(path);
    std::unique_ptr<PortfolioStore> store(new PortfolioStore(
        QFileInfo(path).absoluteFilePath(), SqlDialect(SqlDialect::Engine::Sqlite)));
    const bool isNew = state != PortfolioFile::State::SqliteDatabase;
    try {
        store->connectSqlite();
        const int version = store->readSchemaVersion();
        if (version > history.latestVersion())
            throw StoreError(StoreError::Kind::NewerVersion, path)
                .withVersions(version, history.latestVersion());
        store->m_schemaVersion = version;
        store->m_created = version == 0;
        // Only now, with the file known to be ours, do we write to it.
        store->run(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (store->m_created)
            store->run(QStringLiteral("PRAGMA application_id = %1").arg(sqliteApplicationId));
        else if (version < history.latestVersion())
            store->keepBackup();
        store->upgrade(history);
    } catch (...) {
        store->close();
        if (isNew && state == PortfolioFile::State::Missing)
            PortfolioFile::removeWithJournal(path);
        throw;
    }
    return store;
}

std::unique_ptr<PortfolioStore> PortfolioStore::openReadOnly(const QString &path)
{
    std::unique_ptr<PortfolioStore> store(new PortfolioStore(
        QFileInfo(path).absoluteFilePath(), SqlDialect(SqlDialect::Engine::Sqlite)));
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    store->m_db.setDatabaseName(store->m_path);
    store->m_db.setConnectOptions(
        QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!store->m_db.open())
        store->fail(store->m_db.lastError(), QString());
    store->m_schemaVersion = store->readSchemaVersion();
    return store;
}

void PortfolioStore::connectSqlite()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
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
    if (names.isEmpty())
        return 0;
    if (!names.contains(QLatin1String("meta")))
        throw StoreError(StoreError::Kind::NotAPortfolio, m_path, QStringLiteral("no meta table"));
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
    for (const SchemaStep &step : history.steps()) {
        if (step.version <= m_schemaVersion)
            continue;
        WriteTransaction transaction(*this);
        step.apply(*this);
        run(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"),
            {QString::number(step.version), QStringLiteral("schema_version")});
        transaction.commit();
        m_schemaVersion = step.version;
    }
}

void PortfolioStore::keepBackup()
{
    const QFileInfo info(m_path);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString backup = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                           QStringLiteral(".v%1-backup-%2.").arg(m_schemaVersion).arg(stamp) +
                           info.suffix();
    // VACUUM INTO writes a consistent copy, WAL content included.
    run(QStringLiteral("VACUUM INTO ?"), {backup});
    m_backupPath = backup;
}

QSqlQuery PortfolioStore::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        fail(query.lastError(), sql);
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    if (!query.exec())
        fail(query.lastError(), sql);
    return query;
}

qint64 PortfolioStore::insert(const QString &sql, const QVariantList &values)
{
    QSqlQuery query = run(sql, values);
    if (!query.next())
        throw StoreError(StoreError::Kind::Failed, m_path, QStringLiteral("no id returned"));
    return query.value(0).toLongLong();
}

void PortfolioStore::fail(const QSqlError &error, const QString &sql) const
{
    QString detail = error.text();
    if (!sql.isEmpty())
        detail += QStringLiteral(" [") + sql.simplified() + QLatin1Char(']');
    StoreError::Kind kind = m_dialect.classify(error);
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
}

void PortfolioStore::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace sstc
