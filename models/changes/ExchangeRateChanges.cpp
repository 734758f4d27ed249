#include "models/changes/ExchangeRateChanges.h"

#include "models/repositories/FundingRepository.h"

namespace sstc {

ExchangeRateChanges::State ExchangeRateChanges::apply(const State &from, const State &to)
{
    Q_UNUSED(from)
    FundingRepository repository(m_store);
    return audited([&] { return repository.rates(); }, [&] { repository.replaceRates(to); },
                   AuditRows::ofAll<ExchangeRate>);
}

} // namespace sstc
