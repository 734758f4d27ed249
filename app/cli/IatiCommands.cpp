#include "app/cli/IatiCommands.h"

#include "models/iati/IatiExporter.h"
#include "models/iati/IatiImporter.h"
#include "models/repositories/ProjectRepository.h"
#include "models/store/PortfolioOpener.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace sstc {

namespace {

// The options of every sstc command that take a value, so that the command word can be told
// from an option's value wherever it stands.
bool takesValue(const QString &option)
{
    static const QStringList withValue = {
        QStringLiteral("--database"), QStringLiteral("--lang"),     QStringLiteral("--format"),
        QStringLiteral("--size"),     QStringLiteral("--seed"),     QStringLiteral("--project"),
        QStringLiteral("--donor"),    QStringLiteral("--from"),     QStringLiteral("--to"),
        QStringLiteral("--paper"),    QStringLiteral("--currency"), QStringLiteral("-o"),
        QStringLiteral("--output"),   QStringLiteral("--reporting-org"),
    };
    return withValue.contains(option);
}

AuditActor commandLineActor()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"})
        if (const QString name = qEnvironmentVariable(variable).trimmed(); !name.isEmpty())
            return AuditActor(name);
    return AuditActor(QStringLiteral("unknown"));
}

qint64 projectNamed(PortfolioStore &store, const QString &code)
{
    QSqlQuery query = store.run(QStringLiteral("SELECT id FROM projects WHERE code = ? OR "
                                               "iati_identifier = ?"),
                                {code, code});
    if (query.next())
        return query.value(0).toLongLong();
    bool isNumber = false;
    const qint64 id = code.toLongLong(&isNumber);
    return isNumber && ProjectRepository(store).find(id) ? id : 0;
}

} // namespace

bool IatiCommands::handles(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(QLatin1Char('-'))) {
            if (!argument.contains(QLatin1Char('=')) && takesValue(argument))
                ++i;
            continue;
        }
        return argument == QLatin1String("import") || argument == QLatin1String("export");
    }
    return false;
}

int IatiCommands::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("IATI 2.03 activity files in and out of a portfolio:\n"
           "  import iati FILE... --database DB [--dry-run] [--json]\n"
           "  export iati --database DB [--project CODE...] [--reporting-org REF] -o OUT.xml"));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            tr("The portfolio file, or a PostgreSQL server as "
                                               "postgresql://user@host:port/database "
                                               "(default: your own portfolio)."),
                                            tr("file", "placeholder for a value in --help"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        tr("Language of texts and messages: en or zh."),
                                        tr("language", "placeholder for a value in --help"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), tr("import: say what would be imported, and change nothing."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("import: write the result as one JSON object."));
    const QCommandLineOption projectOption(
        QStringLiteral("project"),
        tr("export: a project, by its code, IATI identifier or number; may be given more than "
           "once (default: every project)."),
        tr("code", "placeholder for a value in --help"));
    const QCommandLineOption reportingOrgOption(
        QStringLiteral("reporting-org"),
        tr("export: the reporting organisation's IATI identifier (default: the ILO, %1).")
            .arg(iati::iloReference),
        tr("ref", "placeholder for a value in --help"), iati::iloReference);
    const QCommandLineOption outputOption(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        tr("export: the IATI XML file to write."), tr("file", "placeholder for a value in --help"));
    parser.addOptions({databaseOption, langOption, dryRunOption, jsonOption, projectOption,
                       reportingOrgOption, outputOption});
    parser.addPositionalArgument(tr("command", "placeholder for an argument in --help"),
                                 tr("import or export"));
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (positional.value(1) != QLatin1String("iati"))
        return fail(tr("Say what to %1: only “iati” is known (sstc %1 iati …).").arg(command));
    const QString path =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : PortfolioStore::defaultPath();
    QString locationError;
    const PortfolioLocation location = PortfolioLocation::parse(path, &locationError);
    if (!location.isValid())
        return fail(locationError);
    if (!location.isServer() && !QFileInfo::exists(path))
        return fail(tr("The portfolio “%1” does not exist.").arg(QDir::toNativeSeparators(path)));
    if (command == QLatin1String("import")) {
        const QStringList files = positional.mid(2);
        if (files.isEmpty())
            return fail(tr("Name the IATI files to import."));
        return importFiles(location, files, parser.isSet(dryRunOption), parser.isSet(jsonOption));
    }
    if (positional.size() != 2)
        return fail(tr("export iati takes no files; name the one to write with -o."));
    if (!parser.isSet(outputOption))
        return fail(tr("Name the IATI XML file to write with -o."));
    return exportFile(location, parser.values(projectOption), parser.value(reportingOrgOption),
                      parser.value(outputOption));
}

int IatiCommands::importFiles(const PortfolioLocation &location, const QStringList &files,
                              bool dryRun, bool json)
{
    try {
        auto store =
            PortfolioOpener::open(location, PortfolioOpener::NewFileContent::ReferenceOnly);
        const IatiImportSummary summary =
            IatiImporter(*store, commandLineActor()).run(files, dryRun);
        if (json)
            printJson(summary, files, dryRun);
        else
            printSummary(summary, dryRun);
        if (summary.refused()) {
            for (const QString &refusal : summary.refusals)
                m_err << tr("sstc: %1").arg(refusal) << '\n';
            m_err << tr("sstc: nothing was imported; the portfolio is unchanged.") << '\n';
            return 1;
        }
        return summary.created + summary.updated > 0 ? 0 : 1;
    } catch (const StoreError &error) {
        return fail(error.message());
    }
}

void IatiCommands::printSummary(const IatiImportSummary &summary, bool dryRun)
{
    using Grade = IatiProblem::Grade;
    for (const IatiProblem &problem : summary.problems) {
        const QString grade = problem.grade == Grade::Critical ? tr("critical")
                              : problem.grade == Grade::Error  ? tr("error")
                                                               : tr("warning");
        m_out << QStringLiteral("%1:%2: %3: ")
                     .arg(QDir::toNativeSeparators(problem.file))
                     .arg(problem.line)
                     .arg(grade);
        if (!problem.activity.isEmpty())
            m_out << QStringLiteral("[%1] ").arg(problem.activity);
        m_out << problem.message << '\n';
    }
    if (summary.refused())
        return;
    m_out << tr("Read %n activity(ies).", nullptr, summary.read) << ' '
          << (dryRun ? tr("Would create %1, update %2 and skip %3 project(s); would create %4 "
                          "organisation(s).")
                     : tr("Created %1, updated %2 and skipped %3 project(s); created %4 "
                          "organisation(s)."))
                 .arg(summary.created)
                 .arg(summary.updated)
                 .arg(summary.skipped)
                 .arg(summary.organisationsCreated)
          << '\n'
          << tr("Problems: %1 critical, %2 error(s), %3 warning(s).")
                 .arg(summary.count(Grade::Critical))
                 .arg(summary.count(Grade::Error))
                 .arg(summary.count(Grade::Warning))
          << '\n';
    if (dryRun)
        m_out << tr("Dry run: the portfolio was not changed.") << '\n';
}

void IatiCommands::printJson(const IatiImportSummary &summary, const QStringList &files,
                             bool dryRun)
{
    using Grade = IatiProblem::Grade;
    QJsonArray problems;
    for (const IatiProblem &problem : summary.problems)
        problems.append(QJsonObject{{QStringLiteral("file"), problem.file},
                                    {QStringLiteral("line"), problem.line},
                                    {QStringLiteral("activity"), problem.activity},
                                    {QStringLiteral("grade"), IatiProblem::gradeCode(problem.grade)},
                                    {QStringLiteral("message"), problem.message}});
    const QJsonObject result{
        {QStringLiteral("files"), QJsonArray::fromStringList(files)},
        {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("refused"), summary.refused()},
        {QStringLiteral("refusals"), QJsonArray::fromStringList(summary.refusals)},
        {QStringLiteral("read"), summary.read},
        {QStringLiteral("created"), summary.created},
        {QStringLiteral("updated"), summary.updated},
        {QStringLiteral("skipped"), summary.skipped},
        {QStringLiteral("organisations_created"), summary.organisationsCreated},
        {QStringLiteral("problem_counts"),
         QJsonObject{{QStringLiteral("critical"), summary.count(Grade::Critical)},
                     {QStringLiteral("error"), summary.count(Grade::Error)},
                     {QStringLiteral("warning"), summary.count(Grade::Warning)}}},
        {QStringLiteral("problems"), problems},
    };
    m_out << QJsonDocument(result).toJson(QJsonDocument::Indented);
}

int IatiCommands::exportFile(const PortfolioLocation &location, const QStringList &projects,
                             const QString &reportingOrg, const QString &output)
{
    try {
        auto store =
            PortfolioOpener::open(location, PortfolioOpener::NewFileContent::ReferenceOnly);
        IatiExportOptions options;
        options.reportingOrgRef = reportingOrg;
        for (const QString &code : projects) {
            const qint64 id = projectNamed(*store, code);
            if (id == 0)
                return fail(tr("No project “%1” in the portfolio.").arg(code));
            options.projectIds << id;
        }
        // Written whole or not at all: a failed export leaves no half file behind.
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly))
            return fail(tr("Cannot write “%1”: %2.")
                            .arg(QDir::toNativeSeparators(output), file.errorString()));
        const IatiExportResult result = IatiExporter(*store, commandLineActor()).write(file, options);
        if (!file.commit())
            return fail(tr("Cannot write “%1”: %2.")
                            .arg(QDir::toNativeSeparators(output), file.errorString()));
        for (const auto &[id, identifier] : result.identifiersGiven)
            m_out << tr("Project %1 now has the IATI identifier %2.").arg(id).arg(identifier)
                  << '\n';
        for (const IatiExportProblem &problem : result.problems)
            m_out << QStringLiteral("%1: %2\n").arg(problem.project, problem.message);
        m_out << tr("Wrote %n activity(ies) to “%1”.", nullptr, result.written)
                     .arg(QDir::toNativeSeparators(output))
              << '\n';
        return result.written > 0 ? 0 : 1;
    } catch (const StoreError &error) {
        return fail(error.message());
    }
}

int IatiCommands::fail(const QString &message)
{
    m_err << tr("sstc: %1").arg(message) << '\n';
    return 1;
}

} // namespace sstc
