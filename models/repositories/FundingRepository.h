#pragma once

#include "models/domain/FundingLine.h"

#include <QList>

#include <optional>

namespace sstc {

class PortfolioStore;

// Funding lines of projects, and the exchange rates that convert them.
class FundingRepository
{
public:
    explicit FundingRepository(PortfolioStore &store)
        : m_store(store)
    {}

    qint64 insertLine(const FundingLine &line);
    void updateLine(const FundingLine &line);
    void removeLine(qint64 id);
    QList<FundingLine> linesOfProject(qint64 projectId);
    // The lines of these projects (a few hundred at a time), by project and id.
    QList<FundingLine> linesOfProjects(const QList<qint64> &projectIds);
    QList<FundingLine> allLines();

    qint64 insertRate(const ExchangeRate &rate);
    void removeRate(qint64 id);
    QList<ExchangeRate> rates();
    // Makes the stored rate table equal to `rates`, in one transaction (saveRates() from the
    // table as it is now).
    void replaceRates(const QList<ExchangeRate> &rates);
    // Writes what the rate editor changed in the table it loaded (`loaded` to `edited`), in
    // one transaction: the rates it added, changed and removed, and no other, so that rates
    // someone else saved meanwhile stay. Throws StoreError (ChangedMeanwhile), with nothing
    // written, when a rate it changed or removed is no longer as it was loaded. Returns
    // `edited` as stored. Rates are known by currency pair and date (see ListEdit).
    QList<ExchangeRate> saveRates(const QList<ExchangeRate> &loaded,
                                  const QList<ExchangeRate> &edited);
    // The rate in force on a date: the latest one on or before it. Empty when none is known.
    std::optional<ExchangeRate> rateOn(const QString &currency, const QString &toCurrency,
                                       const QDate &date);

private:
    QList<FundingLine> loadLines(const QString &where, const QVariantList &values);

    PortfolioStore &m_store;
};

} // namespace sstc
