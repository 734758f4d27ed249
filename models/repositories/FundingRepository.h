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
    QList<FundingLine> allLines();

    qint64 insertRate(const ExchangeRate &rate);
    void removeRate(qint64 id);
    QList<ExchangeRate> rates();
    // Replaces the whole rate table in one transaction (the rate editor saves this way);
    // rates that have an id keep it.
    void replaceRates(const QList<ExchangeRate> &rates);
    // The rate in force on a date: the latest one on or before it. Empty when none is known.
    std::optional<ExchangeRate> rateOn(const QString &currency, const QString &toCurrency,
                                       const QDate &date);

private:
    QList<FundingLine> loadLines(const QString &where, const QVariantList &values);

    PortfolioStore &m_store;
};

} // namespace sstc
