#pragma once

#include "models/store/PortfolioStore.h"
#include "tests/support/ServerPortfolio.h"
#include "tests/support/TemporaryPortfolio.h"
#include "tests/support/TestFolders.h"

#include <QObject>

#include <memory>

// The base of the repository tests: each test function gets a portfolio of its own with the
// reference lists and nothing else. Qt Test runs the init() and cleanup() of this class for
// the test functions of the class derived from it.
class RepositoryTest : public QObject
{
    Q_OBJECT

protected:
    enum class Backend
    {
        File,
        Server
    };
    // Where the portfolio of the test function that runs is made.
    virtual Backend backend() const { return Backend::File; }

    // The store of the portfolio of the test function that runs.
    sstc::PortfolioStore *m_store = nullptr;

private slots:
    void init();
    void cleanup();

private:
    TestFolders m_folders;
    std::unique_ptr<TemporaryPortfolio> m_portfolio;
    std::unique_ptr<ServerPortfolio> m_serverPortfolio;
};

// A repository test whose every function runs twice: on a portfolio file ("file") and on a
// database of the test run's own PostgreSQL server ("server"), as Qt Test's global data.
class RepositoryTestOnBothBackends : public RepositoryTest
{
    Q_OBJECT

protected:
    Backend backend() const override;

private slots:
    void initTestCase_data();
};
