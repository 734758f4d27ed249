#pragma once

#include "models/domain/Language.h"

namespace sstc {

// The interface's typefaces for LANGUAGE. Chinese text always gets a simplified-Chinese face:
// left to itself, Qt often falls back to the Japanese variant of a CJK font, whose glyphs
// differ for many characters. In English the Latin face comes first (the desktop's own, by the
// name its alias resolves to, or another Latin one when that is a CJK face, as under a Chinese
// locale): a CJK face draws “ ” ‘ ’ full-width, which reads as gaps in English. In Chinese the
// CJK face comes first, as Chinese text sets its quotation marks. Called again when the
// language changes.
void applyInterfaceFont(Language language = Language::English);

} // namespace sstc
