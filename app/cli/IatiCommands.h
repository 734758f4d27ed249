#pragma once

#include "models/domain/Language.h"
#include "models/store/PortfolioLocation.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace sstc {

class PortfolioStore;
struct IatiImportSummary;

// `sstc import iati` and `sstc export iati`: IATI 2.03 files in and out of a portfolio. Kept
// apart from CommandLineTool, with options of its own, so that the IATI commands stay in one
// place.
class IatiCommands
{
    Q_DECLARE_TR_FUNCTIONS(sstc::IatiCommands)

public:
    IatiCommands(QTextStream &out, QTextStream &err, Language language)
        : m_out(out)
        , m_err(err)
        , m_language(language)
    {}

    // Whether the command the arguments name is import or export.
    static bool handles(const QStringList &arguments);
    int run(const QStringList &arguments);

private:
    int importFiles(const sstc::PortfolioLocation &location, const QStringList &files, bool dryRun,
                    bool json);
    int exportFile(const sstc::PortfolioLocation &location, const QStringList &projects,
                   const QString &reportingOrg, const QString &output);
    void printSummary(const IatiImportSummary &summary, bool dryRun);
    void printJson(const IatiImportSummary &summary, const QStringList &files, bool dryRun);
    int fail(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    Language m_language;
};

} // namespace sstc
