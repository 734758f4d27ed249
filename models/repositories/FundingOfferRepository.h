#pragma once

#include "models/domain/FundingOffer.h"

#include <QList>

namespace sstc {

class PortfolioStore;

// The catalogue of what a donor can sponsor.
class FundingOfferRepository
{
public:
    explicit FundingOfferRepository(PortfolioStore &store)
        : m_store(store)
    {}

    // Keeps offer.id when it is set (an offer put back by undo); returns the row's id.
    qint64 insert(const FundingOffer &offer);
    void update(const FundingOffer &offer);
    void remove(qint64 id);
    QList<FundingOffer> all();

private:
    PortfolioStore &m_store;
};

} // namespace sstc
