#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace sstc {

class PortfolioLocation;
class PortfolioStore;

// One problem a check found: damage to the file's pages (as SQLite words it), or a row that
// refers to a row of another table that is not there.
struct IntegrityProblem
{
    enum class Kind
    {
        Storage,
        ForeignKey
    };

    Kind kind = Kind::Storage;
    QString text;  // Storage: SQLite's own words
    QString table; // ForeignKey: the table of the row that refers
    qint64 rowId = 0;
    QString parent; // ForeignKey: the table it refers to
};

// What a check of a portfolio found: the first few problems, how many there were in all,
// and, for a sound file, how many projects it holds.
struct IntegrityReport
{
    QString path;
    int schemaVersion = 0;
    int projectCount = -1; // -1: not counted (a damaged file is not read further)
    QList<IntegrityProblem> problems;
    int problemCount = 0;

    bool isSound() const { return problemCount == 0; }
};

// Checks that a portfolio file is whole: SQLite's integrity_check (or its faster
// quick_check, which skips comparing indexes with their tables) and foreign_key_check.
// Reads only, so that a damaged file is never made worse by looking at it.
class PortfolioIntegrity
{
    Q_DECLARE_TR_FUNCTIONS(sstc::PortfolioIntegrity)

public:
    enum class Depth
    {
        Full,
        Quick
    };

    // How many problems a report keeps to show; the count says how many there were.
    static constexpr int problemsKept = 5;

    // Runs the checks over an open store's connection. A check that SQLite cannot finish
    // because of the damage is itself a problem found, not an error.
    // Once `cancelled` is set, it stops at the next table (the storage check of the whole
    // file, SQLite's, cannot stop part way) and gives what it found so far.
    static IntegrityReport check(PortfolioStore &store, Depth depth = Depth::Full,
                                 const std::atomic<bool> *cancelled = nullptr);
    // Opens the file read-only on the caller's thread, checks it and closes it again.
    // Throws StoreError, as opening does elsewhere, for a file that is missing, not an SQLite
    // database or not a portfolio; a file too damaged to open gives a report of that damage.
    static IntegrityReport checkFile(const QString &path, Depth depth = Depth::Full,
                                     const std::atomic<bool> *cancelled = nullptr);

    // A portfolio on a PostgreSQL server, where the server keeps the storage whole and
    // enforces the references itself: what can still go wrong is looked for. Rows whose
    // reference finds nothing (written while the server's checks were switched off, as a
    // restore with triggers disabled does), indexes left invalid (a failed rebuild), and a
    // data format newer than this program reads (StoreError NewerVersion). Reads only, in one
    // read-only snapshot.
    static IntegrityReport checkServer(const PortfolioLocation &location);

    // The finding in one sentence, in the UI language: sound (with its projects and data
    // format) or damaged (with the number of problems).
    static QString verdict(const IntegrityReport &report);
    // The problems kept, described, and a last line that counts the others, if any.
    static QStringList problemLines(const IntegrityReport &report);
    // The line above the list of backup copies beside the portfolio (or that there are none).
    static QString backupsHeading(const QStringList &backups);
    // A problem in the UI language, in a short sentence.
    static QString describe(const IntegrityProblem &problem);

private:
    static void addStorageProblems(PortfolioStore &store, Depth depth, IntegrityReport &report);
    static void addForeignKeyProblems(PortfolioStore &store, IntegrityReport &report,
                                      const std::atomic<bool> *cancelled);
    static void addServerForeignKeyProblems(PortfolioStore &store, IntegrityReport &report);
    static void addInvalidIndexes(PortfolioStore &store, IntegrityReport &report);
    static void add(IntegrityReport &report, const IntegrityProblem &problem);
};

} // namespace sstc
