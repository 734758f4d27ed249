#include "models/store/WriteTransaction.h"

#include "models/store/PortfolioStore.h"

namespace sstc {

WriteTransaction::WriteTransaction(PortfolioStore &store)
    : m_store(store)
{
    m_outermost = m_store.m_transactionDepth == 0;
    if (m_outermost) {
        m_store.run(m_store.dialect().beginWrite());
        m_store.m_rollbackOnly = false;
    }
    ++m_store.m_transactionDepth;
}

WriteTransaction::~WriteTransaction()
{
    --m_store.m_transactionDepth;
    if (m_done)
        return;
    if (m_outermost)
        m_store.rollback();
    else
        m_store.m_rollbackOnly = true;
}

void WriteTransaction::commit()
{
    if (m_done)
        return;
    if (m_outermost) {
        if (m_store.m_rollbackOnly)
            throw StoreError(StoreError::Kind::Failed, m_store.path(),
                             QStringLiteral("an inner write failed"));
        m_store.run(QStringLiteral("COMMIT"));
    }
    m_done = true;
}

} // namespace sstc
