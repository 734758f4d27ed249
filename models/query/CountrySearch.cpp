#include "models/query/CountrySearch.h"

#include "models/query/LikePattern.h"

#include <algorithm>

namespace sstc {

namespace {

struct CountryAlias
{
    const char *code;
    const char *alias; // UTF-8
};

// Names in common use beside those of the countries list (resources/reference), in English
// and Chinese: short forms, older names, full official names.
const CountryAlias aliases[] = {
    {"LA", "Laos"},
    {"LA", "Lao People's Democratic Republic"},
    {"LA", "老挝人民民主共和国"},
    {"LA", "寮国"},
    {"MM", "Burma"},
    {"MM", "Republic of the Union of Myanmar"},
    {"KH", "Kingdom of Cambodia"},
    {"KH", "Kampuchea"},
    {"CN", "People's Republic of China"},
    {"CN", "PRC"},
    {"CN", "中华人民共和国"},
    {"VN", "Viet Nam"},
    {"VN", "Socialist Republic of Viet Nam"},
    {"KR", "Republic of Korea"},
    {"KR", "大韩民国"},
    {"KP", "Democratic People's Republic of Korea"},
    {"TL", "East Timor"},
    {"RU", "Russia"},
    {"CZ", "Czech Republic"},
    {"TR", "Turkey"},
    {"CI", "Ivory Coast"},
    {"CI", "Cote d'Ivoire"},
    {"CD", "DR Congo"},
    {"CD", "Democratic Republic of the Congo"},
    {"US", "United States of America"},
    {"US", "USA"},
    {"GB", "UK"},
    {"GB", "Great Britain"},
    {"AE", "UAE"},
    {"AE", "阿拉伯联合酋长国"},
    {"PK", "Islamic Republic of Pakistan"},
    {"TZ", "United Republic of Tanzania"},
    {"BO", "玻利维亚"},
    {"PH", "Republic of the Philippines"},
    {"ID", "Republic of Indonesia"},
    {"TH", "Kingdom of Thailand"},
    {"KE", "Republic of Kenya"},
    {"MN", "Mongolia"},
};

bool isChinese(QChar c)
{
    return c.unicode() >= 0x3400 && c.unicode() <= 0x9fff;
}

} // namespace

bool CountrySearch::applies(const QString &text)
{
    const QString needle = text.simplified();
    const bool chinese = std::any_of(needle.cbegin(), needle.cend(), isChinese);
    return needle.size() >= (chinese ? 2 : 3);
}

QStringList CountrySearch::codesByAlias(const QString &text)
{
    const QString needle = text.simplified().toCaseFolded();
    QStringList codes;
    for (const CountryAlias &alias : aliases)
        if (QString::fromUtf8(alias.alias).toCaseFolded().contains(needle) &&
            !codes.contains(QLatin1String(alias.code)))
            codes << QLatin1String(alias.code);
    return codes;
}

QString CountrySearch::projectIds(const QString &text, QVariantList &values)
{
    // lower() folds ASCII only, which is what the English names need; Chinese has no case.
    const QString needle = text.simplified();
    QString sql = QStringLiteral(
        "SELECT project_countries.project_id FROM project_countries JOIN countries "
        "ON countries.code = project_countries.country_code "
        "WHERE lower(countries.name_en) LIKE ? ESCAPE '\\' OR countries.name_zh LIKE ? "
        "ESCAPE '\\'");
    values << likePattern(needle.toLower()) << likePattern(needle);
    const QStringList codes = codesByAlias(needle);
    if (!codes.isEmpty()) {
        QStringList marks;
        for (const QString &code : codes) {
            marks << QStringLiteral("?");
            values << code;
        }
        sql += QStringLiteral(" OR project_countries.country_code IN (%1)")
                   .arg(marks.join(QStringLiteral(", ")));
    }
    return sql;
}

QString CountrySearch::condition(const QString &text, QVariantList &values)
{
    return QStringLiteral("projects.id IN (%1)").arg(projectIds(text, values));
}

} // namespace sstc
