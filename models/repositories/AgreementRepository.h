#pragma once

#include "domain/Agreement.h"

#include <QList>

#include <optional>

namespace sstc {

class PortfolioStore;

class AgreementRepository
{
public:
    explicit AgreementRepository(PortfolioStore &store)
        : m_store(store)
    {}

    qint64 insert(const Agreement &agreement); // with its parties
    void update(const Agreement &agreement);   // replaces its parties
    void remove(qint64 id);
    std::optional<Agreement> find(qint64 id);
    // In the order of signing; agreements without a date come last.
    QList<Agreement> all();

private:
    void writeParties(const Agreement &agreement, qint64 id);
    QList<Agreement> load(const QString &where, const QVariantList &values);

    PortfolioStore &m_store;
};

} // namespace sstc
