#include "tests/support/RepositoryTest.h"

#include "models/repositories/ProjectRepository.h"
#include "tests/support/PostgresServer.h"

#include <QtTest>

void RepositoryTest::init()
{
    if (backend() == Backend::Server) {
        PostgresServer &server = PostgresServer::shared();
        REQUIRE_POSTGRES_SERVER(server);
        m_serverPortfolio = std::make_unique<ServerPortfolio>(
            server, ServerPortfolio::Content::ReferenceOnly);
        m_store = m_serverPortfolio->store();
        QVERIFY2(m_store, qPrintable(m_serverPortfolio->failure()));
    } else {
        m_portfolio =
            std::make_unique<TemporaryPortfolio>(TemporaryPortfolio::Content::ReferenceOnly);
        m_store = &m_portfolio->store();
    }
    QVERIFY(m_store->wasCreated());
    QCOMPARE(sstc::ProjectRepository(*m_store).count(), 0);
}

void RepositoryTest::cleanup()
{
    m_store = nullptr;
    m_portfolio.reset();
    m_serverPortfolio.reset();
}

void RepositoryTestOnBothBackends::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("file") << QStringLiteral("file");
    QTest::newRow("server") << QStringLiteral("server");
}

RepositoryTest::Backend RepositoryTestOnBothBackends::backend() const
{
    QFETCH_GLOBAL(QString, backend);
    return backend == QLatin1String("server") ? Backend::Server : Backend::File;
}
