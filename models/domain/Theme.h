#pragma once

#include "models/domain/LocalizedText.h"

namespace sstc {

// A thematic area of work (employment services, social protection…).
struct Theme
{
    qint64 id = 0;
    QString key; // stable identifier, e.g. "social-protection"
    LocalizedText name;
};

} // namespace sstc
