#pragma once

#include "models/domain/Country.h"
#include "models/domain/Money.h"
#include "models/domain/PartialDate.h"
#include "models/domain/Project.h"

#include <QList>

#include <optional>

namespace sstc {

// What the portfolio table shows of a project, read in a few grouped queries.
struct ProjectSummary
{
    qint64 id = 0;
    QString code;
    LocalizedText title;
    QList<Country> countries;
    PartialDate start; // actual when known, else planned
    PartialDate end;
    // The revised budget when there is one, else the original budget; one sum per currency.
    QList<Money> budget;
    std::optional<ProjectStatus> status;
};

} // namespace sstc
