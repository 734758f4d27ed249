#pragma once

#include "models/store/PortfolioStore.h"
#include "ui/shell/PortfolioContext.h"

#include <QString>

#include <memory>

// The sample portfolio made new in a file for one test function, and the PortfolioContext the
// views under test share, as the main window's tabs share one. Make the views over context(),
// show them, then open() gives them the portfolio, as opening a file does; delete the views
// before this.
class SampleContext
{
public:
    explicit SampleContext(const QString &path);

    void open() { m_context.setStore(m_store.get()); }

    sstc::PortfolioContext &context() { return m_context; }
    sstc::PortfolioStore &store() const { return *m_store; }

private:
    std::unique_ptr<sstc::PortfolioStore> m_store;
    sstc::PortfolioContext m_context;
};
