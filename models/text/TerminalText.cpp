#include "models/text/TerminalText.h"

namespace sstc {

bool TerminalText::isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7F && u <= 0x9F);
}

bool TerminalText::isDirectionControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

QString TerminalText::printable(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if ((isControl(c) && c != QLatin1Char('\n')) || isDirectionControl(c))
            c = QChar(placeholder);
    }
    return out;
}

} // namespace sstc
