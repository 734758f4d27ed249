#pragma once

#include "models/store/PortfolioLocation.h"
#include "models/store/PreparedQuery.h"
#include "models/store/SchemaHistory.h"
#include "models/store/SqlDialect.h"
#include "models/store/StoreError.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>

namespace sstc {

// An open portfolio: one database connection, its dialect and its schema version.
// All SQL goes through run(), which binds values and turns failures into StoreError.
class PortfolioStore
{
public:
    // Identifies SSTC Desk files in the SQLite header (offset 68), "SSTC" in ASCII.
    static constexpr int sqliteApplicationId = 0x53535443;

    // Opens an SQLite portfolio, creating it (with the schema, but no data) when the file does
    // not exist or is empty, and upgrading an older schema after keeping a copy. Throws
    // StoreError, leaving the file untouched, for anything it cannot open. When another
    // program creates the file at the same moment, the file it made is opened.
    // `inspect`, when given, looks at an existing file after its version is read and before
    // anything is written or upgraded, and throws StoreError to refuse it (a file this call
    // created is not inspected): see PortfolioCompleteness.
    using Inspection = std::function<void(PortfolioStore &)>;
    static std::unique_ptr<PortfolioStore>
    openFile(const QString &path, const SchemaHistory &history = SchemaHistory::standard(),
             const Inspection &inspect = {});
    // Makes a new portfolio: the schema, then `fill`, built in a hidden file beside `path`
    // that takes the name `path` only when complete, so that the portfolio appears whole or
    // not at all. Only a missing or empty (0-byte) file is replaced; anything else at `path`,
    // even when made by another program while this one was building, gives AlreadyExists.
    using Filler = std::function<void(PortfolioStore &)>;
    static std::unique_ptr<PortfolioStore>
    create(const QString &path, const Filler &fill = {},
           const SchemaHistory &history = SchemaHistory::standard());
    // Opens an existing portfolio for reading only: creates, upgrades and writes nothing,
    // refusing a missing, empty or foreign file and one that would first need an upgrade.
    static std::unique_ptr<PortfolioStore>
    openForReading(const QString &path, const SchemaHistory &history = SchemaHistory::standard(),
                   const Inspection &inspect = {});
    // A second connection, read-only, to a portfolio file another store has open (and so
    // upgraded): for reading on another thread, where Qt SQL needs a connection of its own.
    // Creates, upgrades and writes nothing. Throws StoreError when the file cannot be read.
    static std::unique_ptr<PortfolioStore> openReadOnly(const QString &path);
    // The same for a portfolio named by a location (another store's location()): a file as
    // above, or on a server a connection of its own whose session can only read, in one
    // read-only transaction so that all its queries see the same moment of the data.
    static std::unique_ptr<PortfolioStore> openReadOnly(const PortfolioLocation &location);
    // For looking at a file nobody may have open (sstc check): reads only, like openReadOnly,
    // and leaves the folder as it found it, with no -wal or -shm beside a file that had none.
    static std::unique_ptr<PortfolioStore> openForChecking(const QString &path);
    // A portfolio in a database on a PostgreSQL server (PortfolioStoreServer.cpp). Refuses a
    // database that is not a portfolio (an empty one too), a newer schema, and for now an
    // older one (OlderVersion): upgradeServer() does that, after the user was asked.
    static std::unique_ptr<PortfolioStore>
    openServer(const PortfolioLocation &location,
               const SchemaHistory &history = SchemaHistory::standard());
    // A server's portfolio in an older data format, brought up to date in one transaction:
    // it waits for any other upgrade, locks every table against writes (others may still
    // read), runs `keepCopy` (see ServerUpgrade: a copy of the portfolio as it is), then the
    // schema steps, and commits. A failure anywhere rolls it all back: the database stays in
    // its format. A portfolio already up to date is opened as it is; a newer one refused.
    static std::unique_ptr<PortfolioStore>
    upgradeServer(const PortfolioLocation &location, const std::function<void()> &keepCopy,
                  const SchemaHistory &history = SchemaHistory::standard());
    // The same, for commands that only read.
    static std::unique_ptr<PortfolioStore>
    openServerForReading(const PortfolioLocation &location,
                         const SchemaHistory &history = SchemaHistory::standard());
    // Makes a new portfolio in an empty database: the schema, then `fill`, in one transaction,
    // so that it appears whole or not at all. A database that already holds a portfolio gives
    // AlreadyExists, one that holds other tables NotAPortfolio; neither is changed.
    static std::unique_ptr<PortfolioStore>
    createOnServer(const PortfolioLocation &location, const Filler &fill = {},
                   const SchemaHistory &history = SchemaHistory::standard());
    // Where the user's own portfolio lives: the application data folder.
    static QString defaultPath();

    ~PortfolioStore();
    PortfolioStore(const PortfolioStore &) = delete;
    PortfolioStore &operator=(const PortfolioStore &) = delete;

    // The file's path, or for a server its URI without the password.
    QString path() const { return m_path; }
    // Where the portfolio is: the file, or the server's database (with the password it was
    // opened with, for a second connection; never to be shown or stored).
    const PortfolioLocation &location() const { return m_location; }
    // Whether a second connection (openReadOnly(location())), on another thread, reads the
    // same data: true for a file and a server, false for an in-memory database.
    bool canBeReadElsewhere() const;
    int schemaVersion() const { return m_schemaVersion; }
    bool wasCreated() const { return m_created; }
    // The copy kept before this open upgraded the schema; empty when there was no upgrade.
    QString backupPath() const { return m_backupPath; }
    const SqlDialect &dialect() const { return m_dialect; }

    QSqlQuery run(const QString &sql, const QVariantList &values = {});
    // Like run(), through a statement prepared once and kept for the next run of the same
    // text: SQLite takes longer to prepare a small statement than to run it, and an import
    // or a save runs the same few statements for every row. For statements of fixed text.
    PreparedQuery query(const QString &sql, const QVariantList &values = {});
    // The same for a statement whose result is not read (INSERT, UPDATE, DELETE).
    void execute(const QString &sql, const QVariantList &values = {});
    // Runs an INSERT … RETURNING id (through a kept statement) and gives the new row's id.
    qint64 insert(const QString &sql, const QVariantList &values);
    bool inTransaction() const { return m_transactionDepth > 0; }

private:
    friend class WriteTransaction;
    friend class PreparedQuery;
    void keepPrepared(const QString &sql, QSqlQuery query);

    PortfolioStore(QString path, SqlDialect dialect);
    // Throws the StoreError for a statement that failed on the store's connection, or on
    // another one with the errno (SqliteSystemError) behind its failure.
    [[noreturn]] void fail(const QSqlError &error, const QString &sql) const;
    [[noreturn]] void fail(const QSqlError &error, const QString &sql, int systemError) const;
    enum class Access
    {
        Read,
        Write
    };
    static std::unique_ptr<PortfolioStore> openExisting(const QString &path,
                                                        const SchemaHistory &history, Access access,
                                                        const Inspection &inspect);
    static void build(const QString &path, const QString &finalPath, const Filler &fill,
                      const SchemaHistory &history);
    void connectSqlite();
    void connectServer();
    // After a lost connection, the next statement outside a transaction connects again: a
    // server that is back takes the user's next try. A snapshot reader never does (its
    // snapshot is gone); it fails again.
    void reconnectIfLost();
    QSqlQuery runOnce(const QString &sql, const QVariantList &values);
    static std::unique_ptr<PortfolioStore> openServerReader(const PortfolioLocation &location);
    static std::unique_ptr<PortfolioStore> openServerExisting(const PortfolioLocation &location,
                                                              const SchemaHistory &history);
    // The server's database holds no table yet; else AlreadyExists or NotAPortfolio.
    void requireEmptyDatabase();
    // A portfolio's own mark: SQLite's application id, or on a server the meta table's.
    void checkIdentity(const QStringList &tableNames);
    // The schema version of an SSTC Desk portfolio; StoreError for any other file.
    int readSchemaVersion();
    int storedSchemaVersion();
    void upgrade(const SchemaHistory &history);
    void applySteps(const SchemaHistory &history);
    void keepBackup();
    void copyInto(const QString &copyPath);
    void rollback();
    void close();

    QString m_path;
    PortfolioLocation m_location;
    QString m_connectionName;
    SqlDialect m_dialect;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
    bool m_created = false;
    QString m_backupPath;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    mutable bool m_connectionLost = false;
    bool m_snapshotReader = false;
    QList<QSqlQuery> m_failedStatements;
    // Prepared statements not in use, by their text (SQLite only); a statement in use (a
    // query still being read) is out of here, so one run inside another prepares a second.
    QHash<QString, QList<QSqlQuery>> m_idleStatements;
};

} // namespace sstc
