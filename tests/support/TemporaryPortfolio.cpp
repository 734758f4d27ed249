#include "tests/support/TemporaryPortfolio.h"

TemporaryPortfolio::TemporaryPortfolio(Content content, const QString &fileName)
    : m_path(m_dir.filePath(fileName))
    , m_store(sstc::PortfolioOpener::open(m_path, content))
{}
