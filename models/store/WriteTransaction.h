#pragma once

namespace sstc {

class PortfolioStore;

// Everything written while a WriteTransaction lives is kept together or not at all: the
// destructor rolls back unless commit() was called. Guards nest; only the outermost one talks
// to the database, and an inner guard that did not commit makes the outer commit fail.
class WriteTransaction
{
public:
    explicit WriteTransaction(PortfolioStore &store);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    void commit();

private:
    PortfolioStore &m_store;
    bool m_outermost = false;
    bool m_done = false;
};

} // namespace sstc
