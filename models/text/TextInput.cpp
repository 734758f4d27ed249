#include "models/text/TextInput.h"

#include <algorithm>

namespace sstc {

namespace {
bool isUnwanted(QChar c)
{
    // Category Cc covers C0, DEL and C1; the line and paragraph separators count as well.
    return (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t') ||
           c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}
} // namespace

QString TextInput::withoutControlCharacters(const QString &text)
{
    if (!hasControlCharacters(text))
        return text;
    QString kept;
    kept.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\r')
            continue; // a Windows line end keeps its \n
        if (!isUnwanted(c))
            kept.append(c);
    }
    return kept;
}

bool TextInput::hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), isUnwanted);
}

} // namespace sstc
