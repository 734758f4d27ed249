#pragma once

#include "models/store/PortfolioOpener.h"
#include "models/store/PortfolioStore.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A portfolio made new in a temporary folder of its own and open while the object lives: the
// sample for tests that read it, only the reference lists for tests that fill it themselves.
class TemporaryPortfolio
{
public:
    using Content = sstc::PortfolioOpener::NewFileContent;

    explicit TemporaryPortfolio(Content content = Content::Sample,
                                const QString &fileName = QStringLiteral("sample.sstc"));

    sstc::PortfolioStore &store() const { return *m_store; }
    QString path() const { return m_path; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<sstc::PortfolioStore> m_store;
};
