#include "models/store/PortfolioIntegrity.h"

#include "models/store/PortfolioCompleteness.h"
#include "models/store/PortfolioFile.h"
#include "models/store/PortfolioLocation.h"
#include "models/store/PortfolioStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace sstc {

namespace {
// integrity_check stops after this many problems: a badly damaged file need not be listed
// to its end for the user to know it is damaged.
constexpr int storageProblemLimit = 1000;

// SQLite's words for a failure, without the statement that StoreError adds for developers.
QString sqliteWords(const StoreError &error)
{
    return error.detail().section(QStringLiteral(" ["), 0, 0).trimmed();
}

} // namespace

void PortfolioIntegrity::add(IntegrityReport &report, const IntegrityProblem &problem)
{
    if (report.problems.size() < problemsKept)
        report.problems.append(problem);
    ++report.problemCount;
}

IntegrityReport PortfolioIntegrity::check(PortfolioStore &store, Depth depth,
                                          const std::atomic<bool> *cancelled)
{
    IntegrityReport report;
    report.path = store.path();
    report.schemaVersion = store.schemaVersion();
    addStorageProblems(store, depth, report);
    // The references are read through the tables' pages: over damaged pages the check fails
    // or misleads, so it runs only on a file whose storage is whole.
    if (report.isSound())
        addForeignKeyProblems(store, report, cancelled);
    if (report.isSound() && !(cancelled && *cancelled)) {
        try {
            QSqlQuery count = store.run(QStringLiteral("SELECT COUNT(*) FROM projects"));
            report.projectCount = count.next() ? count.value(0).toInt() : 0;
        } catch (const StoreError &error) {
            add(report, {IntegrityProblem::Kind::Storage, sqliteWords(error), {}, 0, {}});
        }
    }
    return report;
}

void PortfolioIntegrity::addStorageProblems(PortfolioStore &store, Depth depth,
                                            IntegrityReport &report)
{
    const QString pragma =
        depth == Depth::Full ? QStringLiteral("integrity_check") : QStringLiteral("quick_check");
    try {
        QSqlQuery query =
            store.run(QStringLiteral("PRAGMA %1(%2)").arg(pragma).arg(storageProblemLimit));
        while (query.next()) {
            // "ok" for a whole file. Otherwise a row may hold several problems, one a line,
            // after a heading that names the database.
            const QStringList lines =
                query.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &line : lines) {
                if (line == QLatin1String("ok") ||
                    line.startsWith(QLatin1String("*** in database")))
                    continue;
                add(report, {IntegrityProblem::Kind::Storage, line, {}, 0, {}});
            }
        }
        // SQLite may give up part way through a damaged file, after some problems.
        if (query.lastError().isValid())
            add(report,
                {IntegrityProblem::Kind::Storage, query.lastError().databaseText(), {}, 0, {}});
    } catch (const StoreError &error) {
        add(report, {IntegrityProblem::Kind::Storage, sqliteWords(error), {}, 0, {}});
    }
}

// Table by table, so that a check nobody waits for any more stops soon.
void PortfolioIntegrity::addForeignKeyProblems(PortfolioStore &store, IntegrityReport &report,
                                               const std::atomic<bool> *cancelled)
{
    try {
        QStringList tables;
        QSqlQuery names = store.run(store.dialect().tableNamesQuery());
        while (names.next())
            tables << names.value(0).toString();
        for (const QString &table : std::as_const(tables)) {
            if (cancelled && *cancelled)
                return;
            // One row per row whose reference finds nothing: table, rowid, parent, constraint.
            // A pragma takes no bound value; the name is quoted as SQLite quotes identifiers.
            QString quoted = table;
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            QSqlQuery query =
                store.run(QStringLiteral("PRAGMA foreign_key_check(\"%1\")").arg(quoted));
            while (query.next())
                add(report, {IntegrityProblem::Kind::ForeignKey,
                             {},
                             query.value(0).toString(),
                             query.value(1).toLongLong(),
                             query.value(2).toString()});
            if (query.lastError().isValid())
                add(report,
                    {IntegrityProblem::Kind::Storage, query.lastError().databaseText(), {}, 0, {}});
        }
    } catch (const StoreError &error) {
        add(report, {IntegrityProblem::Kind::Storage, sqliteWords(error), {}, 0, {}});
    }
}

IntegrityReport PortfolioIntegrity::checkFile(const QString &path, Depth depth,
                                              const std::atomic<bool> *cancelled)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw StoreError(StoreError::Kind::CannotOpen, path, QStringLiteral("no such file"));
    if (!info.isFile() || !PortfolioFile::hasSqliteHeader(path))
        throw StoreError(StoreError::Kind::NotADatabase, path, QStringLiteral("no SQLite header"));
    std::unique_ptr<PortfolioStore> store;
    try {
        store = PortfolioStore::openForChecking(path);
    } catch (const StoreError &error) {
        if (error.kind() != StoreError::Kind::Damaged)
            throw;
        // Too damaged to read even its list of tables: that is what the check found.
        IntegrityReport report;
        report.path = info.absoluteFilePath();
        add(report, {IntegrityProblem::Kind::Storage, sqliteWords(error), {}, 0, {}});
        return report;
    }
    if (store->schemaVersion() == 0)
        throw StoreError(StoreError::Kind::NotAPortfolio, path, QStringLiteral("no tables"));
    IntegrityReport report = check(*store, depth, cancelled);
    // Sound storage with no portfolio in it: said so, rather than "sound: 0 projects".
    if (report.isSound() && report.projectCount == 0)
        PortfolioCompleteness::refuseIfUnfinished(*store);
    return report;
}

IntegrityReport PortfolioIntegrity::checkServer(const PortfolioLocation &location)
{
    std::unique_ptr<PortfolioStore> store = PortfolioStore::openReadOnly(location);
    const int latest = SchemaHistory::standard().latestVersion();
    if (store->schemaVersion() > latest)
        throw StoreError(StoreError::Kind::NewerVersion, store->path())
            .withVersions(store->schemaVersion(), latest);
    IntegrityReport report;
    report.path = store->path();
    report.schemaVersion = store->schemaVersion();
    addInvalidIndexes(*store, report);
    addServerForeignKeyProblems(*store, report);
    QSqlQuery count = store->run(QStringLiteral("SELECT count(*) FROM projects"));
    report.projectCount = count.next() ? count.value(0).toInt() : 0;
    return report;
}

void PortfolioIntegrity::addInvalidIndexes(PortfolioStore &store, IntegrityReport &report)
{
    QSqlQuery invalid = store.run(
        QStringLiteral("SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = current_schema() AND NOT i.indisvalid ORDER BY 1"));
    while (invalid.next())
        add(report, {IntegrityProblem::Kind::Storage,
                     tr("the index “%1” is not valid: the team's administrator can rebuild it "
                        "(REINDEX)")
                         .arg(invalid.value(0).toString()),
                     {},
                     0,
                     {}});
}

// Every foreign key of the schema, from the catalogue, looked for rows whose reference finds
// no row (MATCH SIMPLE: a reference with a null column refers to nothing).
void PortfolioIntegrity::addServerForeignKeyProblems(PortfolioStore &store, IntegrityReport &report)
{
    const QString columnsOf =
        QStringLiteral("(SELECT string_agg(quote_ident(a.attname), ',' ORDER BY k.n) "
                       "FROM unnest(%1) WITH ORDINALITY AS k(attnum, n) "
                       "JOIN pg_attribute a ON a.attrelid = %2 AND a.attnum = k.attnum)");
    QSqlQuery keys = store.run(
        QStringLiteral("SELECT child.relname, parent.relname, %1, %2, "
                       "EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = con.conrelid "
                       "AND a.attname = 'id' AND NOT a.attisdropped) "
                       "FROM pg_constraint con JOIN pg_class child ON child.oid = con.conrelid "
                       "JOIN pg_class parent ON parent.oid = con.confrelid "
                       "JOIN pg_namespace n ON n.oid = con.connamespace "
                       "WHERE con.contype = 'f' AND n.nspname = current_schema() "
                       "ORDER BY child.relname, con.conname")
            .arg(columnsOf.arg(QStringLiteral("con.conkey"), QStringLiteral("con.conrelid")),
                 columnsOf.arg(QStringLiteral("con.confkey"), QStringLiteral("con.confrelid"))));
    while (keys.next()) {
        // Names from the server's own catalogue, quoted by it: no user text in this SQL.
        const QString child = keys.value(0).toString();
        const QString parent = keys.value(1).toString();
        const QStringList childColumns = keys.value(2).toString().split(u',');
        const QStringList parentColumns = keys.value(3).toString().split(u',');
        const bool hasId = keys.value(4).toBool();
        QStringList present;
        QStringList matches;
        for (int i = 0; i < childColumns.size(); ++i) {
            present << QStringLiteral("c.%1 IS NOT NULL").arg(childColumns.at(i));
            matches
                << QStringLiteral("p.%1 = c.%2").arg(parentColumns.value(i), childColumns.at(i));
        }
        QSqlQuery orphans = store.run(QStringLiteral("SELECT %1 FROM %2 c WHERE %3 AND NOT EXISTS "
                                                     "(SELECT 1 FROM %4 p WHERE %5) ORDER BY 1")
                                          .arg(hasId ? QStringLiteral("c.id") : QStringLiteral("0"),
                                               child, present.join(QStringLiteral(" AND ")), parent,
                                               matches.join(QStringLiteral(" AND "))));
        while (orphans.next())
            add(report, {IntegrityProblem::Kind::ForeignKey,
                         {},
                         child,
                         orphans.value(0).toLongLong(),
                         parent});
    }
}

QString PortfolioIntegrity::verdict(const IntegrityReport &report)
{
    const QString file = QDir::toNativeSeparators(report.path);
    if (report.isSound())
        return tr("The portfolio “%1” is sound: %Ln project(s), data format %2.", nullptr,
                  report.projectCount)
            .arg(file)
            .arg(report.schemaVersion);
    return tr("The portfolio “%1” is damaged: %n problem(s) found.", nullptr, report.problemCount)
        .arg(file);
}

QString PortfolioIntegrity::backupsHeading(const QStringList &backups)
{
    return backups.isEmpty() ? tr("No backup copies were found beside it.")
                             : tr("Backup copies beside it, newest first:");
}

QStringList PortfolioIntegrity::problemLines(const IntegrityReport &report)
{
    QStringList lines;
    for (const IntegrityProblem &problem : report.problems)
        lines << describe(problem);
    const int rest = report.problemCount - int(report.problems.size());
    if (rest > 0)
        lines << tr("… and %1 more.").arg(rest);
    return lines;
}

QString PortfolioIntegrity::describe(const IntegrityProblem &problem)
{
    if (problem.kind == IntegrityProblem::Kind::ForeignKey)
        return tr("row %1 of the table “%2” refers to a row of “%3” that does not exist")
            .arg(problem.rowId)
            .arg(problem.table, problem.parent);
    return problem.text;
}

} // namespace sstc
