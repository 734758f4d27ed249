#include "models/repositories/EventRepository.h"

#include "models/store/PortfolioStore.h"
#include "models/store/SqlValues.h"
#include "models/store/WriteTransaction.h"

#include <QHash>

namespace sstc {

using namespace sql;

namespace {
QVariantList rowValues(const Event &event)
{
    const ParticipantCounts &people = event.participants;
    return {nullableId(event.projectId),
            nullableId(event.agreementId),
            codeOf(eventKindCodes, event.kind),
            event.title.en,
            event.title.zh,
            dateValue(event.startOn),
            dateValue(event.endOn),
            event.place.en,
            event.place.zh,
            nullableText(event.countryCode),
            optionalValue(people.total),
            people.totalIsMinimum ? 1 : 0,
            optionalValue(people.government),
            optionalValue(people.workers),
            optionalValue(people.employers),
            optionalValue(people.women),
            optionalValue(people.men),
            event.description.en,
            event.description.zh};
}
} // namespace

qint64 EventRepository::insert(const Event &event)
{
    WriteTransaction transaction(m_store);
    QVariantList values = rowValues(event);
    const QString statement = keepingId(
        QStringLiteral("INSERT INTO events (project_id, agreement_id, kind, title_en, title_zh, "
                       "start_on, end_on, place_en, place_zh, country_code, participants_total, "
                       "participants_total_is_minimum, participants_government, "
                       "participants_workers, participants_employers, participants_women, "
                       "participants_men, description_en, description_zh) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        event.id, values);
    const qint64 id = m_store.insert(statement, values);
    writeOutputs(event, id);
    transaction.commit();
    return id;
}

void EventRepository::update(const Event &event)
{
    WriteTransaction transaction(m_store);
    m_store.execute(QStringLiteral("UPDATE events SET project_id = ?, agreement_id = ?, kind = ?, "
                                   "title_en = ?, title_zh = ?, start_on = ?, end_on = ?, "
                                   "place_en = ?, place_zh = ?, country_code = ?, "
                                   "participants_total = ?, participants_total_is_minimum = ?, "
                                   "participants_government = ?, participants_workers = ?, "
                                   "participants_employers = ?, participants_women = ?, "
                                   "participants_men = ?, description_en = ?, description_zh = ? "
                                   "WHERE id = ?"),
                    rowValues(event) << event.id);
    m_store.execute(QStringLiteral("DELETE FROM event_outputs WHERE event_id = ?"), {event.id});
    writeOutputs(event, event.id);
    transaction.commit();
}

void EventRepository::writeOutputs(const Event &event, qint64 id)
{
    int position = 0;
    for (const EventOutput &output : event.outputs)
        m_store.execute(QStringLiteral("INSERT INTO event_outputs (event_id, position, kind, "
                                       "quantity, description_en, description_zh) "
                                       "VALUES (?, ?, ?, ?, ?, ?)"),
                        {id, position++, codeOf(outputKindCodes, output.kind),
                         optionalValue(output.quantity), output.description.en,
                         output.description.zh});
}

void EventRepository::remove(qint64 id)
{
    WriteTransaction transaction(m_store);
    m_store.execute(QStringLiteral("DELETE FROM events WHERE id = ?"), {id});
    transaction.commit();
}

std::optional<Event> EventRepository::find(qint64 id)
{
    const QList<Event> found = load(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Event>(found.first());
}

QList<Event> EventRepository::ofProject(qint64 projectId)
{
    return load(QStringLiteral("WHERE project_id = ?"), {projectId});
}

QList<Event> EventRepository::all()
{
    return load(QString(), {});
}

// `where` is one of the fixed clauses above, never user text.
QList<Event> EventRepository::load(const QString &where, const QVariantList &values)
{
    PreparedQuery query = m_store.query(
        QStringLiteral("SELECT id, project_id, agreement_id, kind, title_en, title_zh, start_on, "
                       "end_on, place_en, place_zh, country_code, participants_total, "
                       "participants_total_is_minimum, participants_government, "
                       "participants_workers, participants_employers, participants_women, "
                       "participants_men, description_en, description_zh FROM events ") +
            where + QStringLiteral(" ORDER BY start_on IS NULL, start_on, id"),
        values);
    QList<Event> result;
    QHash<qint64, int> indexById;
    while (query.next()) {
        Event event;
        event.id = query.value(0).toLongLong();
        event.projectId = query.value(1).toLongLong();
        event.agreementId = query.value(2).toLongLong();
        event.kind =
            valueOfCode(eventKindCodes, query.value(3).toString()).value_or(EventKind::Seminar);
        event.title = textAt(query, 4);
        event.startOn = dateAt(query, 6);
        event.endOn = dateAt(query, 7);
        event.place = textAt(query, 8);
        event.countryCode = query.value(10).toString();
        event.participants.total = optionalIntAt(query, 11);
        event.participants.totalIsMinimum = query.value(12).toInt() != 0;
        event.participants.government = optionalIntAt(query, 13);
        event.participants.workers = optionalIntAt(query, 14);
        event.participants.employers = optionalIntAt(query, 15);
        event.participants.women = optionalIntAt(query, 16);
        event.participants.men = optionalIntAt(query, 17);
        event.description = textAt(query, 18);
        indexById.insert(event.id, int(result.size()));
        result.append(event);
    }
    if (result.isEmpty())
        return result;
    PreparedQuery outputs = m_store.query(
        QStringLiteral("SELECT event_id, kind, quantity, description_en, description_zh "
                       "FROM event_outputs ORDER BY event_id, position"));
    while (outputs.next()) {
        const auto index = indexById.constFind(outputs.value(0).toLongLong());
        if (index == indexById.constEnd())
            continue;
        result[*index].outputs.append(
            {valueOfCode(outputKindCodes, outputs.value(1).toString()).value_or(OutputKind::Other),
             optionalIntAt(outputs, 2), textAt(outputs, 3)});
    }
    return result;
}

} // namespace sstc
