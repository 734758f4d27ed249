#pragma once

#include "tests/support/ExternalTools.h"

#include "models/store/PortfolioLocation.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A PostgreSQL server of the test run's own: initdb and pg_ctl from Debian's postgresql
// package (/usr/lib/postgresql/*/bin) in a temporary folder, listening only on a Unix socket
// in that folder (no TCP), run as the postgres user when the tests run as root (the server
// refuses root) and as the current user otherwise. Stopped, and its folder removed, when the
// object goes, whatever the tests did; a server left behind by a test run that crashed is
// stopped and removed by the next one.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // The test program's one server, started on first use and stopped when the program ends.
    static PostgresServer &shared();

    bool isRunning() const { return m_postmasterPid > 0; }
    // Why it is not running.
    QString failure() const { return m_failure; }
    QString socketFolder() const { return m_dir.path(); }
    qint64 startMilliseconds() const { return m_startMilliseconds; }

    // A new, empty database owned by an ordinary (not superuser) role, as a team's
    // administrator would make for a portfolio; empty on failure, with failure() saying why.
    QString createDatabase();
    void dropDatabase(const QString &name);
    // Where the database is, as the app is told: postgresql:///NAME?host=FOLDER&user=ROLE.
    sstc::PortfolioLocation location(const QString &database) const;
    QString uri(const QString &database) const;
    // Runs statements in a database as the server's superuser; the first column of the
    // last statement's rows. For tests that prepare what the app would not write.
    QStringList superuserSql(const QString &database, const QStringList &statements,
                             QString *error = nullptr) const;

    // Stops the server as its administrator would (pg_ctl stop -m fast), for tests of a
    // connection that goes away; startAgain() starts it again on the same data and socket.
    bool shutDown();
    bool startAgain();

    // The role the portfolios' databases belong to.
    static QString ownerRole() { return QStringLiteral("portfolio_owner"); }
    // A role with the owner's rights that must give its password (the others are trusted).
    static QString passwordRole() { return QStringLiteral("portfolio_member"); }
    static QString passwordRolePassword() { return QStringLiteral("member-Pa55"); }

private:
    bool start();
    bool startServer();
    void stop();
    // Runs a server program (as the postgres user when this process is root).
    bool runServerProgram(const QString &program, const QStringList &arguments);
    static QString binFolder();
    static void removeLeftovers();

    QTemporaryDir m_dir;
    QString m_superuser;
    qint64 m_postmasterPid = 0;
    qint64 m_startMilliseconds = 0;
    QString m_failure;
    int m_databases = 0;
};

// In a test function: a server is needed. Under CI=true a server that cannot start fails the
// test; elsewhere the test is skipped with the reason.
#define REQUIRE_POSTGRES_SERVER(server)                                                            \
    do {                                                                                           \
        if (!(server).isRunning()) {                                                               \
            if (testsupport::strictRun())                                                          \
                QFAIL(qPrintable((server).failure()));                                             \
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL server: ") + (server).failure()));      \
        }                                                                                          \
    } while (false)
