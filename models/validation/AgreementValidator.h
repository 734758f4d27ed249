#pragma once

#include "models/domain/Agreement.h"
#include "models/domain/ValidationProblem.h"

#include <QCoreApplication>

namespace sstc {

// What keeps an agreement from being saved: no title, a party listed twice, a validity that
// ends before it starts, or a link that would make the agreement amend or replace itself,
// directly or through a chain of others. Field keys: "title", "validTo", "amends",
// "supersedes", "parties/N/organisation".
class AgreementValidator
{
    Q_DECLARE_TR_FUNCTIONS(sstc::AgreementValidator)

public:
    // `stored` is every agreement as saved; the edited one replaces its own entry there.
    static ValidationProblems check(const Agreement &agreement, const QList<Agreement> &stored);

private:
    static bool leadsBackTo(qint64 start, qint64 target, const QList<Agreement> &agreements);
};

} // namespace sstc
