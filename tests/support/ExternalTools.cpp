#include "tests/support/ExternalTools.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace testsupport {

bool haveTool(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

bool strictRun()
{
    return qEnvironmentVariable("CI") == QLatin1String("true") ||
           qEnvironmentVariable("SSTC_STRICT_TESTS") == QLatin1String("1");
}

void updateGoldenIfAsked(const QString &goldenPath, const QByteArray &actual)
{
    if (!qEnvironmentVariableIsSet("SSTC_UPDATE_GOLDEN"))
        return;
    QVERIFY2(!strictRun(), "SSTC_UPDATE_GOLDEN is set in a strict run (CI): the golden file "
                             "would be compared with itself");
    QFile golden(goldenPath);
    QVERIFY2(golden.open(QIODevice::WriteOnly), qPrintable(goldenPath));
    QCOMPARE(golden.write(actual), qint64(actual.size()));
}

QString runTool(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace testsupport
