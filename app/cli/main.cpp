#include "app/cli/CommandLineTool.h"
#include "models/store/ApplicationIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

int main(int argc, char *argv[])
{
    // A report draws text with fonts, which takes a QGuiApplication; it needs no display,
    // so without one it runs on the offscreen platform. Other commands stay GUI-free.
    bool drawsReport = false;
    for (int i = 1; i < argc; ++i)
        drawsReport = drawsReport || qstrcmp(argv[i], "report") == 0;
    if (drawsReport && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_UNIX
    // The GUI platform asks for a runtime folder; without XDG_RUNTIME_DIR (a cron job, a
    // container) Qt makes one in /tmp but also warns on stderr, where a batch tool's only
    // output should be its own messages. So make the same private folder without the warning.
    if (drawsReport && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime =
            QDir::temp().filePath(QStringLiteral("sstc-runtime-%1").arg(::getuid()));
        if (QDir().mkpath(runtime) &&
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
#endif
    std::unique_ptr<QCoreApplication> app;
    if (drawsReport)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    sstc::setApplicationIdentity();

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    return sstc::CommandLineTool(out, err).run(QCoreApplication::arguments());
}
