#include "models/agreements/ExpiryReminders.h"

#include "models/agreements/AgreementStatus.h"

#include <algorithm>

namespace sstc {

QList<ExpiringAgreement> ExpiryReminders::list(const QList<Agreement> &agreements,
                                               const QDate &today, int days)
{
    QList<ExpiringAgreement> result;
    const QDate horizon = today.addDays(days);
    const QHash<qint64, AgreementStatus> statuses = AgreementStatusRules::ofAll(agreements, today);
    for (const Agreement &agreement : agreements) {
        if (agreement.validTo.isNull())
            continue;
        const QDate end = agreement.validTo.lastDay();
        if (end < today || end > horizon)
            continue;
        if (statuses.value(agreement.id) == AgreementStatus::Superseded)
            continue;
        result.append({agreement, end, int(today.daysTo(end))});
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const ExpiringAgreement &a, const ExpiringAgreement &b) {
                         return a.expiresOn < b.expiresOn;
                     });
    return result;
}

} // namespace sstc
