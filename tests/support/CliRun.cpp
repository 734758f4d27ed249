#include "tests/support/CliRun.h"

#include "tests/support/TestFolders.h"

#include <QProcess>
#include <QProcessEnvironment>

CliRun runCli(const TestFolders &folders, const QStringList &arguments,
              const CliRunOptions &options)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), folders.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       folders.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), folders.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("LC_ALL"), options.locale);
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LANG"));
    if (options.withoutDisplay) {
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(folders.path());
    process.start(QStringLiteral(SSTC_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("did not finish: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
