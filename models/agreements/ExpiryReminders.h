#pragma once

#include "models/domain/Agreement.h"

#include <QDate>
#include <QList>

namespace sstc {

struct ExpiringAgreement
{
    Agreement agreement;
    QDate expiresOn; // the last day of its validity
    int daysLeft = 0;
};

// Agreements whose validity ends within a number of days, so that officers can renew them in
// time. The number of days is a user setting, kept by the ui (Preferences).
class ExpiryReminders
{
public:
    static constexpr int defaultDays = 90; // until the user chooses another number

    // Agreements still valid on `today` whose validity ends at most `days` later, soonest
    // first. Superseded ones are left out: nothing rests on them any more.
    static QList<ExpiringAgreement> list(const QList<Agreement> &agreements, const QDate &today,
                                         int days);
};

} // namespace sstc
