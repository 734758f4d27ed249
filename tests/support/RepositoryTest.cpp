#include "tests/support/RepositoryTest.h"

#include "models/repositories/ProjectRepository.h"

#include <QtTest>

void RepositoryTest::init()
{
    m_portfolio = std::make_unique<TemporaryPortfolio>(TemporaryPortfolio::Content::ReferenceOnly);
    m_store = &m_portfolio->store();
    QVERIFY(m_store->wasCreated());
    QCOMPARE(sstc::ProjectRepository(*m_store).count(), 0);
}

void RepositoryTest::cleanup()
{
    m_store = nullptr;
    m_portfolio.reset();
}
