#pragma once

#include "models/store/PortfolioLocation.h"

#include <QString>

namespace sstc {

// What a copy wrote.
struct PortfolioCopyResult
{
    QString destination; // as displayName() names it
    int schemaVersion = 0;
    int tables = 0;
    qint64 rows = 0;
    qint64 projects = 0;
};

// A whole portfolio, documents and audit trail included, copied between a file and a
// database on a PostgreSQL server in either direction (or file to file): `sstc copy`, and the
// copy kept before a server's schema is upgraded. Rows keep their ids; the copy is made in the
// source's data format (an older one stays older: opening the copy upgrades it). The source
// is only read, in one snapshot; the destination must be empty (a missing or 0-byte file, a
// database without tables) and is written in one transaction, so that it holds the whole
// portfolio or nothing. Throws StoreError, with the destination unchanged, when the source is
// not a portfolio or is of a newer format, when the destination is not empty, and when any
// row is refused.
class PortfolioCopy
{
public:
    static PortfolioCopyResult copy(const PortfolioLocation &source,
                                    const PortfolioLocation &destination);
};

} // namespace sstc
