#pragma once

#include "models/domain/Language.h"
#include "models/store/PortfolioLocation.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace sstc {

class PortfolioStore;

// `sstc`: batch work on portfolios, in files or on a PostgreSQL server. Parses the arguments, runs
// one command over the models library, writes results to stdout and errors to stderr, and returns
// the exit code.
class CommandLineTool
{
    Q_DECLARE_TR_FUNCTIONS(sstc::CommandLineTool)

public:
    CommandLineTool(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    int run(const QStringList &arguments);

private:
    // The options of `sstc report`, as given.
    struct ReportArguments
    {
        QStringList projects;
        QString donor;
        QString from;
        QString to;
        QString language;
        QString paper;
        QString currency;
        QString output;
    };

    // The options of `sstc list funding`, as given.
    struct FundingArguments
    {
        QString breakdown;
        QString measure;
        QString currency;
        QString donor;
        QString format;
    };

    int init(const sstc::PortfolioLocation &location, bool empty);
    int copy(const sstc::PortfolioLocation &source, const sstc::PortfolioLocation &destination);
    int synthetic(const sstc::PortfolioLocation &location, const QString &sizeName,
                  const QString &seedText);
    int list(const sstc::PortfolioLocation &location, const QString &subject,
             const QString &format);
    int listFunding(const sstc::PortfolioLocation &location, const FundingArguments &arguments);
    int report(const sstc::PortfolioLocation &location, const ReportArguments &arguments);
    int check(const sstc::PortfolioLocation &location, const QString &format);
    int fail(const QString &message);
    static qint64 projectNamed(PortfolioStore &store, const QString &code);
    static qint64 organisationNamed(PortfolioStore &store, const QString &name);

    Language m_language = Language::English;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace sstc
