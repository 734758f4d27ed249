#include "models/store/PortfolioCopy.h"

#include "models/store/PortfolioCompleteness.h"
#include "models/store/PortfolioFile.h"
#include "models/store/PortfolioStore.h"
#include "models/store/PortfolioTables.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlRecord>

#include <memory>

namespace sstc {

namespace {

// Meta rows the destination writes itself: its schema steps write the version and the
// application's marker, and a new file marks itself whole once its content is in.
bool writtenByDestination(const QString &metaKey)
{
    return metaKey == QLatin1String("schema_version") || metaKey == QLatin1String("application") ||
           metaKey == QLatin1String("created_whole");
}

// The source, read only, in one snapshot: a copy taken while others save is of one moment.
std::unique_ptr<PortfolioStore> openSource(const PortfolioLocation &location)
{
    if (location.isServer())
        return PortfolioStore::openReadOnly(location); // a read-only snapshot of its own
    const QString path = location.filePath();
    const QFileInfo info(path);
    if (!info.exists())
        throw StoreError(StoreError::Kind::Missing, path);
    if (!info.isFile() || info.size() == 0 || !PortfolioFile::hasSqliteHeader(path))
        throw StoreError(StoreError::Kind::NotADatabase, path, QStringLiteral("no SQLite header"));
    std::unique_ptr<PortfolioStore> store = PortfolioStore::openForChecking(path);
    PortfolioCompleteness::refuseIfUnfinished(*store);
    store->run(QStringLiteral("BEGIN")); // SQLite's read snapshot, from the first read on
    return store;
}

// Copies the rows of one table, several to a statement (one statement per row costs a
// server a round trip each). Self-references are written once every row is in.
qint64 copyTable(PortfolioStore &source, PortfolioStore &destination, const PortfolioTable &table)
{
    QSqlQuery rows =
        source.run(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table.name, table.order));
    const QSqlRecord record = rows.record();
    QStringList columns;
    QList<int> selfColumns;
    for (int i = 0; i < record.count(); ++i) {
        columns << record.fieldName(i);
        if (table.selfReferences.contains(record.fieldName(i)))
            selfColumns << i;
    }
    const int idColumn = record.indexOf(QStringLiteral("id"));
    const QString rowPlaceholders = QLatin1Char('(') +
                                    QStringList(columns.size(), QStringLiteral("?")).join(u',') +
                                    QLatin1Char(')');
    // Both engines take well over 30,000 values in one statement.
    const int rowsPerStatement = qMax(1, qMin(250, 30000 / int(columns.size())));
    const QString insertStart = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                                    .arg(table.name, columns.join(QStringLiteral(", ")));

    QSet<QString> keptMeta;
    if (table.name == QLatin1String("meta")) {
        QSqlQuery own = destination.run(QStringLiteral("SELECT key FROM meta"));
        while (own.next())
            keptMeta.insert(own.value(0).toString());
    }

    qint64 copied = 0;
    QVariantList values;
    int pending = 0;
    const auto flush = [&] {
        if (pending == 0)
            return;
        QStringList placeholders(pending, rowPlaceholders);
        destination.execute(insertStart + placeholders.join(u','), values);
        values.clear();
        pending = 0;
    };
    QList<QPair<QVariant, QVariantList>> selfReferences; // id, then the columns' values
    while (rows.next()) {
        if (table.name == QLatin1String("meta")) {
            const QString key = rows.value(0).toString();
            if (writtenByDestination(key) || keptMeta.contains(key))
                continue;
        }
        QVariantList later;
        bool anyLater = false;
        for (int i = 0; i < columns.size(); ++i) {
            if (selfColumns.contains(i)) {
                later << rows.value(i);
                anyLater = anyLater || !rows.value(i).isNull();
                values << QVariant(); // NULL until every row is in
            } else {
                values << rows.value(i);
            }
        }
        if (anyLater)
            selfReferences.append({rows.value(idColumn), later});
        ++pending;
        ++copied;
        if (pending == rowsPerStatement)
            flush();
    }
    flush();
    if (!selfColumns.isEmpty()) {
        QStringList assignments;
        for (int column : std::as_const(selfColumns))
            assignments << columns.at(column) + QStringLiteral(" = ?");
        const QString update = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                   .arg(table.name, assignments.join(QStringLiteral(", ")));
        for (const auto &[id, references] : std::as_const(selfReferences))
            destination.execute(update, QVariantList(references) << id);
    }
    if (idColumn >= 0) {
        const QString catchUp = destination.dialect().identityCatchUp(table.name);
        if (!catchUp.isEmpty())
            destination.run(catchUp);
    }
    return copied;
}

PortfolioCopyResult copyFrom(PortfolioStore &source, const PortfolioLocation &destination)
{
    const SchemaHistory history = SchemaHistory::standard();
    if (source.schemaVersion() > history.latestVersion())
        throw StoreError(StoreError::Kind::NewerVersion, source.path())
            .withVersions(source.schemaVersion(), history.latestVersion());
    QSet<QString> sourceTables;
    {
        QSqlQuery names = source.run(source.dialect().tableNamesQuery());
        while (names.next())
            sourceTables.insert(names.value(0).toString());
    }
    PortfolioCopyResult result;
    result.schemaVersion = source.schemaVersion();
    const auto fill = [&](PortfolioStore &target) {
        for (const PortfolioTable &table : PortfolioTables::all()) {
            if (!sourceTables.contains(table.name))
                continue; // not in this data format yet
            result.rows += copyTable(source, target, table);
            ++result.tables;
        }
        QSqlQuery projects = target.run(QStringLiteral("SELECT count(*) FROM projects"));
        result.projects = projects.next() ? projects.value(0).toLongLong() : 0;
    };
    const SchemaHistory sourceFormat = history.upTo(source.schemaVersion());
    std::unique_ptr<PortfolioStore> written =
        destination.isServer() ? PortfolioStore::createOnServer(destination, fill, sourceFormat)
                               : PortfolioStore::create(destination.filePath(), fill, sourceFormat);
    result.destination = written->path();
    return result;
}

} // namespace

PortfolioCopyResult PortfolioCopy::copy(const PortfolioLocation &source,
                                        const PortfolioLocation &destination)
{
    std::unique_ptr<PortfolioStore> reader = openSource(source);
    return copyFrom(*reader, destination);
}

} // namespace sstc
