// IATI export: the sample portfolio's file is valid against the 2.03 schema (xmllint), equal
// to its golden file, and comes back the same through an import into an empty portfolio.
#include "tests/support/ExternalTools.h"
#include "tests/support/TemporaryPortfolio.h"

#include "models/audit/AuditActor.h"
#include "models/audit/AuditLog.h"
#include "models/iati/IatiExporter.h"
#include "models/iati/IatiImporter.h"
#include "models/repositories/FundingRepository.h"
#include "models/repositories/IndicatorRepository.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/repositories/ProjectRepository.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QtTest>

using namespace sstc;

namespace {

const QString schema = QStringLiteral(SSTC_SOURCE_DIR "/resources/iati/iati-activities-schema.xsd");
const QString golden = QStringLiteral(SSTC_SOURCE_DIR "/tests/models/golden/iati-sample.xml");

IatiExportResult exportTo(PortfolioStore &store, QByteArray &xml,
                          const IatiExportOptions &options = {})
{
    QBuffer buffer(&xml);
    buffer.open(QIODevice::WriteOnly);
    return IatiExporter(store, AuditActor(QStringLiteral("test"))).write(buffer, options);
}

// xmllint's exit code for the file against the 2.03 schema: 0 when valid.
int schemaCheck(const QByteArray &xml)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.xml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    file.write(xml);
    file.close();
    int exitCode = -1;
    testsupport::runTool(QStringLiteral("xmllint"),
                         {QStringLiteral("--noout"), QStringLiteral("--schema"), schema, path},
                         &exitCode);
    return exitCode;
}

QString orgText(const QHash<qint64, Organisation> &organisations, qint64 id)
{
    if (id == 0)
        return QStringLiteral("-");
    const Organisation organisation = organisations.value(id);
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(organisation.acronym, organisation.name.en, organisation.name.zh,
             codeOf(organisationTypeCodes, organisation.type), organisation.countryCode);
}

QString optionalText(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 15) : QStringLiteral("-");
}

// A project with everything it refers to written out as lines of text, organisations by their
// fields rather than their ids, so that two portfolios can be compared field by field.
QStringList describe(PortfolioStore &store, const Project &project)
{
    QHash<qint64, Organisation> organisations;
    for (const Organisation &organisation : OrganisationRepository(store).all())
        organisations.insert(organisation.id, organisation);
    QStringList lines;
    lines << QStringLiteral("code=") + project.code
          << QStringLiteral("title=") + project.title.en + QLatin1Char('|') + project.title.zh
          << QStringLiteral("description=") + project.description.en + QLatin1Char('|') +
                 project.description.zh
          << QStringLiteral("status=%1").arg(project.status ? int(*project.status) : 0)
          << QStringLiteral("dates=%1 %2 %3 %4")
                 .arg(project.plannedStart.toIso(), project.plannedEnd.toIso(),
                      project.actualStart.toIso(), project.actualEnd.toIso());
    for (const ParticipatingOrganisation &participant : project.organisations)
        lines << QStringLiteral("organisation=%1 as %2")
                     .arg(orgText(organisations, participant.organisationId))
                     .arg(int(participant.role));
    for (const RecipientCountry &country : project.countries)
        lines << QStringLiteral("country=%1 %2").arg(country.countryCode,
                                                     optionalText(country.percentage));
    for (const RecipientRegion &region : project.regions)
        lines << QStringLiteral("region=%1 %2").arg(region.regionCode,
                                                    optionalText(region.percentage));
    for (int goal : project.sdgGoals)
        lines << QStringLiteral("sdg=%1").arg(goal);
    for (const FundingLine &line : FundingRepository(store).linesOfProject(project.id))
        lines << QStringLiteral("funding=%1 %2 %3 value %4 period %5–%6 from %7 note %8|%9")
                     .arg(codeOf(fundingKindCodes, line.kind))
                     .arg(line.amount.hundredths)
                     .arg(line.amount.currency, line.valueDate.toIso(), line.periodStart.toIso(),
                          line.periodEnd.toIso(),
                          orgText(organisations, line.providerOrganisationId), line.note.en,
                          line.note.zh);
    for (const Indicator &indicator : IndicatorRepository(store).ofProject(project.id)) {
        lines << QStringLiteral("indicator=%1|%2 unit %3|%4 measure %5 baseline %6 in %7")
                     .arg(indicator.title.en, indicator.title.zh, indicator.unit.en,
                          indicator.unit.zh)
                     .arg(int(indicator.measure))
                     .arg(optionalText(indicator.baseline))
                     .arg(indicator.baselineYear ? *indicator.baselineYear : 0);
        for (const IndicatorPeriod &period : indicator.periods)
            lines << QStringLiteral("  period %1–%2 target %3 (%4 women, %5 men) actual %6%7 "
                                    "(%8 women, %9 men)")
                         .arg(period.start.toIso(), period.end.toIso(),
                              optionalText(period.target), optionalText(period.targetWomen),
                              optionalText(period.targetMen), optionalText(period.actual),
                              period.actualIsMinimum ? QStringLiteral("+") : QString(),
                              optionalText(period.actualWomen), optionalText(period.actualMen));
    }
    return lines;
}

} // namespace

class TestIatiExport : public QObject
{
    Q_OBJECT

private slots:
    void sampleValidatesAgainstTheSchema();
    void sampleMatchesGoldenFile();
    void identifiersAreGivenOnceAndKept();
    void projectsIatiCannotTakeAreReported();
    void chosenProjectsAndReportingOrganisation();
    void everyReportingOrganisationGivesAValidFile();
    void roundTripGivesTheSamePortfolio();
};

void TestIatiExport::sampleValidatesAgainstTheSchema()
{
    QVERIFY2(testsupport::haveTool(QStringLiteral("xmllint")),
             "xmllint is missing: scripts/install-deps.sh test installs libxml2-utils");
    TemporaryPortfolio portfolio;
    QByteArray xml;
    QCOMPARE(exportTo(portfolio.store(), xml).written, 7);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(xml);
    file.close();
    int exitCode = -1;
    testsupport::runTool(QStringLiteral("xmllint"),
                         {QStringLiteral("--noout"), QStringLiteral("--schema"), schema, path},
                         &exitCode);
    QCOMPARE(exitCode, 0);

    // The check can fail: an element out of the schema's order is refused.
    QByteArray wrongOrder = xml;
    wrongOrder.replace("<activity-status code=\"4\"/>", "");
    wrongOrder.replace("</title>", "</title>\n  <activity-status code=\"4\"/>");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(wrongOrder);
    file.close();
    testsupport::runTool(QStringLiteral("xmllint"),
                         {QStringLiteral("--noout"), QStringLiteral("--schema"), schema, path},
                         &exitCode);
    QVERIFY(exitCode != 0);
}

void TestIatiExport::sampleMatchesGoldenFile()
{
    TemporaryPortfolio portfolio;
    QByteArray xml;
    exportTo(portfolio.store(), xml);
    testsupport::updateGoldenIfAsked(golden, xml);
    QFile file(golden);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(xml), QString::fromUtf8(file.readAll()));
}

void TestIatiExport::identifiersAreGivenOnceAndKept()
{
    TemporaryPortfolio portfolio;
    const auto auditEntries = [&] {
        QSqlQuery query = portfolio.store().run(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        return query.next() ? query.value(0).toInt() : -1;
    };
    const int entriesBefore = auditEntries();
    const std::optional<Project> unchanged = ProjectRepository(portfolio.store()).find(1);
    QByteArray first;
    const IatiExportResult result = exportTo(portfolio.store(), first);
    QCOMPARE(result.identifiersGiven.size(), 7);
    QCOMPARE(result.identifiersGiven.first().second, QStringLiteral("XM-DAC-41302-SSTC-1"));
    const std::optional<Project> kept =
        ProjectRepository(portfolio.store()).find(result.identifiersGiven.first().first);
    QCOMPARE(kept->iatiIdentifier, QStringLiteral("XM-DAC-41302-SSTC-1"));
    // Only the identifier changed, audited as one entry per project.
    QVERIFY(unchanged && kept->id == unchanged->id);
    QCOMPARE(kept->title, unchanged->title);
    QCOMPARE(kept->organisations.size(), unchanged->organisations.size());
    QCOMPARE(kept->countries.size(), unchanged->countries.size());
    QCOMPARE(kept->sdgGoals, unchanged->sdgGoals);
    QCOMPARE(auditEntries(), entriesBefore + 7);
    const QList<AuditEntry> history = AuditLog(portfolio.store()).ofProject(kept->id);
    QCOMPARE(history.first().action, QStringLiteral("update"));
    QCOMPARE(history.first().field, QStringLiteral("iati_identifier"));
    QCOMPARE(history.first().oldValue, QString());
    QCOMPARE(history.first().newValue, QStringLiteral("XM-DAC-41302-SSTC-1"));
    QCOMPARE(history.first().label, kept->title);

    QByteArray second;
    QVERIFY(exportTo(portfolio.store(), second).identifiersGiven.isEmpty());
    QCOMPARE(second, first);
}

void TestIatiExport::projectsIatiCannotTakeAreReported()
{
    TemporaryPortfolio portfolio;
    QByteArray xml;
    const IatiExportResult result = exportTo(portfolio.store(), xml);
    // The Lao PDR and Kenya project: the sources give it no dates, and IATI needs one.
    QCOMPARE(result.problems.size(), 1);
    QVERIFY(result.problems.first().message.contains(QStringLiteral("no start or end date")));
    QVERIFY(!xml.contains("Lao PDR and Kenya"));
    QVERIFY(ProjectRepository(portfolio.store()).find(result.problems.first().projectId)
                ->iatiIdentifier.isEmpty());
}

void TestIatiExport::chosenProjectsAndReportingOrganisation()
{
    TemporaryPortfolio portfolio;
    IatiExportOptions options;
    options.projectIds = {3};
    options.reportingOrgRef = QStringLiteral("CN-MOHRSS");
    QByteArray xml;
    QCOMPARE(exportTo(portfolio.store(), xml, options).written, 1);
    QCOMPARE(xml.count("<iati-activity "), 1);
    QVERIFY(xml.contains("<iati-identifier>CN-MOHRSS-SSTC-3</iati-identifier>"));
    // A ref the portfolio does not know: IATI requires a type, so it goes out as "Other".
    QVERIFY(xml.contains("<reporting-org ref=\"CN-MOHRSS\" type=\"90\">"));
    SSTC_REQUIRE_TOOL("xmllint", "libxml2-utils");
    QCOMPARE(schemaCheck(xml), 0);
}

// Whatever reporting organisation is given, the file is one the schema accepts.
void TestIatiExport::everyReportingOrganisationGivesAValidFile()
{
    SSTC_REQUIRE_TOOL("xmllint", "libxml2-utils");
    TemporaryPortfolio portfolio;
    for (const QString &ref : {QStringLiteral("XM-DAC-41302"), QStringLiteral("XX-UNKNOWN")}) {
        IatiExportOptions options;
        options.reportingOrgRef = ref;
        QByteArray xml;
        QVERIFY(exportTo(portfolio.store(), xml, options).written > 0);
        QVERIFY2(schemaCheck(xml) == 0, qPrintable(ref));
    }
}

void TestIatiExport::roundTripGivesTheSamePortfolio()
{
    TemporaryPortfolio sample;
    QByteArray xml;
    const IatiExportResult exported = exportTo(sample.store(), xml);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(xml);
    file.close();

    TemporaryPortfolio empty(TemporaryPortfolio::Content::ReferenceOnly,
                             QStringLiteral("empty.sstc"));
    const IatiImportSummary summary =
        IatiImporter(empty.store(), AuditActor(QStringLiteral("test"))).run({path}, false);
    QCOMPARE(summary.created, exported.written);
    QCOMPARE(summary.problems.size(), 0);

    int compared = 0;
    for (const Project &original : ProjectRepository(sample.store()).all()) {
        if (original.iatiIdentifier.isEmpty())
            continue; // not exported (reported above)
        std::optional<Project> back;
        for (const Project &project : ProjectRepository(empty.store()).all())
            if (project.iatiIdentifier == original.iatiIdentifier)
                back = project;
        QVERIFY2(back, qPrintable(original.iatiIdentifier));
        QCOMPARE(describe(empty.store(), *back), describe(sample.store(), original));
        // The parent link comes back to the same project.
        if (original.parentProjectId) {
            const auto parent = ProjectRepository(empty.store()).find(back->parentProjectId);
            QVERIFY(parent);
            QCOMPARE(parent->iatiIdentifier,
                     ProjectRepository(sample.store()).find(original.parentProjectId)->iatiIdentifier);
        }
        ++compared;
    }
    QCOMPARE(compared, 7);
}

QTEST_GUILESS_MAIN(TestIatiExport)
#include "tst_iatiexport.moc"
