#include "ui/iati/IatiSchemaCheck.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace sstc {

IatiSchemaCheck::Result IatiSchemaCheck::check(const QString &path)
{
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        return {Outcome::NotChecked,
                tr("The file was not checked against the IATI schema: xmllint is not installed "
                   "(Debian package libxml2-utils).")};
    // xmllint reads the schema and the files it includes from disk.
    QTemporaryDir folder;
    for (const char *name : {"iati-activities-schema.xsd", "iati-common.xsd", "xml.xsd"}) {
        const QString file = QString::fromLatin1(name);
        if (!folder.isValid() ||
            !QFile::copy(QStringLiteral(":/iati-schema/") + file, folder.filePath(file)))
            return {Outcome::NotChecked,
                    tr("The file was not checked against the IATI schema: the schema could not "
                       "be prepared.")};
    }
    QProcess process;
    process.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"),
                            folder.filePath(QStringLiteral("iati-activities-schema.xsd")), path});
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return {Outcome::NotChecked,
                tr("The file was not checked against the IATI schema: xmllint did not finish.")};
    const QString messages = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    return {process.exitCode() == 0 ? Outcome::Valid : Outcome::Invalid, messages};
}

} // namespace sstc
