// IATI round trip: a portfolio exported and imported into an empty one gives back the same
// projects, organisations, countries, SDGs, funding lines, planned disbursements and
// indicators, compared field by field (organisations by their fields, not their ids), for the
// sample portfolio and a small synthetic one.
#include "tests/support/ExternalTools.h"
#include "tests/support/TemporaryPortfolio.h"

#include "models/audit/AuditActor.h"
#include "models/changes/ProjectChanges.h"
#include "models/iati/IatiExporter.h"
#include "models/iati/IatiImporter.h"
#include "models/iati/IatiOrganisationMatcher.h"
#include "models/repositories/FundingRepository.h"
#include "models/repositories/IndicatorRepository.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/repositories/ProjectRecord.h"
#include "models/repositories/ProjectRepository.h"
#include "models/synthetic/SyntheticPortfolio.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sstc;

namespace {

QString optionalText(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 15) : QStringLiteral("-");
}

// One portfolio's organisations and projects as text, every reference replaced by what it
// refers to, so that two portfolios can be compared whatever ids they gave.
class PortfolioText
{
public:
    explicit PortfolioText(PortfolioStore &store)
        : m_store(store)
    {
        for (const Organisation &organisation : OrganisationRepository(store).all())
            m_organisations.insert(organisation.id, organisation);
        m_refs = IatiOrganisationMatcher::refs(store);
        for (const Project &project : ProjectRepository(store).all())
            m_identifiers.insert(project.id, project.iatiIdentifier);
    }

    QString organisation(qint64 id) const
    {
        if (id == 0)
            return QStringLiteral("-");
        const Organisation organisation = m_organisations.value(id);
        return QStringLiteral("%1|%2|%3|%4|%5|ref %6")
            .arg(organisation.acronym, organisation.name.en, organisation.name.zh,
                 codeOf(organisationTypeCodes, organisation.type), organisation.countryCode,
                 m_refs.value(id));
    }

    QStringList project(const Project &project) const
    {
        QStringList lines;
        lines << QStringLiteral("iati-identifier=") + project.iatiIdentifier
              << QStringLiteral("code=") + project.code
              << QStringLiteral("title=%1|%2").arg(project.title.en, project.title.zh)
              << QStringLiteral("description=%1|%2")
                     .arg(project.description.en, project.description.zh)
              << QStringLiteral("status=%1").arg(project.status ? int(*project.status) : 0)
              << QStringLiteral("dates=%1 %2 %3 %4")
                     .arg(project.plannedStart.toIso(), project.plannedEnd.toIso(),
                          project.actualStart.toIso(), project.actualEnd.toIso())
              << QStringLiteral("parent=") + m_identifiers.value(project.parentProjectId);
        for (const ParticipatingOrganisation &participant : project.organisations)
            lines << QStringLiteral("organisation=%1 as %2")
                         .arg(organisation(participant.organisationId))
                         .arg(int(participant.role));
        for (const RecipientCountry &country : project.countries)
            lines << QStringLiteral("country=%1 %2")
                         .arg(country.countryCode, optionalText(country.percentage));
        for (const RecipientRegion &region : project.regions)
            lines << QStringLiteral("region=%1 %2")
                         .arg(region.regionCode, optionalText(region.percentage));
        for (int goal : project.sdgGoals)
            lines << QStringLiteral("sdg=%1").arg(goal);
        for (const DocumentLink &link : project.documentLinks)
            lines << QStringLiteral("link=%1 %2|%3 %4 %5 %6 %7")
                         .arg(link.url, link.title.en, link.title.zh, link.format,
                              link.categoryCode, link.languageCode, link.date.toIso());
        for (const KeptNarrative &kept : project.keptNarratives)
            lines << QStringLiteral("kept=%1 %2 %3").arg(kept.field, kept.language, kept.text);
        for (const PlannedDisbursement &planned : project.plannedDisbursements)
            lines << QStringLiteral("planned=%1 %2–%3 %4 %5 value %6 from %7")
                         .arg(planned.revised ? QStringLiteral("revised")
                                              : QStringLiteral("original"),
                              planned.periodStart.toIso(), planned.periodEnd.toIso())
                         .arg(planned.amount.hundredths)
                         .arg(planned.amount.currency, planned.valueDate.toIso(),
                              organisation(planned.providerOrganisationId));
        // The export writes budgets before transactions: the order of funding lines is not
        // part of what they say.
        QStringList funding;
        for (const FundingLine &line : FundingRepository(m_store).linesOfProject(project.id))
            funding << QStringLiteral("funding=%1 %2 %3 value %4 period %5–%6 from %7 note %8|%9")
                           .arg(codeOf(fundingKindCodes, line.kind))
                           .arg(line.amount.hundredths)
                           .arg(line.amount.currency, line.valueDate.toIso(),
                                line.periodStart.toIso(), line.periodEnd.toIso(),
                                organisation(line.providerOrganisationId), line.note.en,
                                line.note.zh);
        funding.sort();
        lines << funding;
        for (const Indicator &indicator : IndicatorRepository(m_store).ofProject(project.id)) {
            lines << QStringLiteral("indicator=%1|%2 unit %3|%4 measure %5 baseline %6 in %7")
                         .arg(indicator.title.en, indicator.title.zh, indicator.unit.en,
                              indicator.unit.zh)
                         .arg(int(indicator.measure))
                         .arg(optionalText(indicator.baseline))
                         .arg(indicator.baselineYear ? *indicator.baselineYear : 0);
            for (const IndicatorPeriod &period : indicator.periods)
                lines << QStringLiteral("  period %1–%2 target %3 (%4 women, %5 men) actual "
                                        "%6%7 (%8 women, %9 men)")
                             .arg(period.start.toIso(), period.end.toIso(),
                                  optionalText(period.target), optionalText(period.targetWomen),
                                  optionalText(period.targetMen), optionalText(period.actual),
                                  period.actualIsMinimum ? QStringLiteral("+") : QString(),
                                  optionalText(period.actualWomen),
                                  optionalText(period.actualMen));
        }
        return lines;
    }

    // The organisations the exported projects name (as participants or providers), sorted.
    QStringList organisationsOf(const QList<Project> &projects) const
    {
        QSet<qint64> ids;
        for (const Project &project : projects) {
            for (const ParticipatingOrganisation &participant : project.organisations)
                ids.insert(participant.organisationId);
            for (const PlannedDisbursement &planned : project.plannedDisbursements)
                ids.insert(planned.providerOrganisationId);
            for (const FundingLine &line : FundingRepository(m_store).linesOfProject(project.id))
                ids.insert(line.providerOrganisationId);
        }
        ids.remove(0);
        QStringList lines;
        for (qint64 id : std::as_const(ids))
            lines << organisation(id);
        lines.sort();
        return lines;
    }

private:
    PortfolioStore &m_store;
    QHash<qint64, Organisation> m_organisations;
    QHash<qint64, QString> m_refs;
    QHash<qint64, QString> m_identifiers;
};

QList<Project> exportedProjects(PortfolioStore &store)
{
    QList<Project> projects;
    for (const Project &project : ProjectRepository(store).all())
        if (!project.iatiIdentifier.isEmpty())
            projects << project;
    return projects;
}

// Planned disbursements of every shape for the `count` first projects: revised or not, with
// and without a period end, a value date, a provider, and dates known to the day, month, year.
void planDisbursements(PortfolioStore &store, int count)
{
    ProjectRecordRepository records(store);
    const QList<Project> projects = ProjectRepository(store).all();
    for (int i = 0; i < qMin(count, int(projects.size())); ++i) {
        const std::optional<ProjectRecord> before = records.load(projects.at(i).id);
        ProjectRecord after = *before;
        const Project &project = before->project;
        PlannedDisbursement first;
        first.periodStart = PartialDate::fromIso(QStringLiteral("2020-03-01"));
        first.periodEnd = PartialDate::fromIso(QStringLiteral("2020-05-31"));
        first.amount = Money{12345600 + i, i % 2 ? QStringLiteral("EUR") : QStringLiteral("USD")};
        first.valueDate = PartialDate::fromIso(QStringLiteral("2020-02-15"));
        if (!project.organisations.isEmpty())
            first.providerOrganisationId = project.organisations.first().organisationId;
        PlannedDisbursement second;
        second.revised = true;
        second.periodStart = PartialDate::fromIso(i % 2 ? QStringLiteral("2021-07")
                                                        : QStringLiteral("2021"));
        second.amount = Money::units(5000, QStringLiteral("XOF"));
        PlannedDisbursement undated; // stands in the project's start
        undated.amount = Money::units(70, QStringLiteral("CNY"));
        after.project.plannedDisbursements = {first, second, undated};
        ProjectChanges(store, AuditActor(QStringLiteral("test"))).apply(before, after);
    }
}

} // namespace

class TestIatiRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void sampleComesBackTheSame();
    void syntheticComesBackTheSame();

private:
    void compareAfterRoundTrip(PortfolioStore &original, int expectedProjects);
};

// Exports `original`, imports the file into an empty portfolio and compares the two.
void TestIatiRoundTrip::compareAfterRoundTrip(PortfolioStore &original, int expectedProjects)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const IatiExportResult exported =
        IatiExporter(original, AuditActor(QStringLiteral("test"))).write(file, {});
    file.close();
    // A project IATI requires more of is left out whole (and named); nothing may be left
    // out of a project that is written.
    QStringList partlyExported;
    for (const IatiExportProblem &problem : exported.problems)
        if (!ProjectRepository(original).find(problem.projectId)->iatiIdentifier.isEmpty())
            partlyExported << problem.project + QStringLiteral(": ") + problem.message;
    QCOMPARE(partlyExported, QStringList());
    QCOMPARE(exported.written, expectedProjects);
    // Planned disbursements included, the file is what the schema accepts (their place is
    // between budgets and transactions).
    QVERIFY2(testsupport::haveTool(QStringLiteral("xmllint")),
             "xmllint is missing: scripts/install-deps.sh test installs libxml2-utils");
    int exitCode = -1;
    testsupport::runTool(QStringLiteral("xmllint"),
                         {QStringLiteral("--noout"), QStringLiteral("--schema"),
                          QStringLiteral(SSTC_SOURCE_DIR
                                         "/resources/iati/iati-activities-schema.xsd"),
                          path},
                         &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(QFile(path).size() > 0);

    TemporaryPortfolio empty(TemporaryPortfolio::Content::ReferenceOnly,
                             QStringLiteral("empty.sstc"));
    const IatiImportSummary summary =
        IatiImporter(empty.store(), AuditActor(QStringLiteral("test"))).run({path}, false);
    QStringList importProblems;
    for (const IatiProblem &problem : summary.problems)
        importProblems << QStringLiteral("%1: %2").arg(problem.line).arg(problem.message);
    QCOMPARE(importProblems, QStringList());
    QCOMPARE(summary.created, exported.written);

    const PortfolioText before(original);
    const PortfolioText after(empty.store());
    const QList<Project> originals = exportedProjects(original);
    QCOMPARE(originals.size(), exported.written);
    QHash<QString, Project> imported;
    for (const Project &project : ProjectRepository(empty.store()).all())
        imported.insert(project.iatiIdentifier, project);
    QCOMPARE(imported.size(), originals.size());
    for (const Project &project : originals) {
        QVERIFY2(imported.contains(project.iatiIdentifier), qPrintable(project.iatiIdentifier));
        QCOMPARE(after.project(imported.value(project.iatiIdentifier)), before.project(project));
    }
    // The organisations the projects name, no more and no fewer.
    QCOMPARE(after.organisationsOf(imported.values()), before.organisationsOf(originals));
    QCOMPARE(OrganisationRepository(empty.store()).all().size(),
             before.organisationsOf(originals).size());
}

void TestIatiRoundTrip::sampleComesBackTheSame()
{
    TemporaryPortfolio sample;
    planDisbursements(sample.store(), 3);
    compareAfterRoundTrip(sample.store(), 7);
}

void TestIatiRoundTrip::syntheticComesBackTheSame()
{
    TemporaryPortfolio portfolio(TemporaryPortfolio::Content::ReferenceOnly,
                                 QStringLiteral("synthetic.sstc"));
    const SyntheticSize size{QStringLiteral("roundtrip"), 60};
    SyntheticPortfolio(7, size).fill(portfolio.store());
    planDisbursements(portfolio.store(), 10);
    compareAfterRoundTrip(portfolio.store(), size.projects);
}

QTEST_GUILESS_MAIN(TestIatiRoundTrip)
#include "tst_iatiroundtrip.moc"
