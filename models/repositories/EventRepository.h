#pragma once

#include "models/domain/Event.h"

#include <QList>

#include <optional>

namespace sstc {

class PortfolioStore;

class EventRepository
{
public:
    explicit EventRepository(PortfolioStore &store)
        : m_store(store)
    {}

    qint64 insert(const Event &event); // with its outputs
    void update(const Event &event);   // replaces its outputs
    void remove(qint64 id);
    std::optional<Event> find(qint64 id);
    QList<Event> ofProject(qint64 projectId);
    QList<Event> all(); // by start date, undated last

private:
    void writeOutputs(const Event &event, qint64 id);
    QList<Event> load(const QString &where, const QVariantList &values);

    PortfolioStore &m_store;
};

} // namespace sstc
