// IATI import: the reader and the importer over real files (the schema's own test cases, the
// annotated example) and made-up ones (1.0x, no xml:lang, every refusal).
#include "tests/support/TemporaryPortfolio.h"

#include "models/audit/AuditActor.h"
#include "models/audit/AuditLog.h"
#include "models/iati/IatiImporter.h"
#include "models/iati/IatiReader.h"
#include "models/query/ProjectFilter.h"
#include "models/repositories/FundingRepository.h"
#include "models/repositories/IndicatorRepository.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "models/repositories/ReferenceRepository.h"
#include "models/store/PortfolioChecksum.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

using namespace sstc;

namespace {

const QString dataFolder = QStringLiteral(SSTC_SOURCE_DIR "/tests/models/data/iati");

QStringList xmlFilesIn(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.xml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// The only project with that identifier; fails the test when there is not exactly one.
std::optional<Project> projectWithIdentifier(PortfolioStore &store, const QString &identifier)
{
    std::optional<Project> found;
    for (const Project &project : ProjectRepository(store).all()) {
        if (project.iatiIdentifier != identifier)
            continue;
        if (found)
            return std::nullopt;
        found = project;
    }
    return found;
}

QString organisationName(PortfolioStore &store, qint64 id)
{
    const std::optional<Organisation> organisation = OrganisationRepository(store).find(id);
    return organisation ? organisation->name.en : QString();
}

// The ids of the projects whose texts contain `text`, as the search finds them (three
// characters or more: through the full-text index).
QList<qint64> projectsFound(PortfolioStore &store, const QString &text)
{
    ProjectFilter filter;
    filter.text = text;
    const ProjectCondition condition = ProjectCondition::of(filter, store.dialect());
    QSqlQuery query = store.run(
        QStringLiteral("SELECT id FROM projects WHERE %1 ORDER BY id").arg(condition.sql),
        condition.values);
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

bool hasProblem(const IatiImportSummary &summary, IatiProblem::Grade grade, const QString &words)
{
    for (const IatiProblem &problem : summary.problems)
        if (problem.grade == grade && problem.message.contains(words))
            return true;
    return false;
}

} // namespace

class TestIatiImport : public QObject
{
    Q_OBJECT

private slots:
    void shouldPassFilesImportWithoutCriticalProblem_data();
    void shouldPassFilesImportWithoutCriticalProblem();
    void shouldFailFilesAreReportedWithoutCrash();
    void annotatedExample();
    void legacyVersion1Codes();
    void missingLanguageIsTheFilesOrEnglish();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();
    void reimportUpdatesInsteadOfDuplicating();
    void dryRunChangesNothing();
    void createdProjectIsAuditedOnceAndSearchable();
    void sameIdentifierInTwoFilesIsReported();

private:
    QString write(const QString &name, const QByteArray &content);
    IatiImportSummary import(PortfolioStore &store, const QStringList &files, bool dryRun = false)
    {
        return IatiImporter(store, AuditActor(QStringLiteral("test"))).run(files, dryRun);
    }

    QTemporaryDir m_dir;
};

QString TestIatiImport::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestIatiImport::shouldPassFilesImportWithoutCriticalProblem_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = xmlFilesIn(dataFolder + QStringLiteral("/should-pass"));
    QVERIFY(files.size() >= 50);
    for (const QString &path : files)
        QTest::newRow(qPrintable(path.mid(dataFolder.size() + 1))) << path;
}

void TestIatiImport::shouldPassFilesImportWithoutCriticalProblem()
{
    QFETCH(QString, path);
    TemporaryPortfolio portfolio(TemporaryPortfolio::Content::ReferenceOnly);
    const IatiImportSummary summary = import(portfolio.store(), {path});
    QVERIFY2(!summary.refused(), qPrintable(summary.refusals.join(QLatin1Char('\n'))));
    QVERIFY(summary.read >= 1);
    QCOMPARE(summary.count(IatiProblem::Grade::Critical), 0);
    QCOMPARE(summary.created, summary.read);
    QCOMPARE(ProjectRepository(portfolio.store()).count(), summary.read);
}

// Whatever the schema finds wrong in them, each is read to its end or refused whole, and
// the summary says so; none crashes the importer or leaves a half import.
void TestIatiImport::shouldFailFilesAreReportedWithoutCrash()
{
    const QStringList files = xmlFilesIn(dataFolder + QStringLiteral("/should-fail"));
    QVERIFY(files.size() >= 100);
    for (const QString &path : files) {
        TemporaryPortfolio portfolio(TemporaryPortfolio::Content::ReferenceOnly);
        const IatiImportSummary summary = import(portfolio.store(), {path});
        const int projects = ProjectRepository(portfolio.store()).count();
        if (summary.refused())
            QVERIFY2(projects == 0, qPrintable(path));
        else
            QVERIFY2(projects == summary.created && summary.read == summary.created + summary.skipped,
                     qPrintable(path));
    }
}

void TestIatiImport::annotatedExample()
{
    TemporaryPortfolio portfolio(TemporaryPortfolio::Content::ReferenceOnly);
    PortfolioStore &store = portfolio.store();
    const IatiImportSummary summary =
        import(store, {dataFolder + QStringLiteral("/activity-standard-example-annotated.xml")});
    QVERIFY(!summary.refused());
    QCOMPARE(summary.read, 1);
    QCOMPARE(summary.created, 1);
    QCOMPARE(summary.count(IatiProblem::Grade::Critical), 0);
    // What has no place is said, with its line.
    QVERIFY(hasProblem(summary, IatiProblem::Grade::Warning,
                       QStringLiteral("receiver organisations of planned disbursements")));
    QVERIFY(hasProblem(summary, IatiProblem::Grade::Warning, QStringLiteral("“fr” is kept")));
    for (const IatiProblem &problem : summary.problems) {
        QVERIFY(problem.line > 0);
        QCOMPARE(problem.activity, QStringLiteral("AA-AAA-123456789-ABC123"));
    }

    const std::optional<Project> project =
        projectWithIdentifier(store, QStringLiteral("AA-AAA-123456789-ABC123"));
    QVERIFY(project);
    QCOMPARE(project->title.en, QStringLiteral("Activity title"));
    QCOMPARE(project->title.zh, QString());
    QVERIFY(project->description.en.startsWith(QStringLiteral("General activity description")));
    const QList<KeptNarrative> kept = {
        {QStringLiteral("title"), QStringLiteral("fr"), QStringLiteral("Titre de l'activité")},
        {QStringLiteral("title"), QStringLiteral("es"), QStringLiteral("Título de la actividad")},
        {QStringLiteral("description"), QStringLiteral("fr"),
         QStringLiteral("Activité générale du texte de description. Longue description de "
                        "l'activité sans structure particulière.")},
    };
    QCOMPARE(project->keptNarratives, kept);
    QCOMPARE(project->status, std::optional<ProjectStatus>(ProjectStatus::Implementation));
    QCOMPARE(project->plannedStart.toIso(), QStringLiteral("2012-04-15"));
    QCOMPARE(project->actualStart.toIso(), QStringLiteral("2012-04-28"));
    QCOMPARE(project->plannedEnd.toIso(), QStringLiteral("2015-12-31"));
    QVERIFY(project->actualEnd.isNull());

    QCOMPARE(project->countries.size(), 2);
    QCOMPARE(project->countries.at(0).countryCode, QStringLiteral("AF"));
    QCOMPARE(project->countries.at(0).percentage, std::optional<double>(25));
    QCOMPARE(project->countries.at(1).countryCode, QStringLiteral("AG"));
    QCOMPARE(project->regions.size(), 1); // the vocabulary 99 region is reported, not kept
    QCOMPARE(project->regions.at(0).regionCode, QStringLiteral("489"));
    QCOMPARE(project->regions.at(0).percentage, std::optional<double>(25));
    QCOMPARE(ReferenceRepository(store).regions().value(0).name.en,
             QStringLiteral("South America, regional"));

    QCOMPARE(project->organisations.size(), 3);
    QCOMPARE(organisationName(store, project->organisations.at(0).organisationId),
             QStringLiteral("Name of Agency B"));
    QCOMPARE(project->organisations.at(0).role, OrganisationRole::Funding);
    QCOMPARE(project->organisations.at(1).role, OrganisationRole::Accountable);
    QCOMPARE(project->organisations.at(2).role, OrganisationRole::Extending);
    const std::optional<Organisation> agencyC =
        OrganisationRepository(store).find(project->organisations.at(1).organisationId);
    QCOMPARE(agencyC->type, OrganisationType::Government); // IATI type 10

    const QList<FundingLine> lines = FundingRepository(store).linesOfProject(project->id);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).kind, FundingKind::OriginalBudget);
    QCOMPARE(lines.at(0).amount, Money::units(3000, QStringLiteral("EUR")));
    QCOMPARE(lines.at(0).periodStart.toIso(), QStringLiteral("2014-01-01"));
    QCOMPARE(lines.at(0).periodEnd.toIso(), QStringLiteral("2014-12-31"));
    QCOMPARE(lines.at(0).valueDate.toIso(), QStringLiteral("2014-01-01"));
    QCOMPARE(lines.at(1).kind, FundingKind::IncomingFunds);
    QCOMPARE(lines.at(1).amount, Money::units(1000, QStringLiteral("EUR")));
    QCOMPARE(lines.at(1).valueDate.toIso(), QStringLiteral("2012-01-01"));
    QCOMPARE(lines.at(1).note.en, QStringLiteral("Transaction description text"));
    // The provider-org's ref is the funding organisation's: one organisation, not two.
    QCOMPARE(lines.at(1).providerOrganisationId, project->organisations.at(0).organisationId);
    QCOMPARE(OrganisationRepository(store).all().size(), 3);

    // Both planned disbursements, in their order; the first names Agency B, the funder.
    QCOMPARE(project->plannedDisbursements.size(), 2);
    const PlannedDisbursement &planned = project->plannedDisbursements.at(0);
    QVERIFY(!planned.revised);
    QCOMPARE(planned.periodStart.toIso(), QStringLiteral("2014-01-01"));
    QCOMPARE(planned.periodEnd.toIso(), QStringLiteral("2014-12-31"));
    QCOMPARE(planned.amount, Money::units(3000, QStringLiteral("EUR")));
    QCOMPARE(planned.valueDate.toIso(), QStringLiteral("2014-01-01"));
    QCOMPARE(planned.providerOrganisationId, project->organisations.at(0).organisationId);
    QCOMPARE(project->plannedDisbursements.at(1).providerOrganisationId, 0);
    // They are not funding lines: the budget and the transaction above are all there are.

    QCOMPARE(project->documentLinks.size(), 1);
    const DocumentLink &link = project->documentLinks.at(0);
    QCOMPARE(link.url, QStringLiteral("http:www.example.org/docs/report_en.odt"));
    QCOMPARE(link.title.en, QStringLiteral("Project Report 2013"));
    QCOMPARE(link.categoryCode, QStringLiteral("A01"));
    QCOMPARE(link.languageCode, QStringLiteral("en"));
    QCOMPARE(link.format, QStringLiteral("application/vnd.oasis.opendocument.text"));
    QCOMPARE(link.date.toIso(), QStringLiteral("2014-02-05"));

    const QList<Indicator> indicators = IndicatorRepository(store).ofProject(project->id);
    QCOMPARE(indicators.size(), 1);
    const Indicator &indicator = indicators.at(0);
    QCOMPARE(indicator.title.en, QStringLiteral("Indicator title"));
    QCOMPARE(indicator.measure, IndicatorMeasure::Unit);
    QCOMPARE(indicator.baseline, std::optional<double>(10));
    QCOMPARE(indicator.baselineYear, std::optional<int>(2012));
    QCOMPARE(indicator.periods.size(), 1);
    const IndicatorPeriod &period = indicator.periods.at(0);
    QCOMPARE(period.start.toIso(), QStringLiteral("2013-01-01"));
    QCOMPARE(period.end.toIso(), QStringLiteral("2013-03-31"));
    // dimension sex = female: the women's part.
    QCOMPARE(period.targetWomen, std::optional<double>(10));
    QCOMPARE(period.actualWomen, std::optional<double>(11));
    QVERIFY(!period.target && !period.actual);
    // The parent it names is not in the portfolio: no link.
    QCOMPARE(project->parentProjectId, 0);
}

void TestIatiImport::legacyVersion1Codes()
{
    const QString path = write(QStringLiteral("legacy.xml"), R"(<?xml version="1.0"?>
<iati-activities version="1.03">
 <iati-activity default-currency="XOF">
  <iati-identifier>XI-LEGACY-1</iati-identifier>
  <title>Legacy activity</title>
  <description>Written the 1.0x way.</description>
  <participating-org role="Funding" ref="XI-DONOR" type="10">Donor Ministry</participating-org>
  <participating-org role="Implementing">Implementer</participating-org>
  <activity-status code="2">Implementation</activity-status>
  <activity-date type="start-planned" iso-date="2011-02-01"/>
  <activity-date type="end-actual">2013-06-30</activity-date>
  <transaction><transaction-type code="C"/><value value-date="2011-03-01">500</value></transaction>
  <transaction><transaction-type code="D"/><value currency="XDR" value-date="2011-04-01">200.5</value></transaction>
  <transaction><transaction-type code="E"/><value value-date="2011-05-01">100</value></transaction>
  <transaction><transaction-type code="IF"/><value value-date="2011-01-15">800</value>
   <provider-org ref="XI-DONOR">Donor Ministry</provider-org></transaction>
  <transaction><transaction-type code="QP"/><value value-date="2011-06-01">1</value></transaction>
 </iati-activity>
</iati-activities>
)");
    TemporaryPortfolio portfolio(TemporaryPortfolio::Content::ReferenceOnly);
    PortfolioStore &store = portfolio.store();
    const IatiImportSummary summary = import(store, {path});
    QCOMPARE(summary.created, 1);
    const std::optional<Project> project = projectWithIdentifier(store, QStringLiteral("XI-LEGACY-1"));
    QVERIFY(project);
    QCOMPARE(project->title.en, QStringLiteral("Legacy activity"));
    QCOMPARE(project->description.en, QStringLiteral("Written the 1.0x way."));
    QCOMPARE(project->plannedStart.toIso(), QStringLiteral("2011-02-01"));
    QCOMPARE(project->actualEnd.toIso(), QStringLiteral("2013-06-30"));
    QCOMPARE(project->organisations.size(), 2);
    QCOMPARE(project->organisations.at(0).role, OrganisationRole::Funding);
    QCOMPARE(organisationName(store, project->organisations.at(0).organisationId),
             QStringLiteral("Donor Ministry"));
    QCOMPARE(project->organisations.at(1).role, OrganisationRole::Implementing);

    const QList<FundingLine> lines = FundingRepository(store).linesOfProject(project->id);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0).kind, FundingKind::Commitment);
    QCOMPARE(lines.at(0).amount, Money::units(500, QStringLiteral("XOF")));
    QCOMPARE(lines.at(1).kind, FundingKind::Disbursement);
    QCOMPARE(lines.at(1).amount, (Money{20050, QStringLiteral("XDR")}));
    QCOMPARE(lines.at(2).kind, FundingKind::Expenditure);
    QCOMPARE(lines.at(3).kind, FundingKind::IncomingFunds);
    QCOMPARE(lines.at(3).providerOrganisationId, project->organisations.at(0).organisationId);
    // QP (purchase of equity) has no funding kind: said, and dropped.
    QVERIFY(hasProblem(summary, IatiProblem::Grade::Error, QStringLiteral("type 8")));
}

void TestIatiImport::missingLanguageIsTheFilesOrEnglish()
{
    const QString path = write(QStringLiteral("languages.xml"), R"(<?xml version="1.0"?>
<iati-activities version="2.03">
 <iati-activity>
  <iati-identifier>XI-LANG-EN</iati-identifier>
  <title><narrative>No language given</narrative></title>
 </iati-activity>
 <iati-activity xml:lang="zh">
  <iati-identifier>XI-LANG-ZH</iati-identifier>
  <title><narrative>未标语言</narrative><narrative xml:lang="en">Given in English</narrative></title>
 </iati-activity>
 <iati-activity default-language="zh-Hans">
  <iati-identifier>XI-LANG-DEFAULT</iati-identifier>
  <title><narrative>默认语言</narrative></title>
 </iati-activity>
</iati-activities>
)");
    TemporaryPortfolio portfolio(TemporaryPortfolio::Content::ReferenceOnly);
    QCOMPARE(import(portfolio.store(), {path}).created, 3);
    const auto english = projectWithIdentifier(portfolio.store(), QStringLiteral("XI-LANG-EN"));
    QCOMPARE(english->title.en, QStringLiteral("No language given"));
    QCOMPARE(english->title.zh, QString());
    const auto chinese = projectWithIdentifier(portfolio.store(), QStringLiteral("XI-LANG-ZH"));
    QCOMPARE(chinese->title.zh, QStringLiteral("未标语言"));
    QCOMPARE(chinese->title.en, QStringLiteral("Given in English"));
    const auto byDefault =
        projectWithIdentifier(portfolio.store(), QStringLiteral("XI-LANG-DEFAULT"));
    QCOMPARE(byDefault->title.zh, QStringLiteral("默认语言"));
}

void TestIatiImport::refusalsChangeNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("words");
    QFile example(dataFolder + QStringLiteral("/activity-standard-example-annotated.xml"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    const QByteArray whole = example.readAll();
    const QByteArray activity =
        R"(<iati-activity><iati-identifier>XI-OK-1</iati-identifier>)"
        R"(<title><narrative>Fine</narrative></title></iati-activity>)";

    QTest::newRow("not XML") << QByteArray("code,title\n1,Not XML at all\n")
                             << QStringLiteral("not an XML file");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not an XML file");
    QTest::newRow("truncated") << whole.left(whole.size() / 2) << QStringLiteral("truncated");
    // A complete activity first: it is written, then rolled back with the rest.
    QTest::newRow("truncated after an activity")
        << QByteArray("<iati-activities version=\"2.03\">") + activity + "<iati-activity><iati"
        << QStringLiteral("truncated");
    QTest::newRow("broken after an activity")
        << QByteArray("<iati-activities version=\"2.03\">") + activity + "<a></b></iati-activities>"
        << QStringLiteral("not well-formed");
    QTest::newRow("wrong root") << QByteArray("<?xml version=\"1.0\"?><projects><project/></projects>")
                                << QStringLiteral("<projects>");
    QTest::newRow("organisation file")
        << QByteArray("<iati-organisations version=\"2.03\"><iati-organisation/></iati-organisations>")
        << QStringLiteral("organisation file");
    QTest::newRow("billion laughs")
        << QByteArray(R"(<?xml version="1.0"?>
<!DOCTYPE iati-activities [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<iati-activities version="2.03"><iati-activity><iati-identifier>XI-LOL</iati-identifier>
<title><narrative>&lol9;</narrative></title></iati-activity></iati-activities>
)") << QStringLiteral("DTD");
    QTest::newRow("external entity")
        << QByteArray(R"(<?xml version="1.0"?>
<!DOCTYPE iati-activities [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<iati-activities version="2.03"><iati-activity><iati-identifier>XI-XXE</iati-identifier>
<title><narrative>&secret;</narrative></title></iati-activity></iati-activities>
)") << QStringLiteral("DTD");
    QTest::newRow("undeclared entity")
        << QByteArray("<iati-activities version=\"2.03\">") + activity +
               "<iati-activity><iati-identifier>&secret;</iati-identifier></iati-activity>"
               "</iati-activities>"
        << QStringLiteral("“");
}

// Each refusal leaves the portfolio as it was, to the byte, even when a second, good file
// was imported in the same run.
void TestIatiImport::refusalsChangeNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, words);
    const QString bad = write(QStringLiteral("refused.xml"), content);
    const QString good = dataFolder + QStringLiteral("/activity-standard-example-annotated.xml");
    TemporaryPortfolio portfolio(TemporaryPortfolio::Content::Sample);
    const QByteArray contentBefore = PortfolioChecksum::of(portfolio.store());
    const QByteArray fileBefore = fileHash(portfolio.path());

    const IatiImportSummary summary = import(portfolio.store(), {good, bad});
    QVERIFY(summary.refused());
    QCOMPARE(summary.refusals.size(), 1);
    QVERIFY2(summary.refusals.first().contains(words), qPrintable(summary.refusals.first()));
    QCOMPARE(summary.created, 0);
    QCOMPARE(PortfolioChecksum::of(portfolio.store()), contentBefore);
    QCOMPARE(fileHash(portfolio.path()), fileBefore);
    QVERIFY(!projectWithIdentifier(portfolio.store(), QStringLiteral("XI-LOL")));
}

void TestIatiImport::reimportUpdatesInsteadOfDuplicating()
{
    const QString example = dataFolder + QStringLiteral("/activity-standard-example-annotated.xml");
    TemporaryPortfolio portfolio(TemporaryPortfolio::Content::ReferenceOnly);
    PortfolioStore &store = portfolio.store();
    QCOMPARE(import(store, {example}).created, 1);
    const QByteArray once = PortfolioChecksum::of(store);

    const IatiImportSummary again = import(store, {example});
    QCOMPARE(again.created, 0);
    QCOMPARE(again.updated, 1);
    QCOMPARE(again.organisationsCreated, 0);
    QCOMPARE(ProjectRepository(store).count(), 1);
    QCOMPARE(OrganisationRepository(store).all().size(), 3);
    // The same data again changes nothing at all: no line or indicator is replaced.
    QCOMPARE(PortfolioChecksum::of(store), once);

    // A changed title updates the project it created.
    QFile file(example);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray changed = file.readAll();
    changed.replace("<narrative>Activity title</narrative>", "<narrative>New title</narrative>");
    const IatiImportSummary updated = import(store, {write(QStringLiteral("changed.xml"), changed)});
    QCOMPARE(updated.updated, 1);
    QCOMPARE(ProjectRepository(store).count(), 1);
    QCOMPARE(projectWithIdentifier(store, QStringLiteral("AA-AAA-123456789-ABC123"))->title.en,
             QStringLiteral("New title"));
}

void TestIatiImport::dryRunChangesNothing()
{
    TemporaryPortfolio portfolio(TemporaryPortfolio::Content::Sample);
    const QByteArray before = fileHash(portfolio.path());
    const IatiImportSummary summary = import(
        portfolio.store(), {dataFolder + QStringLiteral("/activity-standard-example-annotated.xml")},
        true);
    QCOMPARE(summary.created, 1);
    QCOMPARE(summary.organisationsCreated, 3);
    QCOMPARE(fileHash(portfolio.path()), before);
    QVERIFY(!projectWithIdentifier(portfolio.store(), QStringLiteral("AA-AAA-123456789-ABC123")));
}

// A created project has one audit entry (its data is the record of what was read), and the
// search finds it and the projects made after the import (the text index caught up at the
// end and its trigger is back); a dry run leaves the index as it was.
void TestIatiImport::createdProjectIsAuditedOnceAndSearchable()
{
    const QString example = dataFolder + QStringLiteral("/activity-standard-example-annotated.xml");
    TemporaryPortfolio portfolio(TemporaryPortfolio::Content::ReferenceOnly);
    PortfolioStore &store = portfolio.store();
    QCOMPARE(import(store, {example}, true).created, 1);
    QVERIFY(projectsFound(store, QStringLiteral("Activity title")).isEmpty());

    const IatiImportSummary summary = import(store, {example});
    QCOMPARE(summary.created, 1);
    const qint64 id = summary.activities.value(0).projectId;
    QVERIFY(id != 0);
    const QList<AuditEntry> history = AuditLog(store).ofProject(id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().entity, QStringLiteral("project"));
    QCOMPARE(history.first().action, QStringLiteral("create"));
    QCOMPARE(history.first().field, QStringLiteral("iati_identifier"));
    QCOMPARE(history.first().newValue, QStringLiteral("AA-AAA-123456789-ABC123"));
    QCOMPARE(history.first().label.en, QStringLiteral("Activity title"));
    QCOMPARE(projectsFound(store, QStringLiteral("Activity title")), QList<qint64>{id});

    Project later;
    later.title.en = QStringLiteral("Made after the import");
    const qint64 laterId = ProjectRepository(store).insert(later);
    QCOMPARE(projectsFound(store, QStringLiteral("after the import")), QList<qint64>{laterId});
    QCOMPARE(projectsFound(store, QStringLiteral("Activity title")), QList<qint64>{id});
}

void TestIatiImport::sameIdentifierInTwoFilesIsReported()
{
    const QByteArray content = R"(<iati-activities version="2.03"><iati-activity>
<iati-identifier>XI-TWICE</iati-identifier><title><narrative>%1</narrative></title>
</iati-activity></iati-activities>)";
    const QString first = write(QStringLiteral("first.xml"), QByteArray(content).replace("%1", "First"));
    const QString second =
        write(QStringLiteral("second.xml"), QByteArray(content).replace("%1", "Second"));
    TemporaryPortfolio portfolio(TemporaryPortfolio::Content::ReferenceOnly);
    const IatiImportSummary summary = import(portfolio.store(), {first, second});
    QCOMPARE(summary.read, 2);
    QCOMPARE(summary.created, 1);
    QCOMPARE(summary.skipped, 1);
    QVERIFY(hasProblem(summary, IatiProblem::Grade::Critical, QStringLiteral("first.xml")));
    QCOMPARE(projectWithIdentifier(portfolio.store(), QStringLiteral("XI-TWICE"))->title.en,
             QStringLiteral("First"));
}

QTEST_GUILESS_MAIN(TestIatiImport)
#include "tst_iatiimport.moc"
