#include "models/iati/IatiImporter.h"

#include "models/audit/AuditLog.h"
#include "models/changes/ProjectChanges.h"
#include "models/iati/IatiCodeLists.h"
#include "models/iati/IatiOrganisationMatcher.h"
#include "models/iati/IatiReader.h"
#include "models/repositories/ReferenceRepository.h"
#include "models/store/PortfolioStore.h"
#include "models/store/TextIndexDeferral.h"
#include "models/store/WriteTransaction.h"

#include <QDir>
#include <QFileInfo>

namespace sstc {

using Grade = IatiProblem::Grade;

namespace {

bool sameLine(const FundingLine &a, const FundingLine &b)
{
    return a.kind == b.kind && a.amount == b.amount && a.valueDate == b.valueDate &&
           a.periodStart == b.periodStart && a.periodEnd == b.periodEnd &&
           a.providerOrganisationId == b.providerOrganisationId && a.note == b.note;
}

bool samePeriod(const IndicatorPeriod &a, const IndicatorPeriod &b)
{
    return a.start == b.start && a.end == b.end && a.target == b.target && a.actual == b.actual &&
           a.actualIsMinimum == b.actualIsMinimum && a.targetWomen == b.targetWomen &&
           a.targetMen == b.targetMen && a.actualWomen == b.actualWomen &&
           a.actualMen == b.actualMen;
}

bool sameIndicator(const Indicator &a, const Indicator &b)
{
    if (!(a.title == b.title && a.unit == b.unit && a.measure == b.measure &&
          a.baseline == b.baseline && a.baselineYear == b.baselineYear &&
          a.periods.size() == b.periods.size()))
        return false;
    for (qsizetype i = 0; i < a.periods.size(); ++i)
        if (!samePeriod(a.periods.at(i), b.periods.at(i)))
            return false;
    return true;
}

// Gives each new child the id of an equal stored one, so that a re-import of unchanged data
// changes no row (and records nothing in the history).
template<typename Child, typename Same>
void keepIds(QList<Child> &children, const QList<Child> &stored, Same same)
{
    QSet<qint64> used;
    for (Child &child : children) {
        for (const Child &old : stored) {
            if (!used.contains(old.id) && same(child, old)) {
                child.id = old.id;
                used.insert(old.id);
                break;
            }
        }
    }
}

// The audit entry of a project an import created: "Project … created", with the
// identifier it came under.
AuditedRow creationRow(qint64 projectId, const Project &project)
{
    return {QStringLiteral("project"),
            projectId,
            QString(),
            projectId,
            0,
            {{QStringLiteral("iati_identifier"), project.iatiIdentifier}},
            project.title};
}

} // namespace

int IatiImportSummary::count(IatiProblem::Grade grade) const
{
    int n = 0;
    for (const IatiProblem &problem : problems)
        n += problem.grade == grade ? 1 : 0;
    return n;
}

IatiImportSummary IatiImporter::run(const QStringList &files, bool dryRun,
                                    const IatiImportHooks &hooks)
{
    IatiImportSummary summary;
    m_hooks = hooks;
    qint64 totalBytes = 0;
    for (const QString &file : files)
        totalBytes += QFileInfo(file).size();
    qint64 bytesBefore = 0; // of the files already read
    m_parentOf.clear();
    m_countries.clear();
    m_regions.clear();
    WriteTransaction transaction(m_store);
    for (const Country &country : ReferenceRepository(m_store).countries())
        m_countries.insert(country.code);
    for (const Region &region : ReferenceRepository(m_store).regions())
        m_regions.insert(region.code);
    IatiOrganisationMatcher organisations(m_store, m_actor);
    TextIndexDeferral textIndex(m_store); // the new projects indexed at once, at the end
    QHash<QString, QString> fileOfIdentifier;

    for (const QString &file : files) {
        IatiReader reader(file);
        m_file = file;
        ImportedActivity activity;
        while (reader.next(activity)) {
            ++summary.read;
            summary.activities.append({file, activity.line, activity.project.iatiIdentifier,
                                       activity.project.title, IatiActivityOutcome::Action::Skip,
                                       0, {}, activity.project.keptNarratives});
            IatiProblems problems = reader.takeProblems();
            const QString identifier = activity.project.iatiIdentifier;
            if (!identifier.isEmpty()) {
                const auto seen = fileOfIdentifier.constFind(identifier);
                if (seen != fileOfIdentifier.constEnd()) {
                    problems.append(
                        {Grade::Critical, file, activity.line, identifier,
                         *seen == file
                             ? tr("The file holds this identifier twice; only the first "
                                  "activity was imported.")
                             : tr("“%1” holds this identifier too; the activities were not "
                                  "merged, only the first was imported.")
                                   .arg(QDir::toNativeSeparators(*seen))});
                } else {
                    fileOfIdentifier.insert(identifier, file);
                }
            }
            bool critical = false;
            for (const IatiProblem &problem : std::as_const(problems))
                critical = critical || problem.grade == Grade::Critical;
            summary.problems += problems;
            if (critical) {
                ++summary.skipped;
            } else {
                write(activity, organisations, summary);
            }
            const qint64 bytesRead = bytesBefore + reader.bytesRead();
            if (m_hooks.progress && !m_hooks.progress(bytesRead, totalBytes)) {
                summary.cancelled = true;
                return summary; // the transaction rolls back
            }
        }
        bytesBefore += reader.size();
        summary.problems += reader.takeProblems();
        if (reader.isRefused())
            summary.refusals << reader.refusal();
    }
    if (summary.refused()) {
        summary.created = summary.updated = summary.organisationsCreated = 0;
        return summary; // the transaction rolls back
    }
    textIndex.finish(); // before any update of a new project (its parent link)
    linkRelatedActivities(summary);
    summary.organisationsCreated = organisations.created();
    if (!dryRun)
        transaction.commit();
    return summary;
}

qint64 IatiImporter::projectWithIdentifier(const QString &identifier)
{
    PreparedQuery query = m_store.query(
        QStringLiteral("SELECT id FROM projects WHERE iati_identifier = ?"), {identifier});
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 IatiImporter::projectWithCode(const QString &code)
{
    PreparedQuery query =
        m_store.query(QStringLiteral("SELECT id FROM projects WHERE code = ?"), {code});
    return query.next() ? query.value(0).toLongLong() : 0;
}

// Regions are a lookup list that starts empty: the code list names the ones a file uses.
void IatiImporter::ensureRegions(const ImportedActivity &activity)
{
    QList<Region> missing;
    for (const RecipientRegion &region : activity.project.regions) {
        if (m_regions.contains(region.regionCode))
            continue;
        missing.append({region.regionCode,
                        {IatiCodeLists::standard().name(QStringLiteral("Region"),
                                                        region.regionCode),
                         QString()}});
        m_regions.insert(region.regionCode);
    }
    if (!missing.isEmpty())
        ReferenceRepository(m_store).saveRegions(missing);
}

void IatiImporter::write(const ImportedActivity &activity, IatiOrganisationMatcher &organisations,
                         IatiImportSummary &summary)
{
    const QString identifier = activity.project.iatiIdentifier;
    IatiProblem context{Grade::Error, m_file, activity.line, identifier, QString()};
    auto report = [&](Grade grade, const QString &message) {
        IatiProblem problem = context;
        problem.grade = grade;
        problem.message = message;
        summary.problems.append(problem);
    };

    ProjectRecordRepository records(m_store);
    const qint64 existingId = projectWithIdentifier(identifier);
    const std::optional<ProjectRecord> before =
        existingId ? records.load(existingId) : std::nullopt;

    ProjectRecord after;
    if (before)
        after.events = before->events; // the app's own, IATI has none
    Project &project = after.project;
    project = activity.project;
    project.id = existingId;
    if (before) {
        project.agreementId = before->project.agreementId;
        project.parentProjectId = before->project.parentProjectId;
        project.themeIds = before->project.themeIds;
        if (project.code.isEmpty())
            project.code = before->project.code;
    }
    if (!project.code.isEmpty()) {
        const qint64 holder = projectWithCode(project.code);
        if (holder != 0 && holder != existingId) {
            report(Grade::Error, tr("The code “%1” belongs to another project; the code was "
                                    "left empty.")
                                     .arg(project.code));
            project.code = before ? before->project.code : QString();
        }
    }

    for (const ImportedParticipant &participant : activity.participants) {
        const qint64 id = organisations.resolve(participant.organisation, context,
                                                summary.problems);
        bool known = false;
        for (const ParticipatingOrganisation &named : std::as_const(project.organisations))
            known = known || (named.organisationId == id && named.role == participant.role);
        if (id && !known)
            project.organisations.append({id, participant.role});
    }
    QList<RecipientCountry> countries;
    for (RecipientCountry country : std::as_const(project.countries)) {
        if (!m_countries.contains(country.countryCode)) {
            report(Grade::Error, tr("The recipient country “%1” is not in the portfolio's "
                                    "list of countries; it was dropped.")
                                     .arg(country.countryCode));
            continue;
        }
        if (country.percentage && (*country.percentage < 0 || *country.percentage > 100)) {
            report(Grade::Error, tr("The percentage %1 of “%2” is not between 0 and 100; it was "
                                    "dropped.")
                                     .arg(*country.percentage)
                                     .arg(country.countryCode));
            country.percentage.reset();
        }
        countries.append(country);
    }
    project.countries = countries;
    for (RecipientRegion &region : project.regions)
        if (region.percentage && (*region.percentage < 0 || *region.percentage > 100))
            region.percentage.reset();
    ensureRegions(activity);

    for (const ImportedFunding &funding : activity.funding) {
        FundingLine line = funding.line;
        if (!funding.provider.isEmpty())
            line.providerOrganisationId =
                organisations.resolve(funding.provider, context, summary.problems);
        after.fundingLines.append(line);
    }
    project.plannedDisbursements.clear();
    for (const ImportedPlannedDisbursement &imported : activity.plannedDisbursements) {
        PlannedDisbursement planned = imported.planned;
        if (!imported.provider.isEmpty())
            planned.providerOrganisationId =
                organisations.resolve(imported.provider, context, summary.problems);
        project.plannedDisbursements.append(planned);
    }
    after.indicators = activity.indicators;
    if (before) {
        keepIds(after.fundingLines, before->fundingLines, sameLine);
        keepIds(after.indicators, before->indicators, sameIndicator);
    }

    IatiActivityOutcome &outcome = summary.activities.last();
    if (before) {
        // An update is audited field by field, like an edit: the history and the preview
        // say what the file changed.
        if (m_hooks.beforeChange)
            m_hooks.beforeChange(existingId);
        const qint64 lastEntry = IatiChangedFields::lastEntry(m_store);
        ProjectChanges(m_store, m_actor).apply(before, after);
        ++summary.updated;
        outcome.action = IatiActivityOutcome::Action::Update;
        outcome.projectId = existingId;
        outcome.changedFields = IatiChangedFields::since(m_store, existingId, lastEntry);
    } else {
        // A new project is written as it is, not read back, and audited in one entry: one per
        // field and row made the history of an import longer than its data, and most of its
        // time.
        outcome.projectId = ProjectRecordRepository(m_store).save(after);
        AuditLog(m_store).record({}, {creationRow(outcome.projectId, project)}, m_actor);
        ++summary.created;
        outcome.action = IatiActivityOutcome::Action::Create;
    }
    if (!activity.parentIdentifier.isEmpty())
        m_parentOf.append({identifier, activity.parentIdentifier});
    for (const QString &child : activity.childIdentifiers)
        m_parentOf.append({child, identifier});
}

// related-activity parent / child, once every activity is in: a link is made where both
// projects are in the portfolio. A changed link is one of the changes of an updated child.
void IatiImporter::linkRelatedActivities(IatiImportSummary &summary)
{
    QHash<QString, qsizetype> updateOf; // identifier → its outcome, for the updated projects
    for (qsizetype i = 0; i < summary.activities.size(); ++i)
        if (summary.activities.at(i).action == IatiActivityOutcome::Action::Update)
            updateOf.insert(summary.activities.at(i).identifier, i);
    ProjectRecordRepository records(m_store);
    for (const auto &[child, parent] : std::as_const(m_parentOf)) {
        const qint64 childId = projectWithIdentifier(child);
        const qint64 parentId = projectWithIdentifier(parent);
        if (!childId || !parentId || childId == parentId)
            continue;
        const std::optional<ProjectRecord> before = records.load(childId);
        if (!before || before->project.parentProjectId == parentId)
            continue;
        if (m_hooks.beforeChange)
            m_hooks.beforeChange(childId);
        ProjectRecord after = *before;
        after.project.parentProjectId = parentId;
        const auto update = updateOf.constFind(child);
        const qint64 lastEntry =
            update != updateOf.constEnd() ? IatiChangedFields::lastEntry(m_store) : 0;
        ProjectChanges(m_store, m_actor).apply(before, after);
        if (update == updateOf.constEnd())
            continue;
        QStringList &changed = summary.activities[*update].changedFields;
        for (const QString &field : IatiChangedFields::since(m_store, childId, lastEntry))
            if (!changed.contains(field))
                changed << field;
    }
}

} // namespace sstc
