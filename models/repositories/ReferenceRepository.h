#pragma once

#include "models/domain/Country.h"
#include "models/domain/Milestone.h"
#include "models/domain/Theme.h"

#include <QList>

#include <optional>

namespace sstc {

class PortfolioStore;

// The lookup lists projects refer to: countries, regions, themes, and the relationship
// milestones shown as context in the agreement history.
class ReferenceRepository
{
public:
    explicit ReferenceRepository(PortfolioStore &store)
        : m_store(store)
    {}

    void saveCountries(const QList<Country> &countries); // inserts or updates by code
    QList<Country> countries();
    std::optional<Country> country(const QString &code);

    void saveRegions(const QList<Region> &regions);
    QList<Region> regions();

    qint64 insertTheme(const Theme &theme);
    QList<Theme> themes();

    qint64 insertMilestone(const Milestone &milestone);
    QList<Milestone> milestones(); // in date order, undated last

private:
    PortfolioStore &m_store;
};

} // namespace sstc
