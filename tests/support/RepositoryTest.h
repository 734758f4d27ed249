#pragma once

#include "models/store/PortfolioStore.h"
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
    // The store of the portfolio of the test function that runs.
    sstc::PortfolioStore *m_store = nullptr;

private slots:
    void init();
    void cleanup();

private:
    TestFolders m_folders;
    std::unique_ptr<TemporaryPortfolio> m_portfolio;
};
