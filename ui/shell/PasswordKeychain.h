#pragma once

#include <QString>

namespace sstc {

// Server passwords the user asked to remember, in the system's keychain through QtKeychain
// (Secret Service on Linux, Credential Manager on Windows, Keychain on macOS): never in a
// file of SSTC Desk's. Keyed by the server's URI without password. Where no keychain
// answers (no Secret Service on a headless machine) nothing is kept and find() gives
// nothing: the password is then asked at each connection, or libpq finds it in ~/.pgpass.
class PasswordKeychain
{
public:
    static QString find(const QString &key);
    static bool isKept(const QString &key) { return !find(key).isEmpty(); }
    // Whether the keychain took it.
    static bool keep(const QString &key, const QString &password);
    static void forget(const QString &key);
};

} // namespace sstc
