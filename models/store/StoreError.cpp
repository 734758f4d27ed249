#include "models/store/StoreError.h"

#include "models/store/PortfolioLocation.h"

#include <QDir>

#include <cerrno>

namespace sstc {

StoreError::StoreError(Kind kind, QString path, QString detail)
    : m_kind(kind)
    , m_path(std::move(path))
    , m_detail(std::move(detail))
{}

StoreError &StoreError::withVersions(int fileVersion, int programVersion)
{
    m_fileVersion = fileVersion;
    m_programVersion = programVersion;
    return *this;
}

bool StoreError::meansDiskFull(int systemError)
{
    // EFBIG: the file would pass the largest size the file system (FAT's 4 GiB) or the
    // process's limit (ulimit -f) allows; to the user, as to SQLite, the disk is full.
    return systemError == ENOSPC || systemError == EDQUOT || systemError == EFBIG;
}

QString StoreError::message() const
{
    const QString file = QDir::toNativeSeparators(m_path);
    switch (m_kind) {
    case Kind::NotADatabase:
        return tr("“%1” is not an SSTC Desk portfolio: it is not a database file. It was left "
                  "unchanged.")
            .arg(file);
    case Kind::NotAPortfolio:
        return tr("“%1” is a database, but not an SSTC Desk portfolio. It was left unchanged.")
            .arg(file);
    case Kind::Damaged:
        return tr("The portfolio “%1” is damaged and cannot be read. It was left unchanged; "
                  "open a backup copy instead.")
            .arg(file);
    case Kind::NewerVersion:
        if (PortfolioLocation::looksLikeServer(m_path))
            return tr("The portfolio “%1” was saved by a newer version of SSTC Desk (data "
                      "format %2; this version reads up to %3). Install the newer version to "
                      "open it. The database was left unchanged.")
                .arg(file)
                .arg(m_fileVersion)
                .arg(m_programVersion);
        return tr("The portfolio “%1” was saved by a newer version of SSTC Desk (data format "
                  "%2; this version reads up to %3). Install the newer version to open it. The "
                  "file was left unchanged.")
            .arg(file)
            .arg(m_fileVersion)
            .arg(m_programVersion);
    case Kind::ReadOnlyFile:
        return tr("The portfolio “%1” is read-only, so SSTC Desk cannot keep changes in it. "
                  "Make it writable, or copy it to a folder of yours. It was left unchanged.")
            .arg(file);
    case Kind::FolderNotWritable:
        return tr("SSTC Desk cannot write in the folder of “%1”. Choose a folder where you may "
                  "save files.")
            .arg(file);
    case Kind::Locked:
        return tr("The portfolio “%1” is being changed by another program or user. Try again "
                  "in a moment; nothing was changed.")
            .arg(file);
    case Kind::DiskFull:
        return tr("The disk holding “%1” is full. Nothing was changed; free some space and try "
                  "again.")
            .arg(file);
    case Kind::CannotOpen:
        return tr("The portfolio “%1” cannot be opened.").arg(file);
    case Kind::InvalidData:
        return tr("The change was refused because it does not fit the portfolio's rules; "
                  "nothing was changed.");
    case Kind::AlreadyExists:
        if (PortfolioLocation::looksLikeServer(m_path))
            return tr("The database “%1” already holds a portfolio, so no new portfolio was made "
                      "there. The database was left unchanged.")
                .arg(file);
        return tr("“%1” already exists (another program may have just created it), so no new "
                  "portfolio was made there. The file was left unchanged.")
            .arg(file);
    case Kind::Missing:
        return tr("The portfolio “%1” does not exist.").arg(file);
    case Kind::OlderVersion:
        if (PortfolioLocation::looksLikeServer(m_path))
            return tr("The portfolio “%1” on the server is in an older data format (%2; this "
                      "version uses %3). Open it in the SSTC Desk window, which upgrades it "
                      "after asking and after keeping a copy of it as a file; or make such a "
                      "copy first with “sstc copy --database %1 --to FILE”. It was left "
                      "unchanged.")
                .arg(file)
                .arg(m_fileVersion)
                .arg(m_programVersion);
        return tr("The portfolio “%1” is in an older data format (%2; this version uses %3). "
                  "Open it once in SSTC Desk to bring it up to date, keeping a copy. It was "
                  "left unchanged.")
            .arg(file)
            .arg(m_fileVersion)
            .arg(m_programVersion);
    case Kind::ChangedMeanwhile:
        return m_detail;
    case Kind::Unfinished:
        return tr("“%1” is a portfolio that was never finished: the program creating it stopped "
                  "before putting anything in it, so it holds no countries, organisations or "
                  "projects. It was left unchanged; delete it and create the portfolio again.")
            .arg(file);
    case Kind::ServerUnreachable:
        return tr("The server of “%1” cannot be reached. Check the server's name and port and "
                  "your network connection, or ask the team's administrator whether the server "
                  "is running. Nothing was changed.")
            .arg(file);
    case Kind::AccessRefused:
        return tr("The server refused the user name or password for “%1”. Check both and "
                  "connect again, or ask the team's administrator for access. Nothing was "
                  "changed.")
            .arg(file);
    case Kind::NoSuchDatabase:
        return tr("The server has no database named as in “%1”. Check the database name, or "
                  "ask the team's administrator to create it. Nothing was changed.")
            .arg(file);
    case Kind::ConnectionLost:
        return tr("The connection to the server of “%1” was lost: the server may have been "
                  "stopped, or the network is down. What was being saved was not kept (the "
                  "server keeps a change whole or not at all). Check your network connection or "
                  "ask the team's administrator whether the server is running, then try again.")
            .arg(file);
    case Kind::Failed:
        break;
    }
    return tr("The portfolio “%1” could not be changed, for a reason SSTC Desk does not recognise. "
              "Nothing was changed; try again, and keep a copy of the file if it happens again.")
        .arg(file);
}

const char *StoreError::what() const noexcept
{
    m_what = (message() + QStringLiteral(" (") + m_detail + QLatin1Char(')')).toUtf8();
    return m_what.constData();
}

} // namespace sstc
