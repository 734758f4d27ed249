#pragma once

#include "models/domain/Agreement.h"
#include "models/domain/Country.h"
#include "models/domain/FundingLine.h"
#include "models/domain/Organisation.h"
#include "models/domain/Theme.h"
#include "models/repositories/ProjectRecord.h"
#include "models/synthetic/SyntheticSize.h"

#include <QList>

#include <functional>

namespace sstc {

class PortfolioStore;

// Made-up portfolios of any size for measuring speed, never mixed with the real one: every
// project code starts with "SYN-", organisations are named "Donor agency 07" and the like,
// and the file's meta table says "synthetic" with the seed. The same seed and size give the
// same content on every machine.
class SyntheticPortfolio
{
public:
    SyntheticPortfolio(quint32 seed, SyntheticSize size);

    static constexpr const char *codePrefix = "SYN-";

    // The ids the records refer to, as the database gave them.
    struct Ids
    {
        QList<qint64> donors;
        QList<qint64> implementers;
        QList<qint64> themes;
        QList<qint64> agreements;
    };

    QList<Organisation> donors() const;
    QList<Organisation> implementers() const;
    QList<Theme> themes() const;
    QList<ExchangeRate> exchangeRates() const;
    // Agreement `index` may amend an earlier one, named by its position in `agreementIds`.
    Agreement agreement(int index, const Ids &ids) const;
    ProjectRecord project(int index, const Ids &ids) const;

    // Writes the whole portfolio into an empty one (reference lists only), in one
    // transaction. `progress` is told the number of projects written so far.
    void fill(PortfolioStore &store, const std::function<void(int)> &progress = {}) const;
    // The seed and size a synthetic portfolio was made with; empty for any other portfolio.
    static QString labelOf(PortfolioStore &store);

private:
    QList<Country> recipients() const;

    quint32 m_seed;
    SyntheticSize m_size;
    QList<Country> m_recipients;
};

} // namespace sstc
