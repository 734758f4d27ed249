#include "ui/projecteditor/EventsTable.h"

#include "models/text/DomainNames.h"

#include <QTableWidget>

namespace sstc {

namespace {
const QString kindField = QStringLiteral("kind");
const QString titleEnField = QStringLiteral("titleEn");
const QString titleZhField = QStringLiteral("titleZh");
const QString startField = QStringLiteral("startOn");
const QString endField = QStringLiteral("endOn");
const QString placeEnField = QStringLiteral("placeEn");
const QString placeZhField = QStringLiteral("placeZh");
const QString countryField = QStringLiteral("country");
const QString totalField = QStringLiteral("total");
const QString womenField = QStringLiteral("women");
const QString menField = QStringLiteral("men");
const QString governmentField = QStringLiteral("government");
const QString workersField = QStringLiteral("workers");
const QString employersField = QStringLiteral("employers");

std::optional<double> asNumber(const std::optional<int> &count)
{
    return count ? std::optional<double>(*count) : std::nullopt;
}
} // namespace

EventsTable::EventsTable(const QList<ChoiceDelegate::Choice> &countries, QWidget *parent)
    : RecordTable(QStringLiteral("events"), QStringLiteral("events"), tr("&Add event"),
                  tr("&Remove event"), parent)
{
    setColumns({{kindField, tr("Kind"), 120},
                {titleEnField, tr("Title (English)"), 240},
                {titleZhField, tr("Title (Chinese)"), 200},
                {startField, tr("Start"), 100},
                {endField, tr("End"), 100},
                {placeEnField, tr("Place (English)"), 120},
                {placeZhField, tr("Place (Chinese)"), 100},
                {countryField, tr("Country"), 130},
                {totalField, tr("Participants"), 0},
                {womenField, tr("Women"), 0},
                {menField, tr("Men"), 0},
                {governmentField, tr("Government"), 0},
                {workersField, tr("Workers"), 0},
                {employersField, tr("Employers"), 0}});
    QList<ChoiceDelegate::Choice> kinds;
    for (const auto &entry : eventKindCodes)
        kinds.append({DomainNames::eventKind(entry.value), int(entry.value)});
    setChoices(kindField, kinds);
    setChoices(countryField, countries);
    setFieldAlias(QStringLiteral("title"), titleEnField);
}

void EventsTable::setEvents(const QList<Event> &events)
{
    table()->setRowCount(0);
    m_events = events;
    for (const Event &event : events)
        fillRow(appendRow(), event);
}

void EventsTable::fillRow(int row, const Event &event)
{
    setChoice(row, kindField, int(event.kind));
    setText(row, titleEnField, event.title.en);
    setText(row, titleZhField, event.title.zh);
    setText(row, startField, event.startOn.toIso());
    setText(row, endField, event.endOn.toIso());
    setText(row, placeEnField, event.place.en);
    setText(row, placeZhField, event.place.zh);
    setChoice(row, countryField, event.countryCode);
    const ParticipantCounts &counts = event.participants;
    setNumber(row, totalField, asNumber(counts.total));
    setNumber(row, womenField, asNumber(counts.women));
    setNumber(row, menField, asNumber(counts.men));
    setNumber(row, governmentField, asNumber(counts.government));
    setNumber(row, workersField, asNumber(counts.workers));
    setNumber(row, employersField, asNumber(counts.employers));
}

QList<Event> EventsTable::events(ValidationProblems &inputProblems) const
{
    QList<Event> events;
    for (int row = 0; row < table()->rowCount(); ++row) {
        Event event = m_events.at(row);
        event.kind = EventKind(choice(row, kindField).toInt());
        event.title = {text(row, titleEnField), text(row, titleZhField)};
        event.startOn = date(row, startField, inputProblems);
        event.endOn = date(row, endField, inputProblems);
        event.place = {text(row, placeEnField), text(row, placeZhField)};
        event.countryCode = choice(row, countryField).toString();
        ParticipantCounts &counts = event.participants;
        counts.total = count(row, totalField, inputProblems);
        counts.women = count(row, womenField, inputProblems);
        counts.men = count(row, menField, inputProblems);
        counts.government = count(row, governmentField, inputProblems);
        counts.workers = count(row, workersField, inputProblems);
        counts.employers = count(row, employersField, inputProblems);
        events.append(event);
    }
    return events;
}

void EventsTable::addChild()
{
    Event event;
    m_events.append(event);
    fillRow(appendRow(), event);
}

} // namespace sstc
