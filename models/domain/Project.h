#pragma once

#include "models/domain/Codes.h"
#include "models/domain/DocumentLink.h"
#include "models/domain/PlannedDisbursement.h"
#include "models/domain/LocalizedText.h"
#include "models/domain/PartialDate.h"

#include <QList>

#include <optional>

namespace sstc {

// IATI ActivityStatus codes.
enum class ProjectStatus
{
    Pipeline = 1,
    Implementation = 2,
    Finalisation = 3,
    Closed = 4,
    Cancelled = 5,
    Suspended = 6
};

// IATI OrganisationRole codes.
enum class OrganisationRole
{
    Funding = 1,
    Accountable = 2,
    Extending = 3,
    Implementing = 4
};

inline constexpr CodeEntry<ProjectStatus> projectStatusCodes[] = {
    {ProjectStatus::Pipeline, "pipeline"},
    {ProjectStatus::Implementation, "implementation"},
    {ProjectStatus::Finalisation, "finalisation"},
    {ProjectStatus::Closed, "closed"},
    {ProjectStatus::Cancelled, "cancelled"},
    {ProjectStatus::Suspended, "suspended"},
};

inline constexpr CodeEntry<OrganisationRole> organisationRoleCodes[] = {
    {OrganisationRole::Funding, "funding"},
    {OrganisationRole::Accountable, "accountable"},
    {OrganisationRole::Extending, "extending"},
    {OrganisationRole::Implementing, "implementing"},
};

struct ParticipatingOrganisation
{
    qint64 organisationId = 0;
    OrganisationRole role = OrganisationRole::Implementing;
};

struct RecipientCountry
{
    QString countryCode;
    std::optional<double> percentage; // empty when the split is not known
};

struct RecipientRegion
{
    QString regionCode;
    std::optional<double> percentage;
};

// A donor-funded project; maps to one iati-activity.
struct Project
{
    qint64 id = 0;
    QString code;
    QString iatiIdentifier; // the key of its iati-activity, kept once given; empty for none
    LocalizedText title;
    LocalizedText description;
    std::optional<ProjectStatus> status;
    PartialDate plannedStart;
    PartialDate plannedEnd;
    PartialDate actualStart;
    PartialDate actualEnd;
    qint64 agreementId = 0;     // the agreement the project rests on, 0 for none
    qint64 parentProjectId = 0; // IATI related-activity type 1 (parent), 0 for none
    QList<ParticipatingOrganisation> organisations;
    QList<RecipientCountry> countries;
    QList<RecipientRegion> regions;
    QList<int> sdgGoals; // 1–17
    QList<qint64> themeIds;
    QList<DocumentLink> documentLinks;
    QList<KeptNarrative> keptNarratives;
    QList<PlannedDisbursement> plannedDisbursements; // in the order they came

    // Actual dates when known, planned dates otherwise.
    PartialDate start() const { return actualStart.isNull() ? plannedStart : actualStart; }
    PartialDate end() const { return actualEnd.isNull() ? plannedEnd : actualEnd; }
};

} // namespace sstc
