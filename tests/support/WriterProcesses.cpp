#include "tests/support/WriterProcesses.h"

#include "tests/support/StoreTestSupport.h"

#include "models/store/PortfolioStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <memory>
#include <vector>

namespace testsupport {

namespace {

void start(QProcess &process, const WriterCommand &command)
{
    process.setProcessEnvironment(command.environment);
    if (!command.workingDirectory.isEmpty())
        process.setWorkingDirectory(command.workingDirectory);
    process.start(command.program, command.arguments);
}

WriterRun finish(QProcess &process)
{
    WriterRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out += QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

QList<WriterRun> runTogether(const QList<WriterCommand> &commands)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const WriterCommand &command : commands) {
        processes.push_back(std::make_unique<QProcess>());
        start(*processes.back(), command);
    }
    QList<WriterRun> runs;
    for (const auto &process : processes)
        runs << finish(*process);
    return runs;
}

WriterRun runAndKill(const WriterCommand &command, qint64 delayMicroseconds)
{
    QProcess process;
    start(process, command);
    QString firstLine;
    if (command.waitsForFirstLine) {
        while (!process.canReadLine() && process.state() != QProcess::NotRunning)
            process.waitForReadyRead(10000);
        firstLine = QString::fromUtf8(process.readLine());
    } else {
        process.waitForStarted();
    }
    QElapsedTimer clock;
    clock.start();
    if (delayMicroseconds >= 0) {
        QThread::usleep(static_cast<unsigned long>(delayMicroseconds));
        process.kill();
    }
    WriterRun run = finish(process);
    run.workMicroseconds = clock.nsecsElapsed() / 1000;
    run.out.prepend(firstLine);
    return run;
}

QString portfolioProblem(const QString &path, int expectedVersion)
{
    if (!QFileInfo::exists(path))
        return QStringLiteral("no file");
    QString error;
    const QStringList integrity = rawSql(path, {QStringLiteral("PRAGMA integrity_check")}, &error);
    if (integrity != QStringList{QStringLiteral("ok")})
        return QStringLiteral("integrity: ") + integrity.join(QLatin1Char(' ')) + error;
    if (countOf(path, QStringLiteral("PRAGMA application_id")) !=
        sstc::PortfolioStore::sqliteApplicationId)
        return QStringLiteral("application id");
    const qint64 version =
        countOf(path, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    if (version != expectedVersion)
        return QStringLiteral("schema version %1").arg(version);
    return {};
}

qint64 countOf(const QString &path, const QString &sql)
{
    QString error;
    const QStringList rows = rawSql(path, {sql}, &error);
    bool ok = false;
    const qint64 value = rows.value(0).toLongLong(&ok);
    return ok && error.isEmpty() ? value : -1;
}

QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.tmp"), QStringLiteral("*.tmp-*"),
                                   QStringLiteral("*-wal"), QStringLiteral("*-shm"),
                                   QStringLiteral("*-journal")},
                                  QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace testsupport
