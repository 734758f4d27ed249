#pragma once

#include "models/domain/Event.h"
#include "ui/widgets/RecordTable.h"

namespace sstc {

// A project's seminars, workshops, conferences, study visits and trainings, with who came.
class EventsTable : public RecordTable
{
    Q_OBJECT

public:
    EventsTable(const QList<ChoiceDelegate::Choice> &countries, QWidget *parent = nullptr);

    void setEvents(const QList<Event> &events);
    QList<Event> events(ValidationProblems &inputProblems) const;

protected:
    void addChild() override;
    void removeChild(int row) override { m_events.removeAt(row); }

private:
    void fillRow(int row, const Event &event);

    QList<Event> m_events; // ids, descriptions, outputs: what the table does not show
};

} // namespace sstc
