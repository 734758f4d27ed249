#pragma once

#include "models/store/PortfolioLocation.h"
#include "models/store/SchemaHistory.h"

#include <QString>

#include <memory>

namespace sstc {

class PortfolioStore;

// Upgrading a server's portfolio to this program's data format, as the window does after
// asking: a whole copy of it is first written to a file (PortfolioCopy, as `sstc copy` makes
// it), inside the upgrade's transaction with writes held off, so that the copy is what the
// database held just before. A failed upgrade changes nothing and removes the copy.
class ServerUpgrade
{
public:
    // Where the copy goes: the application data folder's "server copies", named after the
    // database, its data format and the time.
    static QString copyPathFor(const PortfolioLocation &location, int version);
    // Upgrades, copying to `copyPath` first; the opened store. Throws StoreError.
    static std::unique_ptr<PortfolioStore>
    run(const PortfolioLocation &location, const QString &copyPath,
        const SchemaHistory &history = SchemaHistory::standard());
};

} // namespace sstc
