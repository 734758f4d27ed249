#pragma once

#include <QByteArray>

namespace sstc {

class PortfolioStore;

// A SHA-256 over every row of every content table, read in a fixed order: two portfolios
// with the same checksum hold the same data, whatever their file layout. The audit log and
// the search index are left out (the one records when, the other follows the projects).
class PortfolioChecksum
{
public:
    static QByteArray of(PortfolioStore &store); // hex
};

} // namespace sstc
