#pragma once

#include "models/domain/FundingLine.h"
#include "models/domain/Indicator.h"
#include "models/domain/Organisation.h"
#include "models/domain/Project.h"

#include <QList>
#include <QString>

#include <optional>

namespace sstc {

// An organisation as an IATI file names it: by ref (its IATI organisation identifier) and
// name, not yet matched to one of the portfolio's organisations.
struct ImportedOrganisation
{
    QString ref;
    LocalizedText name;
    QString iatiType; // OrganisationType code, e.g. "10"
    // What SSTC Desk's own export adds (the sstc: attributes): the app's type, acronym, country.
    std::optional<OrganisationType> appType;
    QString acronym;
    QString countryCode;
    qint64 line = 0;

    bool isEmpty() const { return ref.isEmpty() && name.isEmpty(); }
};

struct ImportedParticipant
{
    ImportedOrganisation organisation;
    OrganisationRole role = OrganisationRole::Implementing;
};

struct ImportedFunding
{
    FundingLine line; // ids and provider id left 0
    ImportedOrganisation provider;
};

struct ImportedPlannedDisbursement
{
    PlannedDisbursement planned; // provider id left 0
    ImportedOrganisation provider;
};

// One iati-activity as read, in the portfolio's terms but with nothing resolved against it:
// the project's own fields are in `project` (its organisations empty, its ids 0), the
// organisations, money and relations beside it.
struct ImportedActivity
{
    qint64 line = 0; // where the iati-activity starts
    Project project; // iatiIdentifier, code, titles, dates, countries, goals, links…
    QList<ImportedParticipant> participants;
    QList<ImportedFunding> funding;
    QList<ImportedPlannedDisbursement> plannedDisbursements;
    QList<Indicator> indicators;
    QString parentIdentifier;          // related-activity type 1
    QStringList childIdentifiers;      // related-activity type 2
};

} // namespace sstc
