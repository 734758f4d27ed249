#include "models/audit/AuditLog.h"

#include "models/domain/Codes.h"
#include "models/store/PortfolioStore.h"
#include "models/store/WriteTransaction.h"

#include <QMap>
#include <QStringList>

namespace sstc {

namespace {

using Fields = QMap<QString, QString>;

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 15) : QString();
}

QString number(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

QString money(const Money &amount)
{
    return QStringLiteral("%1 %2").arg(QString::number(amount.hundredths / 100.0, 'f', 2),
                                       amount.currency);
}

void addText(Fields &fields, const QString &name, const LocalizedText &text)
{
    fields[name + QStringLiteral("_en")] = text.en;
    fields[name + QStringLiteral("_zh")] = text.zh;
}

Fields fieldsOf(const Project &project)
{
    Fields fields;
    fields[QStringLiteral("code")] = project.code;
    fields[QStringLiteral("iati_identifier")] = project.iatiIdentifier;
    addText(fields, QStringLiteral("title"), project.title);
    addText(fields, QStringLiteral("description"), project.description);
    fields[QStringLiteral("status")] =
        project.status ? codeOf(projectStatusCodes, *project.status) : QString();
    fields[QStringLiteral("planned_start")] = project.plannedStart.toIso();
    fields[QStringLiteral("planned_end")] = project.plannedEnd.toIso();
    fields[QStringLiteral("actual_start")] = project.actualStart.toIso();
    fields[QStringLiteral("actual_end")] = project.actualEnd.toIso();
    fields[QStringLiteral("agreement_id")] =
        project.agreementId ? QString::number(project.agreementId) : QString();
    fields[QStringLiteral("parent_project_id")] =
        project.parentProjectId ? QString::number(project.parentProjectId) : QString();
    QStringList list;
    for (const ParticipatingOrganisation &organisation : project.organisations)
        list << QStringLiteral("%1:%2")
                    .arg(organisation.organisationId)
                    .arg(codeOf(organisationRoleCodes, organisation.role));
    fields[QStringLiteral("organisations")] = list.join(QStringLiteral(", "));
    list.clear();
    for (const RecipientCountry &country : project.countries)
        list << (country.percentage
                     ? QStringLiteral("%1 %2%").arg(country.countryCode, number(country.percentage))
                     : country.countryCode);
    fields[QStringLiteral("countries")] = list.join(QStringLiteral(", "));
    list.clear();
    for (const RecipientRegion &region : project.regions)
        list << (region.percentage
                     ? QStringLiteral("%1 %2%").arg(region.regionCode, number(region.percentage))
                     : region.regionCode);
    fields[QStringLiteral("regions")] = list.join(QStringLiteral(", "));
    list.clear();
    for (int goal : project.sdgGoals)
        list << QString::number(goal);
    fields[QStringLiteral("sdg_goals")] = list.join(QStringLiteral(", "));
    list.clear();
    for (qint64 theme : project.themeIds)
        list << QString::number(theme);
    fields[QStringLiteral("themes")] = list.join(QStringLiteral(", "));
    list.clear();
    for (const PlannedDisbursement &planned : project.plannedDisbursements)
        list << QStringLiteral("%1/%2 %3%4%5%6")
                    .arg(planned.periodStart.toIso(), planned.periodEnd.toIso(),
                         money(planned.amount),
                         planned.valueDate.isNull() ? QString()
                                                    : QLatin1Char('@') + planned.valueDate.toIso(),
                         planned.revised ? QStringLiteral(" revised") : QString(),
                         planned.providerOrganisationId
                             ? QStringLiteral(" from %1").arg(planned.providerOrganisationId)
                             : QString());
    fields[QStringLiteral("planned_disbursements")] = list.join(QStringLiteral(", "));
    return fields;
}

Fields fieldsOf(const FundingLine &line)
{
    Fields fields;
    fields[QStringLiteral("kind")] = codeOf(fundingKindCodes, line.kind);
    fields[QStringLiteral("amount")] = money(line.amount);
    fields[QStringLiteral("value_date")] = line.valueDate.toIso();
    fields[QStringLiteral("period_start")] = line.periodStart.toIso();
    fields[QStringLiteral("period_end")] = line.periodEnd.toIso();
    fields[QStringLiteral("provider_id")] =
        line.providerOrganisationId ? QString::number(line.providerOrganisationId) : QString();
    addText(fields, QStringLiteral("note"), line.note);
    return fields;
}

Fields fieldsOf(const Event &event)
{
    Fields fields;
    fields[QStringLiteral("kind")] = codeOf(eventKindCodes, event.kind);
    addText(fields, QStringLiteral("title"), event.title);
    fields[QStringLiteral("start_on")] = event.startOn.toIso();
    fields[QStringLiteral("end_on")] = event.endOn.toIso();
    addText(fields, QStringLiteral("place"), event.place);
    fields[QStringLiteral("country_code")] = event.countryCode;
    const ParticipantCounts &people = event.participants;
    fields[QStringLiteral("participants_total")] =
        number(people.total) +
        (people.totalIsMinimum && people.total ? QStringLiteral("+") : QString());
    fields[QStringLiteral("participants_government")] = number(people.government);
    fields[QStringLiteral("participants_workers")] = number(people.workers);
    fields[QStringLiteral("participants_employers")] = number(people.employers);
    fields[QStringLiteral("participants_women")] = number(people.women);
    fields[QStringLiteral("participants_men")] = number(people.men);
    addText(fields, QStringLiteral("description"), event.description);
    fields[QStringLiteral("outputs")] = QString::number(event.outputs.size());
    return fields;
}

Fields fieldsOf(const Indicator &indicator)
{
    Fields fields;
    addText(fields, QStringLiteral("title"), indicator.title);
    addText(fields, QStringLiteral("unit"), indicator.unit);
    fields[QStringLiteral("baseline")] = number(indicator.baseline);
    fields[QStringLiteral("baseline_year")] = number(indicator.baselineYear);
    QStringList periods;
    for (const IndicatorPeriod &period : indicator.periods)
        periods << QStringLiteral("%1–%2: %3 / %4")
                       .arg(period.start.toIso(), period.end.toIso(), number(period.target),
                            number(period.actual));
    fields[QStringLiteral("periods")] = periods.join(QStringLiteral("; "));
    return fields;
}

// The rows for one entity: every non-empty field when created or deleted, the changed ones
// when updated.
QList<AuditEntry> differences(const AuditedRow &row, const Fields *before, const Fields *after)
{
    QList<AuditEntry> entries;
    const QString action = !before ? QStringLiteral("create")
                                   : (!after ? QStringLiteral("delete") : QStringLiteral("update"));
    const Fields &keys = after ? *after : *before;
    for (auto field = keys.cbegin(); field != keys.cend(); ++field) {
        const QString oldValue = before ? before->value(field.key()) : QString();
        const QString newValue = after ? after->value(field.key()) : QString();
        if (oldValue == newValue)
            continue;
        AuditEntry entry;
        entry.entity = row.entity;
        entry.entityId = row.id;
        entry.entityKey = row.key;
        entry.label = row.label;
        entry.projectId = row.projectId;
        entry.agreementId = row.agreementId;
        entry.action = action;
        entry.field = field.key();
        entry.oldValue = oldValue;
        entry.newValue = newValue;
        entries << entry;
    }
    return entries;
}

QString identity(const AuditedRow &row)
{
    return QStringLiteral("%1/%2/%3").arg(row.entity).arg(row.id).arg(row.key);
}

QList<AuditEntry> rowDifferences(const QList<AuditedRow> &before, const QList<AuditedRow> &after)
{
    QMap<QString, const AuditedRow *> old;
    for (const AuditedRow &row : before)
        old.insert(identity(row), &row);
    QList<AuditEntry> entries;
    for (const AuditedRow &row : after) {
        const QString key = identity(row);
        const AuditedRow *was = old.value(key);
        entries << differences(row, was ? &was->fields : nullptr, &row.fields);
        old.remove(key);
    }
    for (const AuditedRow *gone : std::as_const(old))
        entries << differences(*gone, &gone->fields, nullptr);
    return entries;
}

// How the history names a project's child rows: events and indicators by their titles,
// funding lines by their number.
LocalizedText labelOf(const Event &event)
{
    return event.title;
}
LocalizedText labelOf(const Indicator &indicator)
{
    return indicator.title;
}
LocalizedText labelOf(const FundingLine &)
{
    return {};
}

template<typename Child>
QList<AuditedRow> childRows(const QString &entity, qint64 projectId, const QList<Child> &children)
{
    QList<AuditedRow> rows;
    for (const Child &child : children)
        rows.append({entity, child.id, QString(), projectId, 0, fieldsOf(child), labelOf(child)});
    return rows;
}

QList<AuditedRow> rowsOf(const ProjectRecord &record, qint64 projectId)
{
    QList<AuditedRow> rows;
    rows.append({QStringLiteral("project"), projectId, QString(), projectId, 0,
                 fieldsOf(record.project), record.project.title});
    rows << childRows(QStringLiteral("funding_line"), projectId, record.fundingLines);
    rows << childRows(QStringLiteral("event"), projectId, record.events);
    rows << childRows(QStringLiteral("indicator"), projectId, record.indicators);
    return rows;
}

} // namespace

void AuditLog::recordProject(const std::optional<ProjectRecord> &before,
                             const std::optional<ProjectRecord> &after, const AuditActor &actor)
{
    if (!before && !after)
        return;
    const qint64 projectId = after ? after->project.id : before->project.id;
    record(before ? rowsOf(*before, projectId) : QList<AuditedRow>(),
           after ? rowsOf(*after, projectId) : QList<AuditedRow>(), actor);
}

void AuditLog::record(const QList<AuditedRow> &before, const QList<AuditedRow> &after,
                      const AuditActor &actor)
{
    writeAll(rowDifferences(before, after), actor);
}

void AuditLog::writeAll(QList<AuditEntry> entries, const AuditActor &actor)
{
    if (entries.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString changedAt = now.toString(Qt::ISODateWithMs);
    WriteTransaction transaction(m_store);
    for (AuditEntry &entry : entries) {
        entry.changedAt = now;
        entry.userName = actor.name();
        write(entry, changedAt);
    }
    transaction.commit();
}

// `changedAt` is the entry's time as stored, made once for all the entries of a change.
void AuditLog::write(const AuditEntry &entry, const QString &changedAt)
{
    const auto nullable = [](const QString &value) {
        return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
    };
    const auto nullableId = [](qint64 id) {
        return id ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
    };
    m_store.execute(
        QStringLiteral("INSERT INTO audit_log (changed_at, user_name, entity, entity_id, "
                       "entity_key, label_en, label_zh, project_id, agreement_id, action, "
                       "field, old_value, new_value) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {changedAt, entry.userName, entry.entity, entry.entityId, entry.entityKey, entry.label.en,
         entry.label.zh, nullableId(entry.projectId), nullableId(entry.agreementId), entry.action,
         entry.field, nullable(entry.oldValue), nullable(entry.newValue)});
}

QList<AuditEntry> AuditLog::ofProject(qint64 projectId)
{
    return read(QStringLiteral("WHERE project_id = ? ORDER BY id DESC"), {projectId});
}

QList<AuditEntry> AuditLog::ofAgreement(qint64 agreementId)
{
    return read(QStringLiteral("WHERE agreement_id = ? ORDER BY id DESC"), {agreementId});
}

QList<AuditEntry> AuditLog::ofReferenceLists(int limit)
{
    return read(QStringLiteral("WHERE entity IN ('organisation', 'country', 'theme', "
                               "'exchange_rate', 'offer', 'proposal') ORDER BY id DESC LIMIT ?"),
                {limit});
}

// `where` is one of the fixed clauses above, never user text.
QList<AuditEntry> AuditLog::read(const QString &where, const QVariantList &values)
{
    PreparedQuery query = m_store.query(
        QStringLiteral("SELECT changed_at, user_name, entity, entity_id, entity_key, project_id, "
                       "agreement_id, action, field, old_value, new_value, label_en, label_zh "
                       "FROM audit_log ") +
            where,
        values);
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.changedAt = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
        entry.changedAt.setTimeSpec(Qt::UTC);
        entry.userName = query.value(1).toString();
        entry.entity = query.value(2).toString();
        entry.entityId = query.value(3).toLongLong();
        entry.entityKey = query.value(4).toString();
        entry.projectId = query.value(5).toLongLong();
        entry.agreementId = query.value(6).toLongLong();
        entry.action = query.value(7).toString();
        entry.field = query.value(8).toString();
        entry.oldValue = query.value(9).toString();
        entry.newValue = query.value(10).toString();
        entry.label = {query.value(11).toString(), query.value(12).toString()};
        entries << entry;
    }
    return entries;
}

} // namespace sstc
