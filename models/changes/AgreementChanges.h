#pragma once

#include "models/domain/Agreement.h"

namespace sstc {

class PortfolioStore;

// Every change to an agreement and its parties goes through here: the write and its audit
// rows in one transaction, as ProjectChanges does for projects.
class AgreementChanges
{
public:
    AgreementChanges(PortfolioStore &store, QString userName)
        : m_store(store)
        , m_userName(std::move(userName))
    {}

    // Updates the agreement when its id is stored, else inserts it (keeping a non-zero id,
    // as undo of a removal needs); returns its id.
    qint64 save(const Agreement &agreement);
    void remove(qint64 agreementId);

private:
    PortfolioStore &m_store;
    QString m_userName;
};

} // namespace sstc
