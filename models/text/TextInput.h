#pragma once

#include <QString>

namespace sstc {

// What is kept of text a user types or pastes. Control characters (a pasted NUL, escape
// sequences from a terminal, form feeds from a PDF) would be stored invisibly and break
// exports, so they are removed; newline and tab are ordinary text and stay.
class TextInput
{
public:
    static QString withoutControlCharacters(const QString &text);
    static bool hasControlCharacters(const QString &text);
};

} // namespace sstc
