#pragma once

// Small helpers for the tests of the store and the repositories.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace testsupport {

// The SHA-256 of a file's bytes; empty when it cannot be read.
QByteArray fileChecksum(const QString &path);

QByteArray fileBytes(const QString &path);

bool writeFile(const QString &path, const QByteArray &bytes);

// The names in a folder, hidden files included, sorted.
QStringList folderEntries(const QString &folder);

// Runs SQL on a database file through a connection of its own, outside the store: for
// preparing files the store would not write (a foreign database, a newer version).
// Returns the first column of the last statement's rows; empty strings on failure are
// reported through `error`.
QStringList rawSql(const QString &path, const QStringList &statements, QString *error = nullptr);

} // namespace testsupport
