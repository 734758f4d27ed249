#pragma once

namespace sstc {

class PortfolioStore;

// Tells a portfolio that was never finished from a whole one. Every portfolio SSTC Desk
// creates (sample, empty, synthetic; by the window, init or synthetic) gets its reference
// countries in the same transaction as the rest of its content. Earlier versions (0.1.0
// too) committed the schema first and the content in a second transaction, so a creation
// stopped in between left a file holding a schema and nothing else, which was then opened
// and upgraded as if it were whole.
class PortfolioCompleteness
{
public:
    // Marks a new portfolio as whole, in the transaction that fills it (PortfolioStore::
    // create), so that a file made today is known whole whatever its user removes later.
    static void markWhole(PortfolioStore &store);
    // Throws StoreError (Unfinished) for a file without the mark that has no countries and
    // no row in any other table: one of the earlier versions' files whose content never
    // came. A user who removed every country still has something left (organisations,
    // themes, the change log); a file never finished has nothing. Reads only, so that the
    // refused file stays exactly as it was.
    static void refuseIfUnfinished(PortfolioStore &store);
};

} // namespace sstc
