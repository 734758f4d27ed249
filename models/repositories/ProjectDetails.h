#pragma once

#include "domain/Agreement.h"
#include "domain/Country.h"
#include "domain/Event.h"
#include "domain/FundingLine.h"
#include "domain/Indicator.h"
#include "domain/Organisation.h"
#include "domain/Project.h"
#include "domain/Theme.h"

#include <QHash>
#include <QList>

#include <optional>

namespace sstc {

class PortfolioStore;

// One project with everything it refers to resolved: what a detail pane or a report needs.
struct ProjectDetails
{
    Project project;
    QHash<qint64, Organisation> organisations; // by id, those the project names
    QHash<QString, Country> countries;         // by code
    std::optional<Agreement> agreement;
    QList<Theme> themes;
    QList<FundingLine> funding;
    QList<Event> events;
    QList<Indicator> indicators;

    static std::optional<ProjectDetails> load(PortfolioStore &store, qint64 projectId);
};

} // namespace sstc
