#pragma once

#include <QString>

namespace sstc {

// The two languages every user-written text is stored in, and the UI can show.
enum class Language
{
    English,
    Chinese
};

inline QString languageCode(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

// Accepts "zh", "zh_CN", "zh-Hans"… as Chinese; everything else is English.
inline Language languageFromCode(const QString &code)
{
    return code.startsWith(QLatin1String("zh"), Qt::CaseInsensitive) ? Language::Chinese
                                                                     : Language::English;
}

inline Language otherLanguage(Language language)
{
    return language == Language::Chinese ? Language::English : Language::Chinese;
}

} // namespace sstc
