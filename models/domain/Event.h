#pragma once

#include "models/domain/Codes.h"
#include "models/domain/LocalizedText.h"
#include "models/domain/PartialDate.h"

#include <QList>

#include <optional>

namespace sstc {

enum class EventKind
{
    Seminar,
    Workshop,
    Conference,
    StudyVisit,
    Training
};

inline constexpr CodeEntry<EventKind> eventKindCodes[] = {
    {EventKind::Seminar, "seminar"},       {EventKind::Workshop, "workshop"},
    {EventKind::Conference, "conference"}, {EventKind::StudyVisit, "study_visit"},
    {EventKind::Training, "training"},
};

enum class OutputKind
{
    Article,
    Video,
    Publication,
    Other
};

inline constexpr CodeEntry<OutputKind> outputKindCodes[] = {
    {OutputKind::Article, "article"},
    {OutputKind::Video, "video"},
    {OutputKind::Publication, "publication"},
    {OutputKind::Other, "other"},
};

// Who took part; every count may be unknown. The sources often say "over 150": the total is
// then a minimum.
struct ParticipantCounts
{
    std::optional<int> total;
    bool totalIsMinimum = false;
    std::optional<int> government;
    std::optional<int> workers;
    std::optional<int> employers;
    std::optional<int> women;
    std::optional<int> men;
};

struct EventOutput
{
    OutputKind kind = OutputKind::Other;
    std::optional<int> quantity; // empty for "a series of articles"
    LocalizedText description;
};

// A seminar, workshop, conference, study visit or training of a project or a work programme.
struct Event
{
    qint64 id = 0;
    qint64 projectId = 0;   // 0 when it belongs to an agreement's work programme instead
    qint64 agreementId = 0; // 0 when it belongs to a project
    EventKind kind = EventKind::Seminar;
    LocalizedText title;
    PartialDate startOn;
    PartialDate endOn;
    LocalizedText place;
    QString countryCode;
    ParticipantCounts participants;
    LocalizedText description;
    QList<EventOutput> outputs;
};

} // namespace sstc
