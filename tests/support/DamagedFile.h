#pragma once

#include <QString>

// Damages a portfolio the way a failing disk does: `count` random bytes (from a fixed seed, so
// that every run damages it alike) written over the first page of the table or index `name`.
// Aiming at one named page keeps the damage where SQLite's checks look, whatever the layout of
// the rest of the file. Returns false when the page cannot be found or written.
bool damagePageOf(const QString &path, const QString &name, int count = 2000, quint32 seed = 17);
