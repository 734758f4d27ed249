#include "models/changes/AgreementChanges.h"

#include "models/audit/AuditLog.h"
#include "models/audit/AuditRows.h"
#include "models/repositories/AgreementRepository.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/store/WriteTransaction.h"

namespace sstc {

namespace {

QList<AuditedRow> rows(PortfolioStore &store, const std::optional<Agreement> &agreement)
{
    if (!agreement)
        return {};
    QHash<qint64, QString> names;
    for (const Organisation &organisation : OrganisationRepository(store).all())
        names.insert(organisation.id, !organisation.acronym.isEmpty()   ? organisation.acronym
                                      : !organisation.name.en.isEmpty() ? organisation.name.en
                                                                        : organisation.name.zh);
    return {AuditRows::of(*agreement, names)};
}

} // namespace

qint64 AgreementChanges::save(const Agreement &agreement)
{
    WriteTransaction transaction(m_store);
    AgreementRepository repository(m_store);
    const std::optional<Agreement> before =
        agreement.id != 0 ? repository.find(agreement.id) : std::nullopt;
    qint64 id = agreement.id;
    if (before)
        repository.update(agreement);
    else
        id = repository.insert(agreement);
    AuditLog(m_store).record(rows(m_store, before), rows(m_store, repository.find(id)), m_userName);
    transaction.commit();
    return id;
}

void AgreementChanges::remove(qint64 agreementId)
{
    WriteTransaction transaction(m_store);
    AgreementRepository repository(m_store);
    const std::optional<Agreement> before = repository.find(agreementId);
    repository.remove(agreementId);
    AuditLog(m_store).record(rows(m_store, before), {}, m_userName);
    transaction.commit();
}

} // namespace sstc
