#include "app/cli/CommandLineTool.h"

#include "app/cli/IatiCommands.h"

#include "models/domain/Codes.h"
#include "models/export/TableExporter.h"
#include "models/funding/FundingAggregator.h"
#include "models/funding/ReportingCurrencies.h"
#include "models/itemmodels/AgreementTableModel.h"
#include "models/itemmodels/FundingFiguresTableModel.h"
#include "models/itemmodels/ProjectTableModel.h"
#include "models/query/ProjectIdQuery.h"
#include "models/report/ReportBuilder.h"
#include "models/repositories/AgreementRepository.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "models/store/PortfolioBackups.h"
#include "models/store/PortfolioCopy.h"
#include "models/store/PortfolioIntegrity.h"
#include "models/store/PortfolioOpener.h"
#include "models/synthetic/SyntheticPortfolio.h"
#include "models/text/Formats.h"
#include "models/text/TerminalText.h"
#include "translations/TranslationLoader.h"
#include "ui/report/ReportRenderer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sstc {

namespace {
// The --lang value given before parsing, so that even the help text is in that language.
QString languageArgument(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            return arguments.at(i).mid(7);
    }
    return {};
}

std::optional<TableExporter::Format> tableFormatNamed(const QString &name)
{
    static const CodeEntry<TableExporter::Format> formats[] = {
        {TableExporter::Format::Table, "table"},
        {TableExporter::Format::Csv, "csv"},
        {TableExporter::Format::Json, "json"},
    };
    return valueOfCode(formats, name);
}

// The breakdowns `list funding --by` offers: the dashboard's charts that are not per project.
const CodeEntry<FundingBreakdown> listedBreakdowns[] = {
    {FundingBreakdown::YearByDonor, "year"},
    {FundingBreakdown::Country, "country"},
    {FundingBreakdown::SdgGoal, "sdg"},
    {FundingBreakdown::Theme, "theme"},
};
} // namespace

int CommandLineTool::run(const QStringList &arguments)
{
    TranslationLoader translations;
    const QString lang = languageArgument(arguments);
    // "both" is a report's language; its messages are then in English.
    if (!lang.isEmpty() && lang != QLatin1String("en") && lang != QLatin1String("zh") &&
        lang != QLatin1String("both"))
        return fail(tr("Unknown language “%1”: use en or zh (or both for a report).").arg(lang));
    m_language = lang.isEmpty() ? TranslationLoader::systemLanguage() : languageFromCode(lang);
    translations.apply(m_language);
    if (IatiCommands::handles(arguments))
        return IatiCommands(m_out, m_err, m_language).run(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("SSTC Desk command-line tool: batch work on portfolios, in a file or on a "
           "PostgreSQL server (--database postgresql://…).\n\n"
           "Commands:\n"
           "  init                   create a portfolio holding the sample portfolio\n"
           "  list projects          list the projects of a portfolio\n"
           "  list agreements        list the agreements of a portfolio\n"
           "  list funding           the funding figures the dashboard charts, converted:\n"
           "                         list funding [--by year|country|sdg|theme]\n"
           "                         [--measure budget|commitment|incoming_funds|disbursement|\n"
           "                         expenditure|pledge] [--currency USD|CNY] [--donor ORG]\n"
           "  copy                   copy a whole portfolio, documents and history included,\n"
           "                         into a new file or an empty server database:\n"
           "                         copy --database SOURCE --to DESTINATION\n"
           "  synthetic              create a synthetic portfolio for measuring speed\n"
           "  report                 write a donor report as a PDF:\n"
           "                         report (--project CODE ... | --donor ORG) --from DATE\n"
           "                         --to DATE --lang en|zh|both [--paper a4|letter] -o OUT.pdf\n"
           "  check                  check that a portfolio is not damaged (exit code 1\n"
           "                         when it is); reads only, --format table or json\n"
           "  import iati            import IATI activity files (sstc import iati --help)\n"
           "  export iati            write projects as an IATI activity file"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            tr("The portfolio file, or a PostgreSQL server as "
                                               "postgresql://user@host:port/database "
                                               "(default: your own portfolio)."),
                                            tr("file", "placeholder for a value in --help"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), tr("Output format: table, csv or json."),
        tr("format", "placeholder for a value in --help"), QStringLiteral("table"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        tr("Language of texts and messages: en or zh."),
                                        tr("language", "placeholder for a value in --help"));
    const QCommandLineOption emptyOption(
        QStringLiteral("empty"), tr("init: create an empty portfolio, without the sample."));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"), tr("synthetic: small, medium or large (100,000 projects)."),
        tr("size", "placeholder for a value in --help"), QStringLiteral("small"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), tr("synthetic: the seed; the same seed gives the same data."),
        tr("number", "placeholder for a value in --help"), QStringLiteral("1"));
    const QCommandLineOption projectOption(
        QStringLiteral("project"),
        tr("report: a project, by its code or number; may be given more than once."),
        tr("code", "placeholder for a value in --help"));
    const QCommandLineOption donorOption(QStringLiteral("donor"),
                                         tr("report: the donor, by its acronym, name or number."),
                                         tr("organisation", "placeholder for a value in --help"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("report: the first day of the period (YYYY-MM-DD)."),
                                        tr("date", "placeholder for a value in --help"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        tr("report: the last day of the period (YYYY-MM-DD). copy: the new file or the empty "
           "server database to copy into."),
        tr("date|place", "placeholder for a value in --help"));
    const QCommandLineOption paperOption(
        QStringLiteral("paper"), tr("report: paper size, a4 or letter."),
        tr("size", "placeholder for a value in --help"), QStringLiteral("a4"));
    const QCommandLineOption currencyOption(
        QStringLiteral("currency"), tr("report, list funding: the reporting currency, USD or CNY."),
        tr("code", "placeholder for a value in --help"), QStringLiteral("USD"));
    const QCommandLineOption byOption(
        QStringLiteral("by"), tr("list funding: the breakdown, year, country, sdg or theme."),
        tr("breakdown", "placeholder for a value in --help"), QStringLiteral("year"));
    const QCommandLineOption measureOption(
        QStringLiteral("measure"),
        tr("list funding: the amounts added up: budget, commitment, incoming_funds, "
           "disbursement, expenditure or pledge."),
        tr("measure", "placeholder for a value in --help"), QStringLiteral("budget"));
    const QCommandLineOption outputOption(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        tr("report: the PDF file to write."), tr("file", "placeholder for a value in --help"));
    parser.addOptions({databaseOption, formatOption, langOption, emptyOption, sizeOption,
                       seedOption, projectOption, donorOption, fromOption, toOption, paperOption,
                       currencyOption, byOption, measureOption, outputOption});
    parser.addPositionalArgument(tr("command", "placeholder for an argument in --help"),
                                 tr("init, list, copy, synthetic, report or check"));
    const QString subject = tr("subject", "placeholder for an argument in --help");
    parser.addPositionalArgument(subject, tr("list: projects, agreements or funding"),
                                 QStringLiteral("[%1]").arg(subject));

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    const QString path =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : PortfolioStore::defaultPath();
    QString locationError;
    const PortfolioLocation location = PortfolioLocation::parse(path, &locationError);
    if (!location.isValid())
        return fail(locationError);
    if (command == QLatin1String("init")) {
        if (positional.size() != 1)
            return fail(tr("init takes no further arguments."));
        // The user's own portfolio: its application data folder may not exist yet.
        if (!parser.isSet(databaseOption))
            QDir().mkpath(QFileInfo(path).absolutePath());
        return init(location, parser.isSet(emptyOption));
    }
    if (command == QLatin1String("list")) {
        if (positional.size() != 2)
            return fail(tr("Say what to list: projects, agreements or funding."));
        if (positional.at(1) == QLatin1String("funding")) {
            FundingArguments funding;
            funding.breakdown = parser.value(byOption);
            funding.measure = parser.value(measureOption);
            funding.currency = parser.value(currencyOption);
            funding.donor = parser.value(donorOption);
            funding.format = parser.value(formatOption);
            return listFunding(location, funding);
        }
        return list(location, positional.at(1), parser.value(formatOption));
    }
    if (command == QLatin1String("copy")) {
        if (positional.size() != 1)
            return fail(tr("copy takes no further arguments; name the destination with --to."));
        if (!parser.isSet(toOption))
            return fail(tr("Name where to copy the portfolio with --to: a new file, or an empty "
                           "database on a server (postgresql://…)."));
        const PortfolioLocation destination =
            PortfolioLocation::parse(parser.value(toOption), &locationError);
        if (!destination.isValid())
            return fail(locationError);
        return copy(location, destination);
    }
    if (command == QLatin1String("synthetic")) {
        if (positional.size() != 1)
            return fail(tr("synthetic takes no further arguments."));
        if (!parser.isSet(databaseOption))
            return fail(tr("Name the new file with --database: a synthetic portfolio never "
                           "goes into your own."));
        return synthetic(location, parser.value(sizeOption), parser.value(seedOption));
    }
    if (command == QLatin1String("report")) {
        if (positional.size() != 1)
            return fail(tr("report takes no further arguments."));
        ReportArguments report;
        report.projects = parser.values(projectOption);
        report.donor = parser.value(donorOption);
        report.from = parser.value(fromOption);
        report.to = parser.value(toOption);
        report.language = lang;
        report.paper = parser.value(paperOption);
        report.currency = parser.value(currencyOption);
        report.output = parser.value(outputOption);
        return this->report(location, report);
    }
    if (command == QLatin1String("check")) {
        if (positional.size() != 1)
            return fail(tr("check takes no further arguments."));
        return check(location, parser.value(formatOption));
    }
    if (command.isEmpty())
        return fail(tr("No command given. Run “sstc --help” to see the commands."));
    return fail(tr("Unknown command “%1”. Run “sstc --help” to see the commands.").arg(command));
}

int CommandLineTool::init(const PortfolioLocation &location, bool empty)
{
    try {
        auto store =
            PortfolioOpener::create(location, empty ? PortfolioOpener::NewFileContent::ReferenceOnly
                                                    : PortfolioOpener::NewFileContent::Sample);
        m_out << tr("Created the portfolio “%1” with %n project(s).", nullptr,
                    ProjectRepository(*store).count())
                     .arg(QDir::toNativeSeparators(store->path()))
              << '\n';
        return 0;
    } catch (const StoreError &error) {
        return fail(error.message());
    }
}

int CommandLineTool::copy(const PortfolioLocation &source, const PortfolioLocation &destination)
{
    try {
        const PortfolioCopyResult result = PortfolioCopy::copy(source, destination);
        m_out << tr("Copied the portfolio “%1” to “%2”: %n project(s), %3 rows in %4 tables, "
                    "data format %5.",
                    nullptr, int(result.projects))
                     .arg(QDir::toNativeSeparators(source.displayName()),
                          QDir::toNativeSeparators(result.destination))
                     .arg(result.rows)
                     .arg(result.tables)
                     .arg(result.schemaVersion)
              << '\n';
        return 0;
    } catch (const StoreError &error) {
        if (error.kind() == StoreError::Kind::AlreadyExists)
            return fail(tr("“%1” is not empty: a portfolio is copied only into a new file or a "
                           "database without tables. It was left unchanged.")
                            .arg(QDir::toNativeSeparators(destination.displayName())));
        return fail(error.message());
    }
}

int CommandLineTool::synthetic(const PortfolioLocation &location, const QString &sizeName,
                               const QString &seedText)
{
    const std::optional<SyntheticSize> size = SyntheticSize::named(sizeName);
    if (!size)
        return fail(tr("Unknown size “%1”: use small, medium or large.").arg(sizeName));
    bool seedIsNumber = false;
    const uint seed = seedText.toUInt(&seedIsNumber);
    if (!seedIsNumber)
        return fail(tr("The seed must be a whole number from 0 to 4294967295."));
    try {
        // Built whole before the file takes its name: a failed or stopped run leaves nothing.
        auto store = PortfolioOpener::create(
            location, PortfolioOpener::NewFileContent::ReferenceOnly,
            [&](PortfolioStore &building) { SyntheticPortfolio(seed, *size).fill(building); });
        m_out << tr("Created the synthetic portfolio “%1” with %n project(s).", nullptr,
                    ProjectRepository(*store).count())
                     .arg(QDir::toNativeSeparators(store->path()))
              << '\n';
        return 0;
    } catch (const StoreError &error) {
        return fail(error.message());
    }
}

int CommandLineTool::list(const PortfolioLocation &location, const QString &subject,
                          const QString &format)
{
    const std::optional<TableExporter::Format> outputFormat = tableFormatNamed(format);
    if (!outputFormat)
        return fail(tr("Unknown format “%1”: use table, csv or json.").arg(format));
    if (subject != QLatin1String("projects") && subject != QLatin1String("agreements"))
        return fail(tr("Cannot list “%1”: use projects, agreements or funding.").arg(subject));
    try {
        auto store = PortfolioOpener::openForReading(location);
        if (subject == QLatin1String("projects")) {
            // Every project by id, read in large pages, nothing read in the background.
            ProjectTableModel model;
            model.setLanguage(m_language);
            model.setFixedRows(store.get(), ProjectIdQuery(*store).ordered(
                                                ProjectSortKey::Id, Qt::AscendingOrder, m_language));
            m_out << TableExporter::write(model, *outputFormat);
        } else {
            AgreementTableModel model;
            model.setLanguage(m_language);
            model.setAgreements(AgreementRepository(*store).all(),
                                OrganisationRepository(*store).all());
            m_out << TableExporter::write(model, *outputFormat);
        }
        return 0;
    } catch (const StoreError &error) {
        return fail(error.message());
    }
}

// The figures the funding dashboard charts, from the same aggregation. What cannot be converted
// is said on the error output, as the dashboard lists it apart: never counted as zero.
int CommandLineTool::listFunding(const PortfolioLocation &location,
                                 const FundingArguments &arguments)
{
    const std::optional<TableExporter::Format> format = tableFormatNamed(arguments.format);
    if (!format)
        return fail(tr("Unknown format “%1”: use table, csv or json.").arg(arguments.format));
    const std::optional<FundingBreakdown> breakdown =
        valueOfCode(listedBreakdowns, arguments.breakdown);
    if (!breakdown)
        return fail(tr("Unknown breakdown “%1”: use year, country, sdg or theme.")
                        .arg(arguments.breakdown));
    const std::optional<FundingMeasure> measure =
        valueOfCode(fundingMeasureCodes, arguments.measure);
    if (!measure)
        return fail(tr("Unknown measure “%1”: use budget, commitment, incoming_funds, "
                       "disbursement, expenditure or pledge.")
                        .arg(arguments.measure));
    const QString currency = arguments.currency.toUpper();
    if (!reportingCurrencies().contains(currency))
        return fail(tr("Unknown reporting currency “%1”: use USD or CNY.").arg(arguments.currency));
    try {
        auto store = PortfolioOpener::openForReading(location);
        ProjectFilter filter;
        if (!arguments.donor.isEmpty()) {
            const qint64 donorId = organisationNamed(*store, arguments.donor);
            if (donorId == 0)
                return fail(tr("No organisation “%1” in the portfolio.").arg(arguments.donor));
            filter.donorIds = {donorId};
        }
        const FundingFigures figures =
            FundingAggregator(*store).figures(*breakdown, *measure, filter, currency);
        for (const UnconvertedAmount &amount : figures.unconverted)
            m_err << tr("Not converted to %1: %2 in %n funding line(s), which have no exchange "
                        "rate in force on their date, or no date.",
                        nullptr, amount.lines)
                         .arg(Formats::currencyName(currency, m_language),
                              Formats::money(Money{qRound64(amount.hundredths), amount.currency},
                                             m_language))
                  << '\n';
        const FundingFiguresTableModel model(*breakdown, figures, m_language);
        m_out << TableExporter::write(model, *format);
        return 0;
    } catch (const StoreError &error) {
        return fail(error.message());
    }
}

int CommandLineTool::report(const PortfolioLocation &location, const ReportArguments &arguments)
{
    if (arguments.projects.isEmpty() == arguments.donor.isEmpty())
        return fail(
            tr("Name either the projects (--project) or the donor (--donor) to report on."));
    const PartialDate from = PartialDate::fromIso(arguments.from);
    const PartialDate to = PartialDate::fromIso(arguments.to);
    if (from.isNull() || to.isNull())
        return fail(tr("Give the period with --from and --to as dates like 2019-01-31."));
    if (to.lastDay() < from.firstDay())
        return fail(
            tr("The period ends (%1) before it starts (%2).").arg(arguments.to, arguments.from));
    ReportRequest request;
    request.from = from.firstDay();
    request.to = to.lastDay();
    if (arguments.language == QLatin1String("both"))
        request.languages = ReportLanguages::Both;
    else if (arguments.language == QLatin1String("zh"))
        request.languages = ReportLanguages::Chinese;
    else if (arguments.language == QLatin1String("en"))
        request.languages = ReportLanguages::English;
    else
        return fail(tr("Say the report's language with --lang: en, zh or both."));
    QPageSize::PageSizeId paper = QPageSize::A4;
    if (arguments.paper.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        paper = QPageSize::Letter;
    else if (arguments.paper.compare(QLatin1String("a4"), Qt::CaseInsensitive) != 0)
        return fail(tr("Unknown paper size “%1”: use a4 or letter.").arg(arguments.paper));
    request.currency = arguments.currency.toUpper();
    if (!reportingCurrencies().contains(request.currency))
        return fail(tr("Unknown reporting currency “%1”: use USD or CNY.").arg(arguments.currency));
    if (arguments.output.isEmpty())
        return fail(tr("Name the PDF file to write with -o."));

    try {
        auto store = PortfolioOpener::openForReading(location);
        if (!arguments.donor.isEmpty()) {
            request.donorId = organisationNamed(*store, arguments.donor);
            if (request.donorId == 0)
                return fail(tr("No organisation “%1” in the portfolio.").arg(arguments.donor));
        }
        for (const QString &code : arguments.projects) {
            const qint64 id = projectNamed(*store, code);
            if (id == 0)
                return fail(tr("No project “%1” in the portfolio.").arg(code));
            request.projectIds << id;
        }
        const ReportDocument document = ReportBuilder(*store).build(request);
        const ReportRenderer renderer(document, paper);
        const QString error = renderer.savePdf(arguments.output);
        if (!error.isEmpty())
            return fail(error);
        m_out << tr("Wrote the report “%1”: %n page(s).", nullptr, renderer.pageCount())
                     .arg(QDir::toNativeSeparators(arguments.output))
              << '\n';
        return 0;
    } catch (const StoreError &error) {
        return fail(error.message());
    }
}

// Reads only: the file is opened read-only and never upgraded, so that looking at a damaged
// portfolio cannot make it worse.
int CommandLineTool::check(const PortfolioLocation &location, const QString &format)
{
    const bool json = format == QLatin1String("json");
    if (!json && format != QLatin1String("table"))
        return fail(tr("Unknown format “%1” for check: use table or json.").arg(format));
    const QString path = location.filePath();
    if (!location.isServer() && !QFileInfo::exists(path))
        return fail(tr("The portfolio “%1” does not exist.").arg(QDir::toNativeSeparators(path)));
    IntegrityReport report;
    try {
        report = location.isServer() ? PortfolioIntegrity::checkServer(location)
                                     : PortfolioIntegrity::checkFile(path);
    } catch (const StoreError &error) {
        return fail(error.message());
    }
    // A server's copies are made by its administrator (sstc copy, pg_dump), not kept beside it.
    const QStringList backups =
        location.isServer() ? QStringList() : PortfolioBackups::list(report.path);
    if (json) {
        QJsonArray problems;
        for (const IntegrityProblem &problem : std::as_const(report.problems)) {
            QJsonObject entry{{QStringLiteral("text"), PortfolioIntegrity::describe(problem)}};
            if (problem.kind == IntegrityProblem::Kind::ForeignKey) {
                entry.insert(QStringLiteral("kind"), QStringLiteral("foreignKey"));
                entry.insert(QStringLiteral("table"), problem.table);
                entry.insert(QStringLiteral("row"), problem.rowId);
                entry.insert(QStringLiteral("parent"), problem.parent);
            } else {
                entry.insert(QStringLiteral("kind"), QStringLiteral("storage"));
            }
            problems.append(entry);
        }
        const QJsonObject result{
            {QStringLiteral("path"), QDir::toNativeSeparators(report.path)},
            {QStringLiteral("sound"), report.isSound()},
            {QStringLiteral("message"), PortfolioIntegrity::verdict(report)},
            {QStringLiteral("schemaVersion"), report.schemaVersion},
            {QStringLiteral("projects"),
             report.projectCount < 0 ? QJsonValue() : QJsonValue(report.projectCount)},
            {QStringLiteral("problemCount"), report.problemCount},
            {QStringLiteral("problems"), problems},
            {QStringLiteral("backups"), QJsonArray::fromStringList(backups)}};
        m_out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return report.isSound() ? 0 : 1;
    }
    m_out << PortfolioIntegrity::verdict(report) << '\n';
    if (report.isSound())
        return 0;
    for (const QString &line : PortfolioIntegrity::problemLines(report))
        m_out << QStringLiteral("  - ") << line << '\n';
    if (location.isServer()) {
        m_out << tr("Ask the team's administrator to repair the database, or to restore a copy "
                    "(sstc copy, pg_dump) made before the problem.")
              << '\n';
        return 1;
    }
    m_out << tr("Stop working in this file, so that nothing more is lost, and turn to a backup "
                "copy.")
          << '\n';
    m_out << PortfolioIntegrity::backupsHeading(backups) << '\n';
    for (const QString &backup : backups)
        m_out << QStringLiteral("  ") << QDir::toNativeSeparators(backup) << '\n';
    return 1;
}

qint64 CommandLineTool::projectNamed(PortfolioStore &store, const QString &code)
{
    QSqlQuery query = store.run(QStringLiteral("SELECT id FROM projects WHERE code = ?"), {code});
    if (query.next())
        return query.value(0).toLongLong();
    // The sample's projects have no codes: their numbers do.
    bool isNumber = false;
    const qint64 id = code.toLongLong(&isNumber);
    return isNumber && ProjectRepository(store).find(id) ? id : 0;
}

qint64 CommandLineTool::organisationNamed(PortfolioStore &store, const QString &name)
{
    for (const Organisation &organisation : OrganisationRepository(store).all()) {
        if (organisation.acronym.compare(name, Qt::CaseInsensitive) == 0 ||
            organisation.name.en.compare(name, Qt::CaseInsensitive) == 0 ||
            organisation.name.zh == name || QString::number(organisation.id) == name)
            return organisation.id;
    }
    return 0;
}

int CommandLineTool::fail(const QString &message)
{
    // Messages may quote a file's text or a name: nothing in them runs on the terminal.
    m_err << TerminalText::printable(tr("sstc: %1").arg(message)) << '\n';
    return 1;
}

} // namespace sstc
