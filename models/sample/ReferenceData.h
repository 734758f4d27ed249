#pragma once

#include "models/domain/Country.h"

#include <QList>

namespace sstc {

class PortfolioStore;

// The lists every portfolio starts with, whether empty or the sample: the ISO 3166-1
// countries with their English and Chinese names.
class ReferenceData
{
public:
    static QList<Country> countries();
    static void fill(PortfolioStore &store);
};

} // namespace sstc
