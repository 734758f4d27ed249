#include "CommandLineTool.h"

#include "TranslationLoader.h"
#include "export/TableExporter.h"
#include "itemmodels/AgreementTableModel.h"
#include "itemmodels/ProjectTableModel.h"
#include "repositories/AgreementRepository.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/ProjectRepository.h"
#include "sample/PortfolioOpener.h"
#include "synthetic/SyntheticPortfolio.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

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
} // namespace

int CommandLineTool::run(const QStringList &arguments)
{
    TranslationLoader translations;
    const QString lang = languageArgument(arguments);
    if (!lang.isEmpty() && lang != QLatin1String("en") && lang != QLatin1String("zh"))
        return fail(tr("Unknown language “%1”: use en or zh.").arg(lang));
    m_language = lang.isEmpty() ? TranslationLoader::systemLanguage() : languageFromCode(lang);
    translations.apply(m_language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("SSTC Desk command-line tool: batch work on portfolio files.\n\n"
           "Commands:\n"
           "  init                   create a portfolio file holding the sample portfolio\n"
           "  list projects          list the projects of a portfolio\n"
           "  list agreements        list the agreements of a portfolio\n"
           "  synthetic              create a synthetic portfolio for measuring speed"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            tr("The portfolio file (default: your own portfolio)."),
                                            QStringLiteral("file"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Output format: table, csv or json."),
                                          QStringLiteral("format"), QStringLiteral("table"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        tr("Language of texts and messages: en or zh."),
                                        QStringLiteral("language"));
    const QCommandLineOption emptyOption(
        QStringLiteral("empty"), tr("init: create an empty portfolio, without the sample."));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        tr("synthetic: small, medium or large (100,000 projects)."),
                                        QStringLiteral("size"), QStringLiteral("small"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), tr("synthetic: the seed; the same seed gives the same data."),
        QStringLiteral("number"), QStringLiteral("1"));
    parser.addOptions(
        {databaseOption, formatOption, langOption, emptyOption, sizeOption, seedOption});
    parser.addPositionalArgument(QStringLiteral("command"), tr("init, list or synthetic"));
    parser.addPositionalArgument(QStringLiteral("subject"), tr("list: projects or agreements"),
                                 QStringLiteral("[subject]"));

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
    if (command == QLatin1String("init")) {
        if (positional.size() != 1)
            return fail(tr("init takes no further arguments."));
        // The user's own portfolio: its application data folder may not exist yet.
        if (!parser.isSet(databaseOption))
            QDir().mkpath(QFileInfo(path).absolutePath());
        return init(path, parser.isSet(emptyOption));
    }
    if (command == QLatin1String("list")) {
        if (positional.size() != 2)
            return fail(tr("Say what to list: projects or agreements."));
        return list(path, positional.at(1), parser.value(formatOption));
    }
    if (command == QLatin1String("synthetic")) {
        if (positional.size() != 1)
            return fail(tr("synthetic takes no further arguments."));
        if (!parser.isSet(databaseOption))
            return fail(tr("Name the new file with --database: a synthetic portfolio never "
                           "goes into your own."));
        return synthetic(path, parser.value(sizeOption), parser.value(seedOption));
    }
    if (command.isEmpty())
        return fail(tr("No command given. Run “sstc --help” to see the commands."));
    return fail(tr("Unknown command “%1”. Run “sstc --help” to see the commands.").arg(command));
}

int CommandLineTool::init(const QString &path, bool empty)
{
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0)
        return fail(
            tr("“%1” already exists; it was left unchanged.").arg(QDir::toNativeSeparators(path)));
    try {
        auto store =
            PortfolioOpener::open(path, empty ? PortfolioOpener::NewFileContent::ReferenceOnly
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

int CommandLineTool::synthetic(const QString &path, const QString &sizeName,
                               const QString &seedText)
{
    const std::optional<SyntheticSize> size = SyntheticSize::named(sizeName);
    if (!size)
        return fail(tr("Unknown size “%1”: use small, medium or large.").arg(sizeName));
    bool seedIsNumber = false;
    const uint seed = seedText.toUInt(&seedIsNumber);
    if (!seedIsNumber)
        return fail(tr("The seed must be a whole number from 0 to 4294967295."));
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0)
        return fail(
            tr("“%1” already exists; it was left unchanged.").arg(QDir::toNativeSeparators(path)));
    try {
        auto store = PortfolioOpener::open(path, PortfolioOpener::NewFileContent::ReferenceOnly);
        try {
            SyntheticPortfolio(seed, *size).fill(*store);
        } catch (const StoreError &) {
            store.reset();
            QFile::remove(path);
            throw;
        }
        m_out << tr("Created the synthetic portfolio “%1” with %n project(s).", nullptr,
                    ProjectRepository(*store).count())
                     .arg(QDir::toNativeSeparators(store->path()))
              << '\n';
        return 0;
    } catch (const StoreError &error) {
        return fail(error.message());
    }
}

int CommandLineTool::list(const QString &path, const QString &subject, const QString &format)
{
    TableExporter::Format outputFormat = TableExporter::Format::Table;
    if (format == QLatin1String("csv"))
        outputFormat = TableExporter::Format::Csv;
    else if (format == QLatin1String("json"))
        outputFormat = TableExporter::Format::Json;
    else if (format != QLatin1String("table"))
        return fail(tr("Unknown format “%1”: use table, csv or json.").arg(format));
    if (subject != QLatin1String("projects") && subject != QLatin1String("agreements"))
        return fail(tr("Cannot list “%1”: use projects or agreements.").arg(subject));
    if (!QFileInfo::exists(path))
        return fail(tr("The portfolio “%1” does not exist.").arg(QDir::toNativeSeparators(path)));

    try {
        auto store = PortfolioOpener::open(path, PortfolioOpener::NewFileContent::ReferenceOnly);
        if (subject == QLatin1String("projects")) {
            ProjectTableModel model;
            model.setLanguage(m_language);
            model.setStore(store.get());
            m_out << TableExporter::write(model, outputFormat);
        } else {
            AgreementTableModel model;
            model.setLanguage(m_language);
            model.setAgreements(AgreementRepository(*store).all(),
                                OrganisationRepository(*store).all());
            m_out << TableExporter::write(model, outputFormat);
        }
        return 0;
    } catch (const StoreError &error) {
        return fail(error.message());
    }
}

int CommandLineTool::fail(const QString &message)
{
    m_err << tr("sstc: %1").arg(message) << '\n';
    return 1;
}

} // namespace sstc
