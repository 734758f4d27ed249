#pragma once

#include "models/domain/Codes.h"
#include "models/domain/LocalizedText.h"
#include "models/domain/PartialDate.h"

#include <QList>

namespace sstc {

enum class AgreementKind
{
    Mou,
    Partnership,
    Amendment,
    WorkProgramme,
    Dwcp
};

inline constexpr CodeEntry<AgreementKind> agreementKindCodes[] = {
    {AgreementKind::Mou, "mou"},
    {AgreementKind::Partnership, "partnership"},
    {AgreementKind::Amendment, "amendment"},
    {AgreementKind::WorkProgramme, "work_programme"},
    {AgreementKind::Dwcp, "dwcp"},
};

struct AgreementParty
{
    qint64 organisationId = 0;
    LocalizedText signatoryName;
    LocalizedText signatoryTitle;
};

// An MOU, partnership agreement, amendment, work programme or Decent Work Country Programme.
// Its status (in force, expired, superseded, amended) is derived from dates and links.
struct Agreement
{
    qint64 id = 0;
    AgreementKind kind = AgreementKind::Mou;
    LocalizedText title;
    PartialDate signedOn;
    LocalizedText signedPlace;
    PartialDate validFrom;
    PartialDate validTo;
    LocalizedText summary;
    qint64 amendsId = 0;     // the agreement this one amends, 0 for none
    qint64 supersedesId = 0; // the agreement this one replaces, 0 for none
    QList<AgreementParty> parties;
};

} // namespace sstc
