#include "tests/support/ServerPortfolio.h"

#include "tests/support/PostgresServer.h"

ServerPortfolio::ServerPortfolio(PostgresServer &server, Content content)
    : m_server(server)
{
    if (!server.isRunning()) {
        m_failure = server.failure();
        return;
    }
    m_database = server.createDatabase();
    if (m_database.isEmpty()) {
        m_failure = server.failure();
        return;
    }
    try {
        m_store = sstc::PortfolioOpener::create(server.location(m_database), content);
    } catch (const sstc::StoreError &error) {
        m_failure = QString::fromUtf8(error.what());
    }
}

ServerPortfolio::~ServerPortfolio()
{
    m_store.reset();
    if (!m_database.isEmpty())
        m_server.dropDatabase(m_database);
}
