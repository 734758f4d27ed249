#pragma once

#include <QString>

namespace sstc {

// Text from a portfolio made safe to print on a terminal. A title holding ESC, an OSC
// sequence or BEL would otherwise be run by the terminal (change its title, write a link,
// move the cursor, ring). Every C0 control character except the line feed, DEL and every C1
// control character become U+FFFD, which the terminal shows as "�" one column wide: the
// reader sees that something was there, and nothing is run. So do the bidirectional
// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): a code or title holding
// one would make the rest of the line read in another order than it is.
class TerminalText
{
public:
    static constexpr char16_t placeholder = u'\xFFFD';

    static QString printable(const QString &text);
    static bool isControl(QChar c);
    static bool isDirectionControl(QChar c);
};

} // namespace sstc
