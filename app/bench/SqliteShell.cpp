#include "app/bench/SqliteShell.h"

#include <QProcess>
#include <QVariant>

namespace sstc {

QString SqliteShell::withValuesInlined(const QString &sql, const QVariantList &values)
{
    QString inlined;
    int next = 0;
    for (const QChar c : sql) {
        if (c != QLatin1Char('?')) {
            inlined += c;
            continue;
        }
        const QVariant value = values.value(next++);
        if (value.isNull())
            inlined += QStringLiteral("NULL");
        else if (value.typeId() == QMetaType::QString)
            inlined += QLatin1Char('\'') +
                       value.toString().replace(QLatin1Char('\''), QStringLiteral("''")) +
                       QLatin1Char('\'');
        else
            inlined += value.toString();
    }
    return inlined;
}

QList<double> SqliteShell::times(const QString &database, const QString &sql, int runs,
                                 const QString &outputFile, bool csv)
{
    QString script = QStringLiteral(".timer on\n");
    if (csv)
        script += QStringLiteral(".mode csv\n.headers on\n");
    // Opened again before each run, so that each run writes the whole file anew.
    for (int run = 0; run < runs; ++run)
        script += QStringLiteral(".output %1\n").arg(outputFile) + sql + QStringLiteral(";\n");
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {database});
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    QList<double> times;
    // ".timer on" prints "Run Time: real 0.123 user … sys …" on stdout after each statement.
    for (const QByteArray &line : shell.readAllStandardOutput().split('\n'))
        if (line.startsWith("Run Time: real "))
            times << line.mid(15).split(' ').value(0).toDouble() * 1000;
    return times;
}

} // namespace sstc
