#pragma once

#include "models/domain/Organisation.h"

#include <QList>

#include <optional>

namespace sstc {

class PortfolioStore;

class OrganisationRepository
{
public:
    explicit OrganisationRepository(PortfolioStore &store)
        : m_store(store)
    {}

    qint64 insert(const Organisation &organisation);
    void update(const Organisation &organisation);
    // Refused (StoreError InvalidData) while a project or an agreement refers to it.
    void remove(qint64 id);
    std::optional<Organisation> find(qint64 id);
    QList<Organisation> all();

private:
    PortfolioStore &m_store;
};

} // namespace sstc
