#include "models/validation/AgreementValidator.h"

#include <QHash>
#include <QSet>

namespace sstc {

ValidationProblems AgreementValidator::check(const Agreement &agreement,
                                             const QList<Agreement> &stored)
{
    ValidationProblems problems;
    if (agreement.title.en.trimmed().isEmpty() && agreement.title.zh.trimmed().isEmpty())
        problems.append(
            {QStringLiteral("title"), tr("Give the agreement a title in English or in Chinese.")});
    if (isBefore(agreement.validTo, agreement.validFrom))
        problems.append({QStringLiteral("validTo"),
                         tr("The agreement cannot end before it starts to be valid.")});

    QSet<qint64> parties;
    for (int row = 0; row < agreement.parties.size(); ++row) {
        const qint64 organisation = agreement.parties.at(row).organisationId;
        const QString key = QStringLiteral("parties/%1/organisation").arg(row);
        if (organisation == 0)
            problems.append({key, tr("Choose an organisation.")});
        else if (parties.contains(organisation))
            problems.append({key, tr("This organisation is already a party.")});
        parties.insert(organisation);
    }

    // The links as they would be after saving: the edited agreement in place of its old self.
    QList<Agreement> after;
    for (const Agreement &other : stored)
        if (other.id != agreement.id)
            after.append(other);
    after.append(agreement);
    const auto checkLink = [&](qint64 target, const QString &field, const QString &self,
                               const QString &cycle) {
        if (target == 0)
            return;
        if (target == agreement.id)
            problems.append({field, self});
        else if (agreement.id != 0 && leadsBackTo(target, agreement.id, after))
            problems.append({field, cycle});
    };
    checkLink(agreement.amendsId, QStringLiteral("amends"), tr("An agreement cannot amend itself."),
              tr("This agreement already rests, through amendments or replacements, on the "
                 "agreement chosen here: the chain would go round in a circle."));
    checkLink(agreement.supersedesId, QStringLiteral("supersedes"),
              tr("An agreement cannot replace itself."),
              tr("This agreement already rests, through amendments or replacements, on the "
                 "agreement chosen here: the chain would go round in a circle."));
    return problems;
}

// Follows amends and supersedes links from `start`; true when they reach `target`.
bool AgreementValidator::leadsBackTo(qint64 start, qint64 target,
                                     const QList<Agreement> &agreements)
{
    QHash<qint64, const Agreement *> byId;
    for (const Agreement &agreement : agreements)
        byId.insert(agreement.id, &agreement);
    QSet<qint64> seen;
    QList<qint64> pending{start};
    while (!pending.isEmpty()) {
        const qint64 id = pending.takeLast();
        if (id == target)
            return true;
        if (id == 0 || seen.contains(id))
            continue;
        seen.insert(id);
        if (const Agreement *agreement = byId.value(id))
            pending << agreement->amendsId << agreement->supersedesId;
    }
    return false;
}

} // namespace sstc
