#pragma once

#include "models/domain/Agreement.h"
#include "models/domain/Country.h"
#include "models/domain/Event.h"
#include "models/domain/FundingLine.h"
#include "models/domain/Indicator.h"
#include "models/domain/Organisation.h"
#include "models/domain/Project.h"
#include "models/domain/Theme.h"

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
