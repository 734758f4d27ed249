#pragma once

#include <QCoreApplication>
#include <QString>

#include <exception>

namespace sstc {

// Why the store could not do what was asked. Thrown by the store and the repositories; the
// caller shows message() (translated at the time it is called) and the data stays as it was.
class StoreError : public std::exception
{
    Q_DECLARE_TR_FUNCTIONS(sstc::StoreError)

public:
    enum class Kind
    {
        NotADatabase,      // the file is not an SQLite database at all
        NotAPortfolio,     // an SQLite database, but not one of SSTC Desk
        Damaged,           // the database file is corrupt
        NewerVersion,      // written by a newer SSTC Desk
        ReadOnlyFile,      // the file may not be written
        FolderNotWritable, // the folder may not be written (new file, journal)
        Locked,            // another program holds the write lock
        DiskFull,
        CannotOpen,
        InvalidData,       // a constraint refused the values (foreign key, check, unique)
        AlreadyExists,     // a new portfolio's name was taken, perhaps by another program just now
        Missing,           // there is no file to read
        OlderVersion,      // to be read, the file would first need an upgrade; reading never writes
        ChangedMeanwhile,  // rows the user edited were changed by someone else; the detail
                           // is the sentence that names them (see ListConflict)
        Unfinished,        // a portfolio whose creation never finished (schema, no content)
        ServerUnreachable, // no PostgreSQL server answered at the address
        AccessRefused,     // the server refused the user name or password
        NoSuchDatabase,    // the server has no database of that name
        ConnectionLost,    // the server went away while in use (stopped, network down)
        Failed             // anything else
    };

    StoreError(Kind kind, QString path, QString detail = {});

    Kind kind() const { return m_kind; }
    QString path() const { return m_path; }
    QString detail() const { return m_detail; }

    // For NewerVersion and OlderVersion: the file's schema version and the program's.
    StoreError &withVersions(int fileVersion, int programVersion);
    int fileVersion() const { return m_fileVersion; }
    int programVersion() const { return m_programVersion; }

    // Whether a system error (errno) means there is no room left for the file: no space, the
    // user's quota, or the largest file this disk or process may write.
    static bool meansDiskFull(int systemError);

    // A sentence for the user, in the current UI language.
    QString message() const;
    const char *what() const noexcept override;

private:
    Kind m_kind;
    QString m_path;
    QString m_detail;
    int m_fileVersion = 0;
    int m_programVersion = 0;
    mutable QByteArray m_what;
};

} // namespace sstc
