#pragma once

#include "models/domain/Language.h"

#include <QString>

namespace sstc {

// A text users write, kept in English and in Chinese.
struct LocalizedText
{
    QString en;
    QString zh;

    const QString &in(Language language) const { return language == Language::Chinese ? zh : en; }
    QString &in(Language language) { return language == Language::Chinese ? zh : en; }

    // The text in the wanted language, or the other one when that is empty.
    const QString &preferring(Language language) const
    {
        const QString &wanted = in(language);
        return wanted.isEmpty() ? in(otherLanguage(language)) : wanted;
    }

    // Whether preferring(language) stands in with the other language's text: the translation
    // has not been written yet.
    bool fallsBack(Language language) const { return in(language).isEmpty() && !isEmpty(); }

    bool isEmpty() const { return en.isEmpty() && zh.isEmpty(); }
    bool operator==(const LocalizedText &other) const { return en == other.en && zh == other.zh; }
    bool operator!=(const LocalizedText &other) const { return !(*this == other); }
};

} // namespace sstc
