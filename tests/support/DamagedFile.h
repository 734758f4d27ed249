#pragma once

#include <QString>

// Damages a file the way a failing disk or an interrupted copy does: `count` random bytes
// (from a fixed seed, so that every run damages it alike) written at `fraction` of its size.
// Returns false when the file cannot be written.
bool writeRandomBytes(const QString &path, double fraction = 0.97, int count = 2000,
                      quint32 seed = 17);
