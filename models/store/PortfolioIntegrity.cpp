#include "models/store/PortfolioIntegrity.h"

#include "models/store/PortfolioCompleteness.h"
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

// Checking reads the file; it must not fail a file that is not SQLite in SQLite's terms,
// which would call it damaged, so the header is looked at first (as PortfolioFile does
// before an open for writing, which this check never is).
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::CannotOpen, path, file.errorString());
    static const QByteArray sqliteMagic("SQLite format 3\0", 16);
    return file.read(sqliteMagic.size()) == sqliteMagic;
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
    if (!info.isFile() || !hasSqliteHeader(path))
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
