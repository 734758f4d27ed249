#pragma once

#include "models/domain/LocalizedText.h"

namespace sstc {

// A country by its ISO 3166-1 alpha-2 code (IATI recipient-country).
struct Country
{
    QString code;
    LocalizedText name;
};

// An IATI region (Region.xml code, e.g. "798" Asia, regional).
struct Region
{
    QString code;
    LocalizedText name;
};

} // namespace sstc
