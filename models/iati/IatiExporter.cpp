#include "models/iati/IatiExporter.h"

#include "models/audit/AuditLog.h"
#include "models/iati/IatiOrganisationMatcher.h"
#include "models/iati/IatiOrganisationTypes.h"
#include "models/repositories/FundingRepository.h"
#include "models/repositories/IndicatorRepository.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "models/store/PortfolioStore.h"
#include "models/store/WriteTransaction.h"

#include <QXmlStreamWriter>

namespace sstc {

namespace {

QString isoDay(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString amountText(qint64 hundredths)
{
    const qint64 units = hundredths / 100;
    const qint64 cents = hundredths % 100;
    if (cents == 0)
        return QString::number(units);
    return QStringLiteral("%1.%2").arg(units).arg(cents, 2, 10, QLatin1Char('0'));
}

QString numberText(double value)
{
    return QString::number(value, 'g', 15);
}

void writeNarrative(QXmlStreamWriter &xml, const QString &language, const QString &text)
{
    xml.writeStartElement(QStringLiteral("narrative"));
    xml.writeAttribute(iati::xmlNamespace, QStringLiteral("lang"), language);
    xml.writeCharacters(text);
    xml.writeEndElement();
}

void writeNarratives(QXmlStreamWriter &xml, const LocalizedText &text,
                     const QList<KeptNarrative> &kept = {}, const QString &field = {})
{
    if (!text.en.isEmpty())
        writeNarrative(xml, QStringLiteral("en"), text.en);
    if (!text.zh.isEmpty())
        writeNarrative(xml, QStringLiteral("zh"), text.zh);
    for (const KeptNarrative &narrative : kept)
        if (narrative.field == field)
            writeNarrative(xml, narrative.language, narrative.text);
}

bool hasText(const LocalizedText &text, const QList<KeptNarrative> &kept, const QString &field)
{
    if (!text.isEmpty())
        return true;
    for (const KeptNarrative &narrative : kept)
        if (narrative.field == field)
            return true;
    return false;
}

// An IATI date is a day. The first or last day of a date known to the year or month is
// written, with the date as the portfolio knows it in sstc:date; `stored` differs from `date`
// when the portfolio has no date and the day stands in for one (then sstc:date is empty).
void writeDateAttributes(QXmlStreamWriter &xml, const QString &attribute, const PartialDate &date,
                         bool end, const PartialDate &stored)
{
    xml.writeAttribute(attribute, isoDay(end ? date.lastDay() : date.firstDay()));
    if (stored.precision() != PartialDate::Precision::Day || stored != date)
        xml.writeAttribute(iati::sstcNamespace, QStringLiteral("date"), stored.toIso());
}

void writeDateElement(QXmlStreamWriter &xml, const QString &element, const PartialDate &date,
                      bool end, const PartialDate &stored)
{
    xml.writeStartElement(element);
    writeDateAttributes(xml, QStringLiteral("iso-date"), date, end, stored);
    xml.writeEndElement();
}

void writeValue(QXmlStreamWriter &xml, const Money &amount, const PartialDate &date,
                const PartialDate &stored)
{
    xml.writeStartElement(QStringLiteral("value"));
    xml.writeAttribute(QStringLiteral("currency"), amount.currency);
    writeDateAttributes(xml, QStringLiteral("value-date"), date, false, stored);
    xml.writeCharacters(amountText(amount.hundredths));
    xml.writeEndElement();
}

QString transactionTypeOf(FundingKind kind)
{
    switch (kind) {
    case FundingKind::IncomingFunds:
        return QStringLiteral("1");
    case FundingKind::Commitment:
        return QStringLiteral("11"); // a donor's commitment to the project: incoming
    case FundingKind::Disbursement:
        return QStringLiteral("3");
    case FundingKind::Expenditure:
        return QStringLiteral("4");
    case FundingKind::Pledge:
        return QStringLiteral("13");
    case FundingKind::OriginalBudget:
    case FundingKind::RevisedBudget:
        break;
    }
    return {};
}

void writeTarget(QXmlStreamWriter &xml, const QString &element, const std::optional<double> &value,
                 const QString &sex, bool minimum = false)
{
    if (!value)
        return;
    xml.writeStartElement(element);
    xml.writeAttribute(QStringLiteral("value"), numberText(*value));
    if (!sex.isEmpty()) {
        xml.writeStartElement(QStringLiteral("dimension"));
        xml.writeAttribute(QStringLiteral("name"), QStringLiteral("sex"));
        xml.writeAttribute(QStringLiteral("value"), sex);
        xml.writeEndElement();
    }
    // "Over 46,000": IATI has no attribute for it, but takes an element of another namespace.
    if (minimum)
        xml.writeEmptyElement(iati::sstcNamespace, QStringLiteral("at-least"));
    xml.writeEndElement();
}

// The projects read together, one query per table for all of them: one project at a time
// made an export cost about twenty queries an activity.
constexpr qsizetype batchSize = 250;

template<typename Child>
QHash<qint64, QList<Child>> byProject(const QList<Child> &children)
{
    QHash<qint64, QList<Child>> result;
    for (const Child &child : children)
        result[child.projectId].append(child);
    return result;
}

QHash<qint64, Project> byId(const QList<Project> &projects)
{
    QHash<qint64, Project> result;
    for (const Project &project : projects)
        result.insert(project.id, project);
    return result;
}

} // namespace

IatiExportResult IatiExporter::write(QIODevice &device, const IatiExportOptions &options)
{
    IatiExportResult result;
    for (const Organisation &organisation : OrganisationRepository(m_store).all())
        m_organisations.insert(organisation.id, organisation);
    m_refs = IatiOrganisationMatcher::refs(m_store);

    QList<qint64> ids = options.projectIds;
    if (ids.isEmpty()) {
        QSqlQuery query = m_store.run(QStringLiteral("SELECT id FROM projects ORDER BY id"));
        while (query.next())
            ids << query.value(0).toLongLong();
    }
    ids = giveIdentifiers(ids, options.reportingOrgRef, result);

    QXmlStreamWriter xml(&device);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("iati-activities"));
    xml.writeNamespace(iati::sstcNamespace, QStringLiteral("sstc"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.03"));
    ProjectRepository projects(m_store);
    FundingRepository funding(m_store);
    IndicatorRepository indicators(m_store);
    for (qsizetype from = 0; from < ids.size(); from += batchSize) {
        const QList<qint64> batch = ids.mid(from, batchSize);
        const QHash<qint64, Project> projectOf = byId(projects.findAll(batch));
        const QHash<qint64, QList<FundingLine>> linesOf = byProject(funding.linesOfProjects(batch));
        const QHash<qint64, QList<Indicator>> indicatorsOf =
            byProject(indicators.ofProjects(batch));
        for (qint64 id : batch) {
            const auto project = projectOf.constFind(id);
            if (project == projectOf.constEnd())
                continue;
            xml.writeStartElement(QStringLiteral("iati-activity"));
            xml.writeAttribute(iati::xmlNamespace, QStringLiteral("lang"), QStringLiteral("en"));
            xml.writeTextElement(QStringLiteral("iati-identifier"), project->iatiIdentifier);
            writeReportingOrg(xml, options.reportingOrgRef);
            writeActivity(xml, *project, linesOf.value(id), indicatorsOf.value(id), result);
            xml.writeEndElement();
            ++result.written;
        }
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return result;
}

// What IATI requires of an activity that the project lacks; empty when it can be written.
QString IatiExporter::missingPart(const Project &project) const
{
    if (!project.status)
        return tr("it has no status");
    if (project.plannedStart.isNull() && project.plannedEnd.isNull() &&
        project.actualStart.isNull() && project.actualEnd.isNull())
        return tr("it has no start or end date");
    if (!hasText(project.description, project.keptNarratives, QStringLiteral("description")))
        return tr("it has no description");
    if (project.organisations.isEmpty())
        return tr("it names no organisation");
    return {};
}

// Drops the projects that cannot be written and gives the others an identifier when they
// have none, kept in the portfolio (one transaction, audited).
QList<qint64> IatiExporter::giveIdentifiers(const QList<qint64> &ids,
                                            const QString &reportingOrgRef,
                                            IatiExportResult &result)
{
    QSqlQuery query = m_store.run(
        QStringLiteral("SELECT id, iati_identifier FROM projects WHERE iati_identifier IS NOT NULL"));
    QSet<QString> taken;
    while (query.next()) {
        m_identifiers.insert(query.value(0).toLongLong(), query.value(1).toString());
        taken.insert(query.value(1).toString());
    }
    QList<qint64> writable;
    WriteTransaction transaction(m_store);
    ProjectRepository projects(m_store);
    for (qsizetype from = 0; from < ids.size(); from += batchSize) {
        const QList<qint64> batch = ids.mid(from, batchSize);
        const QHash<qint64, Project> projectOf = byId(projects.findAll(batch));
        for (qint64 id : batch) {
            const auto found = projectOf.constFind(id);
            if (found == projectOf.constEnd())
                continue;
            const Project &project = *found;
            const QString missing = missingPart(project);
            if (!missing.isEmpty()) {
                result.problems.append(
                    {id, project.title.preferring(Language::English),
                     tr("Not exported: IATI requires more than the project has (%1).")
                         .arg(missing)});
                continue;
            }
            writable << id;
            if (!project.iatiIdentifier.isEmpty())
                continue;
            const QString base = QStringLiteral("%1-%2").arg(
                reportingOrgRef,
                project.code.isEmpty() ? QStringLiteral("SSTC-%1").arg(id) : project.code);
            QString identifier = base;
            for (int n = 2; taken.contains(identifier); ++n)
                identifier = QStringLiteral("%1-%2").arg(base).arg(n);
            taken.insert(identifier);
            giveIdentifier(project, identifier);
            m_identifiers.insert(id, identifier);
            result.identifiersGiven.append({id, identifier});
        }
    }
    transaction.commit();
    return writable;
}

// The one field that changes, written and audited as ProjectChanges would (one entry, the
// identifier from none to the new one) without reading and rewriting the whole record: a
// first export of 100,000 projects took over ten minutes that way.
void IatiExporter::giveIdentifier(const Project &project, const QString &identifier)
{
    m_store.execute(QStringLiteral("UPDATE projects SET iati_identifier = ? WHERE id = ?"),
                    {identifier, project.id});
    const auto row = [&](const QString &value) {
        return AuditedRow{QStringLiteral("project"),
                          project.id,
                          QString(),
                          project.id,
                          0,
                          {{QStringLiteral("iati_identifier"), value}},
                          project.title};
    };
    AuditLog(m_store).record({row(QString())}, {row(identifier)}, m_actor);
}

// The schema requires a type: a ref the portfolio does not know (nor the ILO's) goes out as
// 90, "Other", with the ref standing in for its name.
void IatiExporter::writeReportingOrg(QXmlStreamWriter &xml, const QString &ref)
{
    std::optional<Organisation> named;
    for (auto it = m_refs.cbegin(); it != m_refs.cend(); ++it)
        if (it.value() == ref)
            named = m_organisations.value(it.key());
    xml.writeStartElement(QStringLiteral("reporting-org"));
    xml.writeAttribute(QStringLiteral("ref"), ref);
    if (named)
        xml.writeAttribute(QStringLiteral("type"), iati::organisationTypeCode(named->type));
    else if (ref == iati::iloReference)
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("40"));
    else
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("90"));
    if (named)
        writeNarratives(xml, named->name);
    else if (ref == iati::iloReference)
        writeNarratives(xml, {QStringLiteral("International Labour Organization"),
                              QStringLiteral("国际劳工组织")});
    else
        writeNarrative(xml, QStringLiteral("en"), ref);
    xml.writeEndElement();
}

void IatiExporter::writeActivity(QXmlStreamWriter &xml, const Project &project,
                                 const QList<FundingLine> &lines,
                                 const QList<Indicator> &indicators, IatiExportResult &result)
{
    xml.writeStartElement(QStringLiteral("title"));
    writeNarratives(xml, project.title, project.keptNarratives, QStringLiteral("title"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("description"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("1"));
    writeNarratives(xml, project.description, project.keptNarratives,
                    QStringLiteral("description"));
    xml.writeEndElement();
    for (const ParticipatingOrganisation &participant : project.organisations)
        writeParticipant(xml, participant);
    if (!project.code.isEmpty()) {
        xml.writeStartElement(QStringLiteral("other-identifier"));
        xml.writeAttribute(QStringLiteral("ref"), project.code);
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("A1"));
        xml.writeEndElement();
    }
    xml.writeEmptyElement(QStringLiteral("activity-status"));
    xml.writeAttribute(QStringLiteral("code"), QString::number(int(*project.status)));
    const std::pair<const PartialDate *, const char *> dates[] = {
        {&project.plannedStart, "1"},
        {&project.actualStart, "2"},
        {&project.plannedEnd, "3"},
        {&project.actualEnd, "4"},
    };
    for (const auto &[date, type] : dates) {
        if (date->isNull())
            continue;
        xml.writeStartElement(QStringLiteral("activity-date"));
        const bool end = qstrcmp(type, "3") == 0 || qstrcmp(type, "4") == 0;
        writeDateAttributes(xml, QStringLiteral("iso-date"), *date, end, *date);
        xml.writeAttribute(QStringLiteral("type"), QLatin1String(type));
        xml.writeEndElement();
    }
    for (const RecipientCountry &country : project.countries) {
        xml.writeEmptyElement(QStringLiteral("recipient-country"));
        xml.writeAttribute(QStringLiteral("code"), country.countryCode);
        if (country.percentage)
            xml.writeAttribute(QStringLiteral("percentage"), numberText(*country.percentage));
    }
    for (const RecipientRegion &region : project.regions) {
        xml.writeEmptyElement(QStringLiteral("recipient-region"));
        xml.writeAttribute(QStringLiteral("code"), region.regionCode);
        xml.writeAttribute(QStringLiteral("vocabulary"), QStringLiteral("1"));
        if (region.percentage)
            xml.writeAttribute(QStringLiteral("percentage"), numberText(*region.percentage));
    }
    for (int goal : project.sdgGoals) {
        xml.writeEmptyElement(QStringLiteral("sector"));
        xml.writeAttribute(QStringLiteral("vocabulary"), QStringLiteral("7"));
        xml.writeAttribute(QStringLiteral("code"), QString::number(goal));
    }
    writeFunding(xml, project, lines, result);
    for (const DocumentLink &link : project.documentLinks) {
        xml.writeStartElement(QStringLiteral("document-link"));
        xml.writeAttribute(QStringLiteral("format"),
                           link.format.isEmpty() ? QStringLiteral("text/html") : link.format);
        xml.writeAttribute(QStringLiteral("url"), link.url);
        xml.writeStartElement(QStringLiteral("title"));
        if (link.title.isEmpty())
            writeNarrative(xml, QStringLiteral("en"), link.url);
        else
            writeNarratives(xml, link.title);
        xml.writeEndElement();
        xml.writeEmptyElement(QStringLiteral("category"));
        // A12: "Activity web page", for a link whose category the portfolio does not know.
        xml.writeAttribute(QStringLiteral("code"), link.categoryCode.isEmpty()
                                                       ? QStringLiteral("A12")
                                                       : link.categoryCode);
        if (!link.languageCode.isEmpty()) {
            xml.writeEmptyElement(QStringLiteral("language"));
            xml.writeAttribute(QStringLiteral("code"), link.languageCode);
        }
        if (!link.date.isNull())
            writeDateElement(xml, QStringLiteral("document-date"), link.date, false, link.date);
        xml.writeEndElement();
    }
    if (project.parentProjectId && m_identifiers.contains(project.parentProjectId)) {
        xml.writeEmptyElement(QStringLiteral("related-activity"));
        xml.writeAttribute(QStringLiteral("ref"), m_identifiers.value(project.parentProjectId));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("1"));
    }
    for (const Indicator &indicator : indicators)
        writeResult(xml, project, indicator, result);
}

void IatiExporter::writeParticipant(QXmlStreamWriter &xml,
                                    const ParticipatingOrganisation &participant)
{
    const Organisation organisation = m_organisations.value(participant.organisationId);
    xml.writeStartElement(QStringLiteral("participating-org"));
    const QString ref = m_refs.value(participant.organisationId);
    if (!ref.isEmpty())
        xml.writeAttribute(QStringLiteral("ref"), ref);
    xml.writeAttribute(QStringLiteral("role"), QString::number(int(participant.role)));
    xml.writeAttribute(QStringLiteral("type"), iati::organisationTypeCode(organisation.type));
    xml.writeAttribute(iati::sstcNamespace, QStringLiteral("type"),
                       codeOf(organisationTypeCodes, organisation.type));
    if (!organisation.acronym.isEmpty())
        xml.writeAttribute(iati::sstcNamespace, QStringLiteral("acronym"), organisation.acronym);
    if (!organisation.countryCode.isEmpty())
        xml.writeAttribute(iati::sstcNamespace, QStringLiteral("country"),
                           organisation.countryCode);
    writeNarratives(xml, organisation.name);
    xml.writeEndElement();
}

// Budgets first, then planned disbursements and transactions, as the schema orders them.
void IatiExporter::writeFunding(QXmlStreamWriter &xml, const Project &project,
                                const QList<FundingLine> &lines, IatiExportResult &result)
{
    auto leftOut = [&](const FundingLine &line, const QString &why) {
        result.problems.append({project.id, project.iatiIdentifier,
                                tr("A funding line of %1 %2 was not exported: %3.")
                                    .arg(amountText(line.amount.hundredths), line.amount.currency,
                                         why)});
    };
    for (const FundingLine &line : lines) {
        const bool revised = line.kind == FundingKind::RevisedBudget;
        if (line.kind != FundingKind::OriginalBudget && !revised)
            continue;
        // An IATI budget covers a period; a line without one is taken as the project's
        // (its start and end), marked as standing in (sstc:date="").
        const PartialDate start = line.periodStart.isNull() ? project.start() : line.periodStart;
        const PartialDate end = line.periodEnd.isNull() ? project.end() : line.periodEnd;
        if (start.isNull() || end.isNull()) {
            leftOut(line, tr("an IATI budget needs the period it covers"));
            continue;
        }
        xml.writeStartElement(QStringLiteral("budget"));
        xml.writeAttribute(QStringLiteral("type"), revised ? QStringLiteral("2")
                                                           : QStringLiteral("1"));
        // IATI budgets name no provider; the portfolio's lines may.
        if (line.providerOrganisationId)
            xml.writeAttribute(iati::sstcNamespace, QStringLiteral("provider"),
                               m_organisations.value(line.providerOrganisationId)
                                   .name.preferring(Language::English));
        writeDateElement(xml, QStringLiteral("period-start"), start, false, line.periodStart);
        writeDateElement(xml, QStringLiteral("period-end"), end, true, line.periodEnd);
        // An undated amount is converted as of its period's start (see CurrencyConversion):
        // that day is its IATI value date.
        writeValue(xml, line.amount, line.valueDate.isNull() ? start : line.valueDate,
                   line.valueDate);
        xml.writeEndElement();
    }
    writePlannedDisbursements(xml, project, result);
    for (const FundingLine &line : lines) {
        const QString type = transactionTypeOf(line.kind);
        if (type.isEmpty())
            continue;
        const PartialDate date = line.valueDate.isNull() ? line.periodStart : line.valueDate;
        if (date.isNull()) {
            leftOut(line, tr("an IATI transaction needs a date"));
            continue;
        }
        xml.writeStartElement(QStringLiteral("transaction"));
        if (!line.periodStart.isNull())
            xml.writeAttribute(iati::sstcNamespace, QStringLiteral("period-start"),
                               line.periodStart.toIso());
        if (!line.periodEnd.isNull())
            xml.writeAttribute(iati::sstcNamespace, QStringLiteral("period-end"),
                               line.periodEnd.toIso());
        xml.writeEmptyElement(QStringLiteral("transaction-type"));
        xml.writeAttribute(QStringLiteral("code"), type);
        writeDateElement(xml, QStringLiteral("transaction-date"), date, false, line.valueDate);
        writeValue(xml, line.amount, date, line.valueDate);
        if (!line.note.isEmpty()) {
            xml.writeStartElement(QStringLiteral("description"));
            writeNarratives(xml, line.note);
            xml.writeEndElement();
        }
        writeProvider(xml, line.providerOrganisationId);
        xml.writeEndElement();
    }
}

void IatiExporter::writeProvider(QXmlStreamWriter &xml, qint64 organisationId)
{
    if (!organisationId)
        return;
    const Organisation provider = m_organisations.value(organisationId);
    xml.writeStartElement(QStringLiteral("provider-org"));
    const QString ref = m_refs.value(organisationId);
    if (!ref.isEmpty())
        xml.writeAttribute(QStringLiteral("ref"), ref);
    xml.writeAttribute(QStringLiteral("type"), iati::organisationTypeCode(provider.type));
    writeNarratives(xml, provider.name);
    xml.writeEndElement();
}

// After the budgets, before the transactions, as the schema orders them. The period's start
// is required: a planned disbursement without one stands in the project's start.
void IatiExporter::writePlannedDisbursements(QXmlStreamWriter &xml, const Project &project,
                                             IatiExportResult &result)
{
    for (const PlannedDisbursement &planned : project.plannedDisbursements) {
        const PartialDate start =
            planned.periodStart.isNull() ? project.start() : planned.periodStart;
        if (start.isNull()) {
            result.problems.append(
                {project.id, project.iatiIdentifier,
                 tr("A planned disbursement of %1 %2 was not exported: it has no date, nor has "
                    "the project.")
                     .arg(amountText(planned.amount.hundredths), planned.amount.currency)});
            continue;
        }
        xml.writeStartElement(QStringLiteral("planned-disbursement"));
        xml.writeAttribute(QStringLiteral("type"),
                           planned.revised ? QStringLiteral("2") : QStringLiteral("1"));
        writeDateElement(xml, QStringLiteral("period-start"), start, false, planned.periodStart);
        if (!planned.periodEnd.isNull())
            writeDateElement(xml, QStringLiteral("period-end"), planned.periodEnd, true,
                             planned.periodEnd);
        writeValue(xml, planned.amount, planned.valueDate.isNull() ? start : planned.valueDate,
                   planned.valueDate);
        writeProvider(xml, planned.providerOrganisationId);
        xml.writeEndElement();
    }
}

void IatiExporter::writeResult(QXmlStreamWriter &xml, const Project &project,
                               const Indicator &indicator, IatiExportResult &result)
{
    xml.writeStartElement(QStringLiteral("result"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("1"));
    xml.writeStartElement(QStringLiteral("title"));
    writeNarratives(xml, indicator.title);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("indicator"));
    xml.writeAttribute(QStringLiteral("measure"), QString::number(int(indicator.measure)));
    if (!indicator.unit.en.isEmpty())
        xml.writeAttribute(iati::sstcNamespace, QStringLiteral("unit-en"), indicator.unit.en);
    if (!indicator.unit.zh.isEmpty())
        xml.writeAttribute(iati::sstcNamespace, QStringLiteral("unit-zh"), indicator.unit.zh);
    xml.writeStartElement(QStringLiteral("title"));
    writeNarratives(xml, indicator.title);
    xml.writeEndElement();
    if (indicator.baseline && indicator.baselineYear) {
        xml.writeEmptyElement(QStringLiteral("baseline"));
        xml.writeAttribute(QStringLiteral("year"), QString::number(*indicator.baselineYear));
        xml.writeAttribute(QStringLiteral("value"), numberText(*indicator.baseline));
    } else if (indicator.baseline) {
        result.problems.append({project.id, project.iatiIdentifier,
                                tr("The baseline of “%1” was not exported: IATI needs its "
                                   "year.")
                                    .arg(indicator.title.preferring(Language::English))});
    }
    for (const IndicatorPeriod &period : indicator.periods) {
        // IATI periods have both ends; a missing one is the project's own start or end,
        // marked as standing in (sstc:date="").
        const PartialDate start = period.start.isNull() ? project.start() : period.start;
        const PartialDate end = period.end.isNull() ? project.end() : period.end;
        if (start.isNull() || end.isNull()) {
            result.problems.append({project.id, project.iatiIdentifier,
                                    tr("A period of “%1” was not exported: it has no dates, nor "
                                       "has the project.")
                                        .arg(indicator.title.preferring(Language::English))});
            continue;
        }
        xml.writeStartElement(QStringLiteral("period"));
        writeDateElement(xml, QStringLiteral("period-start"), start, false, period.start);
        writeDateElement(xml, QStringLiteral("period-end"), end, true, period.end);
        writeTarget(xml, QStringLiteral("target"), period.target, {});
        writeTarget(xml, QStringLiteral("target"), period.targetWomen, QStringLiteral("female"));
        writeTarget(xml, QStringLiteral("target"), period.targetMen, QStringLiteral("male"));
        writeTarget(xml, QStringLiteral("actual"), period.actual, {}, period.actualIsMinimum);
        writeTarget(xml, QStringLiteral("actual"), period.actualWomen, QStringLiteral("female"));
        writeTarget(xml, QStringLiteral("actual"), period.actualMen, QStringLiteral("male"));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

} // namespace sstc
