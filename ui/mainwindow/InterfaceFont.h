#pragma once

namespace sstc {

// Makes Chinese text use a simplified-Chinese typeface: left to itself, Qt often falls back
// to the Japanese variant of a CJK font, whose glyphs differ for many characters. And Latin
// text a Latin face, where the desktop's is a CJK one (a Chinese locale's default), so that
// English quotation marks are not full-width.
void applyInterfaceFont();

} // namespace sstc
