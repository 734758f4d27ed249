#pragma once

#include "models/store/StoreError.h"

#include <QSqlError>
#include <QString>
#include <QStringList>

namespace sstc {

// The few places where SQLite and PostgreSQL differ, kept in one spot so that the
// repositories' SQL stays the same for both.
class SqlDialect
{
public:
    enum class Engine
    {
        Sqlite,
        PostgreSql
    };

    explicit SqlDialect(Engine engine)
        : m_engine(engine)
    {}
    static SqlDialect forDriver(const QString &driverName);

    Engine engine() const { return m_engine; }

    // Replaces the {id} and {blob} placeholders of schema DDL with this engine's types.
    QString ddl(QString statement) const;
    // Statements run on every new connection (foreign keys are off by default in SQLite).
    QStringList sessionSetup() const;
    // Starts a write transaction; SQLite takes the write lock up front so that a busy file
    // fails here, before any change, rather than at the first write.
    QString beginWrite() const;
    // Lists the user tables, for telling a new database from a foreign one.
    QString tableNamesQuery() const;

    // What to run after `insertSql` put a row in: on PostgreSQL, an INSERT that gives the id
    // itself (undo putting a deleted row back) leaves the identity sequence behind, so the
    // next new row would take a used id; the sequence is moved past the table's ids.
    // Empty when nothing is needed.
    QString afterInsert(const QString &insertSql) const;
    // On PostgreSQL, moves `table`'s identity sequence past the ids its rows hold (rows
    // written with their ids, by a copy or an undo); empty on SQLite, where nothing is needed.
    QString identityCatchUp(const QString &table) const;
    // The size in bytes of a text expression's UTF-8 form.
    QString byteLength(const QString &expression) const;

    // Aggregates a column of ids into one comma-separated text, keeping the rows' order.
    QString joinedIds(const QString &column) const;
    // "column is one of the ids" with the ids bound as one comma-separated text: one value
    // instead of a placeholder per id, whose binding SQLite's driver makes quadratic (4,000
    // placeholders took seconds).
    QString isAmongIds(const QString &column) const;

    // What went wrong, from the driver's error code; `systemError` is the errno behind an
    // SQLite I/O error (0 when unknown), which tells a full disk from other I/O failures.
    StoreError::Kind classify(const QSqlError &error, int systemError = 0) const;

private:
    Engine m_engine;
};

} // namespace sstc
