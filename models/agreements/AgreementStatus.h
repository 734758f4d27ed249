#pragma once

#include "models/domain/Agreement.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace sstc {

// Where an agreement stands on a given day. Never stored: it follows from the dates and from
// the agreements that amend or replace it, so it cannot go stale.
enum class AgreementStatus
{
    InForce,
    NotYetInForce,
    Expired,
    Superseded,
    Amended
};

inline constexpr CodeEntry<AgreementStatus> agreementStatusCodes[] = {
    {AgreementStatus::InForce, "in_force"}, {AgreementStatus::NotYetInForce, "not_yet_in_force"},
    {AgreementStatus::Expired, "expired"},  {AgreementStatus::Superseded, "superseded"},
    {AgreementStatus::Amended, "amended"},
};

class AgreementStatusRules
{
public:
    // The first day an agreement counts from: valid from, else signed; null when neither is
    // known (such an agreement is taken to be in effect already).
    static QDate effectiveFrom(const Agreement &agreement);
    // `all` holds every agreement, so that amendments and replacements of this one are seen.
    // A replacement counts from its own effective day: before that the old one still holds.
    static AgreementStatus of(const Agreement &agreement, const QList<Agreement> &all,
                              const QDate &today);
    static QHash<qint64, AgreementStatus> ofAll(const QList<Agreement> &all, const QDate &today);
};

} // namespace sstc
