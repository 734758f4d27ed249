#pragma once

#include <QString>
#include <QStringList>
#include <QtTest>

// Checking what the app wrote with the real tools (pdftotext, qpdf, pdfinfo…) where they are
// installed.
namespace testsupport {

bool haveTool(const QString &name);

// True under CI=true, and in the README's test command (scripts/run-tests.sh sets
// SSTC_STRICT_TESTS=1 after installing every tool): there a missing tool is a broken set-up,
// not a reason to skip.
bool strictRun();

// Runs a tool to its end (a minute at most) and gives its standard output; empty when it did
// not finish. `exitCode`, when given, gets the tool's exit code.
QString runTool(const QString &program, const QStringList &arguments, int *exitCode = nullptr);

// SSTC_UPDATE_GOLDEN=1 rewrites a golden file with what the test produced, after a deliberate
// change (review the diff). In a strict run (CI) it fails the test instead: a golden file written by
// the run that checks it proves nothing.
void updateGoldenIfAsked(const QString &goldenPath, const QByteArray &actual);

} // namespace testsupport

// In a strict run a missing tool fails the test (CTest would count a skip as a pass);
// elsewhere the test is skipped, naming the Debian package to install.
#define SSTC_REQUIRE_TOOL(tool, package)                                                    \
    do {                                                                                    \
        if (!testsupport::haveTool(QStringLiteral(tool))) {                                 \
            if (testsupport::strictRun())                                                   \
                QFAIL(tool " is missing: scripts/install-deps.sh test installs " package);  \
            QSKIP(tool " is not installed (Debian package " package ")");                   \
        }                                                                                   \
    } while (false)
