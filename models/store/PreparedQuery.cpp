#include "models/store/PreparedQuery.h"

#include "models/store/PortfolioStore.h"

namespace sstc {

PreparedQuery::PreparedQuery(PreparedQuery &&other) noexcept
    : m_store(std::exchange(other.m_store, nullptr))
    , m_sql(std::move(other.m_sql))
    , m_query(std::move(other.m_query))
{}

PreparedQuery &PreparedQuery::operator=(PreparedQuery &&other) noexcept
{
    if (this != &other) {
        giveBack();
        m_store = std::exchange(other.m_store, nullptr);
        m_sql = std::move(other.m_sql);
        m_query = std::move(other.m_query);
    }
    return *this;
}

PreparedQuery::~PreparedQuery()
{
    giveBack();
}

void PreparedQuery::giveBack()
{
    if (m_store)
        m_store->keepPrepared(m_sql, std::move(m_query));
    m_store = nullptr;
}

} // namespace sstc
