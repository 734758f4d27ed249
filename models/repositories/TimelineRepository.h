#pragma once

#include "models/query/ProjectFilter.h"
#include "models/repositories/TimelineEntry.h"

namespace sstc {

class PortfolioStore;

// Reads what the timeline draws of the projects a filter selects: five queries whatever the
// number of projects, so that a portfolio of ten thousand loads at once.
class TimelineRepository
{
public:
    explicit TimelineRepository(PortfolioStore &store)
        : m_store(store)
    {}

    TimelineData load(const ProjectFilter &filter);

private:
    PortfolioStore &m_store;
};

} // namespace sstc
