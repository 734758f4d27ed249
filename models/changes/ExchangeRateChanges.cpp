#include "models/changes/ExchangeRateChanges.h"

#include "models/repositories/FundingRepository.h"

namespace sstc {

ExchangeRateChanges::State ExchangeRateChanges::apply(const State &from, const State &to)
{
    FundingRepository repository(m_store);
    State stored;
    audited([&] { return repository.rates(); }, [&] { stored = repository.saveRates(from, to); },
            AuditRows::ofAll<ExchangeRate>);
    return stored;
}

} // namespace sstc
