#include "models/agreements/AgreementStatus.h"

#include <QSet>

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

namespace {

// The agreements that a later one in effect replaces or amends. The database refuses an
// agreement that names itself, so an agreement never counts for its own status.
struct LinksInEffect
{
    QSet<qint64> superseded;
    QSet<qint64> amended;
};

LinksInEffect linksInEffect(const QList<Agreement> &all, const QDate &today)
{
    LinksInEffect links;
    for (const Agreement &other : all) {
        if (!inEffect(other, today))
            continue;
        if (other.supersedesId != 0 && other.supersedesId != other.id)
            links.superseded.insert(other.supersedesId);
        if (other.amendsId != 0 && other.amendsId != other.id)
            links.amended.insert(other.amendsId);
    }
    return links;
}

AgreementStatus statusWith(const Agreement &agreement, const LinksInEffect &links,
                           const QDate &today)
{
    if (links.superseded.contains(agreement.id))
        return AgreementStatus::Superseded;
    // A year or a month as the end date runs to its last day.
    if (!agreement.validTo.isNull() && agreement.validTo.lastDay() < today)
        return AgreementStatus::Expired;
    if (!inEffect(agreement, today))
        return AgreementStatus::NotYetInForce;
    return links.amended.contains(agreement.id) ? AgreementStatus::Amended
                                                : AgreementStatus::InForce;
}

} // namespace

AgreementStatus AgreementStatusRules::of(const Agreement &agreement, const QList<Agreement> &all,
                                         const QDate &today)
{
    return statusWith(agreement, linksInEffect(all, today), today);
}

// The links are gathered once, so that thousands of agreements take a moment, not seconds.
QHash<qint64, AgreementStatus> AgreementStatusRules::ofAll(const QList<Agreement> &all,
                                                           const QDate &today)
{
    const LinksInEffect links = linksInEffect(all, today);
    QHash<qint64, AgreementStatus> statuses;
    for (const Agreement &agreement : all)
        statuses.insert(agreement.id, statusWith(agreement, links, today));
    return statuses;
}

} // namespace sstc
