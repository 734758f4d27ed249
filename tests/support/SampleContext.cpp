#include "tests/support/SampleContext.h"

#include "models/store/PortfolioOpener.h"

#include <QFile>

namespace {
std::unique_ptr<sstc::PortfolioStore> newSample(const QString &path)
{
    QFile::remove(path);
    return sstc::PortfolioOpener::open(path, sstc::PortfolioOpener::NewFileContent::Sample);
}
} // namespace

SampleContext::SampleContext(const QString &path)
    : m_store(newSample(path))
{}
