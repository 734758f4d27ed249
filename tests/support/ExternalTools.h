#pragma once

#include <QString>
#include <QStringList>

// Checking what the app wrote with the real tools (pdftotext, qpdf, pdfinfo…) where they are
// installed.
namespace testsupport {

bool haveTool(const QString &name);

// Runs a tool to its end (a minute at most) and gives its standard output; empty when it did
// not finish. `exitCode`, when given, gets the tool's exit code.
QString runTool(const QString &program, const QStringList &arguments, int *exitCode = nullptr);

} // namespace testsupport
