#pragma once

#include "models/domain/LocalizedText.h"
#include "models/domain/PartialDate.h"

namespace sstc {

// A dated fact of the China–ILO relationship (1919 founding member, 1985 Beijing office…),
// shown as context in the agreement history.
struct Milestone
{
    qint64 id = 0;
    PartialDate date;
    LocalizedText title;
};

} // namespace sstc
