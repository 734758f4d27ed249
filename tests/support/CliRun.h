#pragma once

#include <QString>
#include <QStringList>

class TestFolders;

// What one run of the `sstc` command-line tool printed and returned.
struct CliRun
{
    int exitCode = -1; // -2 when it crashed, -1 when it did not finish
    QString out;
    QString err;
};

struct CliRunOptions
{
    QString locale = QStringLiteral("C.UTF-8");
    bool withoutDisplay = false; // the child gets neither QT_QPA_PLATFORM nor DISPLAY
    int timeoutMs = 120000;
};

// Runs `sstc` as a user would, with its portfolio, settings and cache in the test's own
// folders (so it never touches the real user's) and the locale the caller chose.
CliRun runCli(const TestFolders &folders, const QStringList &arguments,
              const CliRunOptions &options = {});
