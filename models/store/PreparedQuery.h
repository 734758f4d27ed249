#pragma once

#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

namespace sstc {

class PortfolioStore;

// A statement run through PortfolioStore::query(): its rows are read as from a QSqlQuery,
// and when it goes out of scope the statement, still prepared, goes back to the store for
// the next run of the same text. It must not outlive the store.
class PreparedQuery
{
public:
    PreparedQuery(PreparedQuery &&other) noexcept;
    PreparedQuery &operator=(PreparedQuery &&other) noexcept;
    PreparedQuery(const PreparedQuery &) = delete;
    PreparedQuery &operator=(const PreparedQuery &) = delete;
    ~PreparedQuery();

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QSqlRecord record() const { return m_query.record(); }
    // For the helpers that read a row (SqlValues.h).
    operator const QSqlQuery &() const { return m_query; }

private:
    friend class PortfolioStore;
    // `store` is null for a statement the store does not keep (on a server).
    PreparedQuery(PortfolioStore *store, QString sql, QSqlQuery query)
        : m_store(store)
        , m_sql(std::move(sql))
        , m_query(std::move(query))
    {}
    void giveBack();

    PortfolioStore *m_store = nullptr;
    QString m_sql;
    QSqlQuery m_query;
};

} // namespace sstc
