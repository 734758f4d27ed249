#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

namespace sstc {

// The sqlite3 shell as the yardstick of the measurements whose target is a ratio: the same
// statement run by SQLite's own program on the same file.
class SqliteShell
{
public:
    // The statement with its bound values written in, for the shell.
    static QString withValuesInlined(const QString &sql, const QVariantList &values);
    // Runs the statement `runs` times with the shell's timer on and returns the real times in
    // milliseconds; the rows go to `outputFile`, as CSV when `csv`.
    static QList<double> times(const QString &database, const QString &sql, int runs,
                               const QString &outputFile = QStringLiteral("/dev/null"),
                               bool csv = false);
};

} // namespace sstc
