#include "AuditLog.h"

#include "domain/Codes.h"
#include "store/PortfolioStore.h"
#include "store/WriteTransaction.h"

#include <QMap>
#include <QSettings>
#include <QStringList>

namespace sstc {

namespace {

using Fields = QMap<QString, QString>;

const QString userNameKey = QStringLiteral("audit/userName");

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
QList<AuditEntry> differences(const QString &entity, qint64 id, const Fields *before,
                              const Fields *after)
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
        entry.entity = entity;
        entry.entityId = id;
        entry.action = action;
        entry.field = field.key();
        entry.oldValue = oldValue;
        entry.newValue = newValue;
        entries << entry;
    }
    return entries;
}

template<typename Child>
QList<AuditEntry> childDifferences(const QString &entity, const QList<Child> &before,
                                   const QList<Child> &after)
{
    QMap<qint64, Fields> old;
    for (const Child &child : before)
        old.insert(child.id, fieldsOf(child));
    QList<AuditEntry> entries;
    for (const Child &child : after) {
        const Fields now = fieldsOf(child);
        const auto found = old.constFind(child.id);
        entries << differences(entity, child.id, found == old.constEnd() ? nullptr : &*found, &now);
        old.remove(child.id);
    }
    for (auto gone = old.cbegin(); gone != old.cend(); ++gone)
        entries << differences(entity, gone.key(), &gone.value(), nullptr);
    return entries;
}

} // namespace

void AuditLog::recordProject(const std::optional<ProjectRecord> &before,
                             const std::optional<ProjectRecord> &after, const QString &userName)
{
    if (!before && !after)
        return;
    const ProjectRecord empty;
    const ProjectRecord &was = before ? *before : empty;
    const ProjectRecord &now = after ? *after : empty;
    const qint64 projectId = after ? after->project.id : before->project.id;
    const Fields projectBefore = fieldsOf(was.project);
    const Fields projectAfter = fieldsOf(now.project);
    QList<AuditEntry> entries =
        differences(QStringLiteral("project"), projectId, before ? &projectBefore : nullptr,
                    after ? &projectAfter : nullptr);
    entries << childDifferences(QStringLiteral("funding_line"), was.fundingLines, now.fundingLines);
    entries << childDifferences(QStringLiteral("event"), was.events, now.events);
    entries << childDifferences(QStringLiteral("indicator"), was.indicators, now.indicators);

    const QDateTime now_ = QDateTime::currentDateTimeUtc();
    WriteTransaction transaction(m_store);
    for (AuditEntry &entry : entries) {
        entry.changedAt = now_;
        entry.userName = userName;
        entry.projectId = projectId;
        write(entry);
    }
    transaction.commit();
}

void AuditLog::write(const AuditEntry &entry)
{
    const auto nullable = [](const QString &value) {
        return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
    };
    m_store.run(QStringLiteral("INSERT INTO audit_log (changed_at, user_name, entity, entity_id, "
                               "project_id, action, field, old_value, new_value) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {entry.changedAt.toString(Qt::ISODateWithMs), entry.userName, entry.entity,
                 entry.entityId, entry.projectId, entry.action, entry.field,
                 nullable(entry.oldValue), nullable(entry.newValue)});
}

QList<AuditEntry> AuditLog::ofProject(qint64 projectId)
{
    QSqlQuery query = m_store.run(
        QStringLiteral("SELECT changed_at, user_name, entity, entity_id, project_id, action, "
                       "field, old_value, new_value FROM audit_log WHERE project_id = ? "
                       "ORDER BY id DESC"),
        {projectId});
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.changedAt = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
        entry.changedAt.setTimeSpec(Qt::UTC);
        entry.userName = query.value(1).toString();
        entry.entity = query.value(2).toString();
        entry.entityId = query.value(3).toLongLong();
        entry.projectId = query.value(4).toLongLong();
        entry.action = query.value(5).toString();
        entry.field = query.value(6).toString();
        entry.oldValue = query.value(7).toString();
        entry.newValue = query.value(8).toString();
        entries << entry;
    }
    return entries;
}

QString AuditLog::userName()
{
    const QString configured = QSettings().value(userNameKey).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"})
        if (const QString name = qEnvironmentVariable(variable).trimmed(); !name.isEmpty())
            return name;
    return QStringLiteral("unknown");
}

void AuditLog::setUserName(const QString &name)
{
    QSettings().setValue(userNameKey, name.trimmed());
}

} // namespace sstc
