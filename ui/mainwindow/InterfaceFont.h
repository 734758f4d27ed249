#pragma once

namespace sstc {

// Makes Chinese text use a simplified-Chinese typeface: left to itself, Qt often falls back
// to the Japanese variant of a CJK font, whose glyphs differ for many characters.
void applyInterfaceFont();

} // namespace sstc
