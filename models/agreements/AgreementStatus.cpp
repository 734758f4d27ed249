#include "AgreementStatus.h"

namespace sstc {

namespace {
bool inEffect(const Agreement &agreement, const QDate &today)
{
    const QDate from = AgreementStatusRules::effectiveFrom(agreement);
    return !from.isValid() || from <= today;
}
} // namespace

QDate AgreementStatusRules::effectiveFrom(const Agreement &agreement)
{
    if (!agreement.validFrom.isNull())
        return agreement.validFrom.firstDay();
    if (!agreement.signedOn.isNull())
        return agreement.signedOn.firstDay();
    return {};
}

AgreementStatus AgreementStatusRules::of(const Agreement &agreement, const QList<Agreement> &all,
                                         const QDate &today)
{
    bool amended = false;
    for (const Agreement &other : all) {
        if (other.id == agreement.id || !inEffect(other, today))
            continue;
        if (other.supersedesId == agreement.id)
            return AgreementStatus::Superseded;
        if (other.amendsId == agreement.id)
            amended = true;
    }
    // A year or a month as the end date runs to its last day.
    if (!agreement.validTo.isNull() && agreement.validTo.lastDay() < today)
        return AgreementStatus::Expired;
    if (!inEffect(agreement, today))
        return AgreementStatus::NotYetInForce;
    return amended ? AgreementStatus::Amended : AgreementStatus::InForce;
}

QHash<qint64, AgreementStatus> AgreementStatusRules::ofAll(const QList<Agreement> &all,
                                                           const QDate &today)
{
    QHash<qint64, AgreementStatus> statuses;
    for (const Agreement &agreement : all)
        statuses.insert(agreement.id, of(agreement, all, today));
    return statuses;
}

} // namespace sstc
