#pragma once

namespace sstc {

class PortfolioStore;

// The real China–ILO portfolio from the source documents (resources/sample/portfolio.json),
// written into a new portfolio in one transaction.
class SamplePortfolio
{
public:
    static void fill(PortfolioStore &store);
};

} // namespace sstc
