#pragma once

#include "models/domain/Agreement.h"

#include <QList>

#include <optional>

namespace sstc {

class PortfolioStore;

// A project as the agreement it rests on lists it.
struct LinkedProject
{
    qint64 id = 0;
    QString code;
    LocalizedText title;
};

class AgreementRepository
{
public:
    explicit AgreementRepository(PortfolioStore &store)
        : m_store(store)
    {}

    // With its parties. An agreement with an id keeps it (one put back by undo).
    qint64 insert(const Agreement &agreement);
    void update(const Agreement &agreement); // replaces its parties
    void remove(qint64 id);
    std::optional<Agreement> find(qint64 id);
    // In the order of signing; agreements without a date come last.
    QList<Agreement> all();
    // The projects that rest on the agreement, in the order they started.
    QList<LinkedProject> projectsOf(qint64 agreementId);

private:
    void writeParties(const Agreement &agreement, qint64 id);
    QList<Agreement> load(const QString &where, const QVariantList &values);

    PortfolioStore &m_store;
};

} // namespace sstc
