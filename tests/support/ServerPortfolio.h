#pragma once

#include "models/store/PortfolioOpener.h"
#include "models/store/PortfolioStore.h"

#include <QString>

#include <memory>

class PostgresServer;

// A portfolio made new in a database of its own on the test run's PostgreSQL server, open
// while the object lives; the database is dropped afterwards. The server counterpart of
// TemporaryPortfolio. store() is null when the server or the portfolio could not be made,
// and failure() says why.
class ServerPortfolio
{
public:
    using Content = sstc::PortfolioOpener::NewFileContent;

    explicit ServerPortfolio(PostgresServer &server, Content content = Content::Sample);
    ~ServerPortfolio();

    sstc::PortfolioStore *store() const { return m_store.get(); }
    QString database() const { return m_database; }
    QString failure() const { return m_failure; }

private:
    PostgresServer &m_server;
    QString m_database;
    QString m_failure;
    std::unique_ptr<sstc::PortfolioStore> m_store;
};
