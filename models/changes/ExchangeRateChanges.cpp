#include "models/changes/ExchangeRateChanges.h"

#include "models/audit/AuditLog.h"
#include "models/audit/AuditRows.h"
#include "models/repositories/FundingRepository.h"
#include "models/store/WriteTransaction.h"

namespace sstc {

void ExchangeRateChanges::replace(const QList<ExchangeRate> &rates)
{
    WriteTransaction transaction(m_store);
    FundingRepository repository(m_store);
    const QList<ExchangeRate> before = repository.rates();
    repository.replaceRates(rates);
    AuditLog(m_store).record(AuditRows::ofAll(before), AuditRows::ofAll(repository.rates()),
                             m_userName);
    transaction.commit();
}

} // namespace sstc
