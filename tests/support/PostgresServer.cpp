#include "tests/support/PostgresServer.h"

#include <QCollator>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVersionNumber>

#include <pwd.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>

namespace {

const QString folderPrefix = QStringLiteral("sstc-pg-");
const QString testerPidFile = QStringLiteral("tester.pid");

// Alive and not a zombie: a postmaster outlives pg_ctl, and its new parent may be slow to
// reap it (or, as pid 1 in a container, never do so).
bool processAlive(qint64 pid)
{
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const int end = line.lastIndexOf(')');
    return end < 0 || line.mid(end + 2, 1) != "Z";
}

bool waitUntilGone(qint64 pid, int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (processAlive(pid)) {
        if (timer.elapsed() > milliseconds)
            return false;
        QThread::msleep(20);
    }
    return true;
}

qint64 postmasterPid(const QString &dataFolder)
{
    QFile file(dataFolder + QStringLiteral("/postmaster.pid"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().trimmed().toLongLong();
}

// The postmaster of `dataFolder`, checked by its command line so that a pid reused by some
// other program is never signalled.
bool isPostmasterOf(qint64 pid, const QString &dataFolder)
{
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(dataFolder.toUtf8());
}

// pg_ctl starts the postmaster in a session of its own, so that its process group holds the
// server's every process: killing the group leaves nothing behind.
void killServer(qint64 pid)
{
    ::kill(-pid_t(pid), SIGKILL);
    ::kill(pid_t(pid), SIGKILL);
    waitUntilGone(pid, 5000);
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace

PostgresServer::PostgresServer()
    : m_dir(QDir::tempPath() + QLatin1Char('/') + folderPrefix + QStringLiteral("XXXXXX"))
    , m_superuser(QStringLiteral("postgres"))
{
    removeLeftovers();
    QElapsedTimer timer;
    timer.start();
    if (start())
        m_startMilliseconds = timer.elapsed();
    else
        stop();
}

PostgresServer::~PostgresServer()
{
    stop();
}

PostgresServer &PostgresServer::shared()
{
    static PostgresServer server;
    return server;
}

QString PostgresServer::binFolder()
{
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList names = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &name : names) {
        const QString bin = versions.filePath(name + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

bool PostgresServer::start()
{
    if (!m_dir.isValid()) {
        m_failure = QStringLiteral("no temporary folder: ") + m_dir.errorString();
        return false;
    }
    if (binFolder().isEmpty()) {
        m_failure = QStringLiteral("initdb not found in /usr/lib/postgresql/*/bin: install the "
                                   "postgresql package (scripts/install-deps.sh test)");
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_failure = QStringLiteral("Qt's QPSQL driver is missing: install libqt6sql6-psql");
        return false;
    }
    QFile tester(m_dir.filePath(testerPidFile));
    if (!tester.open(QIODevice::WriteOnly) ||
        tester.write(QByteArray::number(qint64(::getpid()))) < 0) {
        m_failure = QStringLiteral("cannot write in ") + m_dir.path();
        return false;
    }
    tester.close();
    if (runningAsRoot()) {
        // The server refuses to run as root: the folder becomes the postgres user's.
        const passwd *postgres = ::getpwnam("postgres");
        if (!postgres || ::chown(QFile::encodeName(m_dir.path()).constData(), postgres->pw_uid,
                                 postgres->pw_gid) != 0) {
            m_failure = QStringLiteral("no postgres user to run the server as");
            return false;
        }
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!runServerProgram(QStringLiteral("initdb"),
                          {QStringLiteral("-D"), data, QStringLiteral("-U"), m_superuser,
                           QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
                           QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                           QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")}))
        return false;
    // One role signs in with a password (SCRAM), as on a team's server; the others are
    // trusted. pg_hba.conf takes the first line that matches.
    {
        QFile hba(data + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::ReadOnly)) {
            m_failure = QStringLiteral("cannot read pg_hba.conf");
            return false;
        }
        const QByteArray trusted = hba.readAll();
        hba.close();
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            hba.write("local all " + passwordRole().toUtf8() + " scram-sha-256\n" + trusted) < 0) {
            m_failure = QStringLiteral("cannot write pg_hba.conf");
            return false;
        }
    }
    if (!startServer())
        return false;
    QString error;
    superuserSql(QStringLiteral("postgres"),
                 {QStringLiteral("CREATE ROLE %1 LOGIN").arg(ownerRole()),
                  // A member of the owner's role: its rights, behind a password.
                  QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3")
                      .arg(passwordRole(), passwordRolePassword(), ownerRole())},
                 &error);
    if (!error.isEmpty()) {
        m_failure = QStringLiteral("the server does not answer: ") + error;
        return false;
    }
    return true;
}

bool PostgresServer::startServer()
{
    const QString data = m_dir.filePath(QStringLiteral("data"));
    // No TCP at all; the socket in the private folder; nothing synced to disk (a throwaway);
    // dynamic shared memory in the data folder, so that it goes with it.
    const QString options = QStringLiteral("-c listen_addresses='' -k %1 -c fsync=off "
                                           "-c full_page_writes=off -c synchronous_commit=off "
                                           "-c dynamic_shared_memory_type=mmap")
                                .arg(m_dir.path());
    const bool started = runServerProgram(
        QStringLiteral("pg_ctl"),
        {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
         QStringLiteral("-D"), data, QStringLiteral("-l"),
         m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options});
    m_postmasterPid = postmasterPid(data);
    return started;
}

bool PostgresServer::shutDown()
{
    // As an administrator stops it: sessions are ended (SQLSTATE 57P01), open transactions
    // rolled back, what was committed kept.
    const bool stopped = runServerProgram(
        QStringLiteral("pg_ctl"),
        {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-m"), QStringLiteral("fast"),
         QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data"))});
    if (stopped)
        m_postmasterPid = 0;
    return stopped;
}

bool PostgresServer::startAgain()
{
    return m_postmasterPid == 0 && startServer();
}

bool PostgresServer::runServerProgram(const QString &program, const QStringList &arguments)
{
    QString executable = binFolder() + QLatin1Char('/') + program;
    QStringList all = arguments;
    if (runningAsRoot()) {
        all = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                          executable} +
              arguments;
        executable = QStringLiteral("runuser");
    }
    QProcess process;
    // The server's user must be able to stand in its working folder.
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(executable, all);
    const bool finished = process.waitForFinished(90000);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    QString log;
    QFile serverLog(m_dir.filePath(QStringLiteral("server.log")));
    if (serverLog.open(QIODevice::ReadOnly))
        log = QString::fromUtf8(serverLog.readAll());
    m_failure = QStringLiteral("%1 failed: %2 %3%4")
                    .arg(program, process.errorString(),
                         QString::fromUtf8(process.readAllStandardOutput()), log);
    return false;
}

void PostgresServer::stop()
{
    if (m_postmasterPid > 0) {
        // Immediate shutdown: a throwaway server has nothing to save.
        ::kill(pid_t(m_postmasterPid), SIGQUIT);
        if (!waitUntilGone(m_postmasterPid, 10000))
            killServer(m_postmasterPid);
        else
            ::kill(-pid_t(m_postmasterPid), SIGKILL); // any backend still finishing
        m_postmasterPid = 0;
    }
    m_dir.remove();
}

void PostgresServer::removeLeftovers()
{
    const QDir temp(QDir::tempPath());
    for (const QString &name :
         temp.entryList({folderPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString folder = temp.filePath(name);
        QFile tester(folder + QLatin1Char('/') + testerPidFile);
        if (!tester.open(QIODevice::ReadOnly))
            continue; // not made by this class, or still being set up
        if (processAlive(tester.readAll().trimmed().toLongLong()))
            continue; // another test program's server, in use
        const QString data = folder + QStringLiteral("/data");
        const qint64 pid = postmasterPid(data);
        if (pid > 0 && processAlive(pid) && isPostmasterOf(pid, data))
            killServer(pid);
        QDir(folder).removeRecursively();
    }
}

QString PostgresServer::createDatabase()
{
    const QString name = QStringLiteral("portfolio_%1").arg(++m_databases);
    QString error;
    superuserSql(QStringLiteral("postgres"),
                 {QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(name, ownerRole())}, &error);
    if (!error.isEmpty()) {
        m_failure = error;
        return {};
    }
    return name;
}

void PostgresServer::dropDatabase(const QString &name)
{
    superuserSql(QStringLiteral("postgres"),
                 {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)});
}

QString PostgresServer::uri(const QString &database) const
{
    return QStringLiteral("postgresql:///%1?host=%2&user=%3")
        .arg(database, socketFolder(), ownerRole());
}

sstc::PortfolioLocation PostgresServer::location(const QString &database) const
{
    return sstc::PortfolioLocation::parse(uri(database));
}

QStringList PostgresServer::superuserSql(const QString &database, const QStringList &statements,
                                         QString *error) const
{
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("sstc-test-server-%1").arg(++counter);
    QStringList values;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(socketFolder());
        db.setDatabaseName(database);
        db.setUserName(m_superuser);
        if (db.open()) {
            for (const QString &statement : statements) {
                QSqlQuery query(db);
                if (!query.exec(statement)) {
                    failure = query.lastError().text() + QStringLiteral(" [") + statement +
                              QLatin1Char(']');
                    break;
                }
                values.clear();
                while (query.next())
                    values << query.value(0).toString();
            }
        } else {
            failure = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (error)
        *error = failure;
    return values;
}
