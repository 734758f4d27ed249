#pragma once

#include "models/domain/FundingLine.h"

#include <QList>

namespace sstc {

class PortfolioStore;

// Saving the exchange-rate table (edited or imported) with its audit rows, in one
// transaction: a rate added, removed, or changed in value or source.
class ExchangeRateChanges
{
public:
    ExchangeRateChanges(PortfolioStore &store, QString userName)
        : m_store(store)
        , m_userName(std::move(userName))
    {}

    void replace(const QList<ExchangeRate> &rates);

private:
    PortfolioStore &m_store;
    QString m_userName;
};

} // namespace sstc
