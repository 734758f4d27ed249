#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace sstc {

// The search finds a project by its countries too: by their names in either language, as the
// countries list writes them ("Lao PDR", "老挝"), and by the other names people use for them
// ("Laos", "Burma", "老挝人民民主共和国"). Both ways of searching (the text index and SQL)
// take the same condition from here, so that they find the same projects.
class CountrySearch
{
public:
    // Whether TEXT is long enough to be looked for among country names: three letters, or
    // two characters of Chinese. Shorter text would name half the world.
    static bool applies(const QString &text);
    // The codes of the countries one of whose other names contains TEXT, ignoring case.
    static QStringList codesByAlias(const QString &text);
    // An SQL condition on `projects.id`: the project has a country whose name or other name
    // contains TEXT. Only for a text that applies().
    static QString condition(const QString &text, QVariantList &values);
    // The statement that lists those projects' ids.
    static QString projectIds(const QString &text, QVariantList &values);
};

} // namespace sstc
