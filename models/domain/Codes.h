#pragma once

#include <QString>

#include <iterator>
#include <optional>

namespace sstc {

// Maps an enum to the stable text code stored in the database and in data files.
template<typename E>
struct CodeEntry
{
    E value;
    const char *code;
};

template<typename E, std::size_t N>
QString codeOf(const CodeEntry<E> (&table)[N], E value)
{
    for (const auto &entry : table)
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOfCode(const CodeEntry<E> (&table)[N], const QString &code)
{
    for (const auto &entry : table)
        if (code == QLatin1String(entry.code))
            return entry.value;
    return std::nullopt;
}

} // namespace sstc
