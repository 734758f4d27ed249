#pragma once

#include "models/domain/Agreement.h"
#include "models/domain/Country.h"
#include "models/domain/Event.h"
#include "models/domain/Money.h"
#include "models/domain/Project.h"

#include <QDate>
#include <QList>

#include <optional>

namespace sstc {

// What the timeline draws of a portfolio, read in a few grouped queries (TimelineRepository).

struct TimelineEvent
{
    qint64 id = 0;
    EventKind kind = EventKind::Seminar;
    LocalizedText title;
    PartialDate start;
    PartialDate end;
};

struct TimelineProject
{
    qint64 id = 0;
    QString code;
    LocalizedText title;
    std::optional<ProjectStatus> status;
    PartialDate plannedStart;
    PartialDate plannedEnd;
    PartialDate actualStart;
    PartialDate actualEnd;
    QList<Country> countries;
    // The revised budget when there is one, else the original budget; one sum per currency.
    QList<Money> budget;
    // Expenditure against the budget in the budget's first currency, when both are known.
    std::optional<double> progress;
    QList<TimelineEvent> events; // by start date, undated last
};

struct TimelineAgreement
{
    qint64 id = 0;
    AgreementKind kind = AgreementKind::Mou;
    LocalizedText title;
    PartialDate signedOn;
};

struct TimelineData
{
    QList<TimelineProject> projects;     // by id
    QList<TimelineAgreement> agreements; // signed ones, by signing date
};

// The day a marker stands for: the middle of what a partial date may mean, since drawing
// "2019" at 1 January would claim a precision the source does not have.
inline QDate middleDay(const PartialDate &date)
{
    if (date.isNull())
        return {};
    const QDate first = date.firstDay();
    return first.addDays(first.daysTo(date.lastDay()) / 2);
}

} // namespace sstc
