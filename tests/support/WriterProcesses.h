#pragma once

// Running programs that write portfolio files as processes of their own: two at once, to race
// them, or one killed at a chosen moment, to see what a crash leaves.

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace testsupport {

struct WriterRun
{
    int exitCode = -1; // -2: did not exit normally (killed)
    QString out;
    QString err;
    qint64 workMicroseconds = 0; // from the first line of output (or the start) to the end
};

struct WriterCommand
{
    QString program;
    QStringList arguments;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString workingDirectory;
    // Wait for the first line of output before the clock starts: the writer says it has begun.
    bool waitsForFirstLine = false;
};

// Runs the commands all at once and gives each one's result, in order.
QList<WriterRun> runTogether(const QList<WriterCommand> &commands);

// Runs the command and kills it (SIGKILL) `delayMicroseconds` after it began its work; a
// writer that finishes first is not killed.
WriterRun runAndKill(const WriterCommand &command, qint64 delayMicroseconds);

// What is wrong with the portfolio at `path`, empty when nothing: SQLite's integrity check,
// the application id, the meta table and the schema version `expectedVersion`.
QString portfolioProblem(const QString &path, int expectedVersion);

// The first column of the first row of `sql` run on `path`, as an integer (-1 on failure).
qint64 countOf(const QString &path, const QString &sql);

// The names in `folder` that a finished write must not leave behind: temporary files and the
// journal files of databases that are closed.
QStringList leftovers(const QString &folder);

} // namespace testsupport
