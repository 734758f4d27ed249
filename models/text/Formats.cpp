#include "models/text/Formats.h"

#include <QRegularExpression>

#include <QCoreApplication>
#include <QStringList>

namespace sstc {

namespace {
struct CurrencyWords
{
    const char *code;
    const char *englishPrefix;
    const char *chineseSuffix; // UTF-8
    const char *chineseName;   // UTF-8
};

// The currencies of the field; others are written with their ISO code.
const CurrencyWords currencyWords[] = {
    {"USD", "US$", "美元", "美元"}, {"CNY", "CN¥", "元人民币", "人民币"},
    {"EUR", "€", "欧元", "欧元"},   {"CHF", "CHF ", "瑞士法郎", "瑞士法郎"},
    {"GBP", "£", "英镑", "英镑"},   {"JPY", "JP¥", "日元", "日元"},
};

const CurrencyWords *wordsFor(const QString &code)
{
    for (const CurrencyWords &words : currencyWords)
        if (code == QLatin1String(words.code))
            return &words;
    return nullptr;
}

// "Sep", not CLDR's newer British "Sept": the same text whatever data the installed Qt carries.
QString englishMonth(int month)
{
    return QLocale::c().monthName(month, QLocale::ShortFormat);
}
} // namespace

QString Formats::currencyName(const QString &code, Language language)
{
    const CurrencyWords *words = wordsFor(code);
    return language == Language::Chinese && words ? QString::fromUtf8(words->chineseName) : code;
}

QLocale Formats::locale(Language language)
{
    return language == Language::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                         : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString Formats::date(const PartialDate &date, Language language)
{
    const QDate day = date.firstDay();
    const bool chinese = language == Language::Chinese;
    switch (date.precision()) {
    case PartialDate::Precision::None:
        return {};
    case PartialDate::Precision::Year:
        return chinese ? QStringLiteral("%1年").arg(day.year()) : QString::number(day.year());
    case PartialDate::Precision::Month:
        return chinese ? QStringLiteral("%1年%2月").arg(day.year()).arg(day.month())
                       : QStringLiteral("%1 %2").arg(englishMonth(day.month())).arg(day.year());
    case PartialDate::Precision::Day:
        return chinese
                   ? QStringLiteral("%1年%2月%3日").arg(day.year()).arg(day.month()).arg(day.day())
                   : QStringLiteral("%1 %2 %3")
                         .arg(day.day())
                         .arg(englishMonth(day.month()))
                         .arg(day.year());
    }
    return {};
}

namespace {
// 1-12 for an English month name or its abbreviation ("Sep", "Sept", "September"), else 0.
int englishMonthNumber(const QString &name)
{
    for (int month = 1; month <= 12; ++month) {
        const QString full = QLocale::c().monthName(month, QLocale::LongFormat);
        if (name.compare(full, Qt::CaseInsensitive) == 0 ||
            name.compare(englishMonth(month), Qt::CaseInsensitive) == 0 ||
            (month == 9 && name.compare(QLatin1String("Sept"), Qt::CaseInsensitive) == 0))
            return month;
    }
    return 0;
}

// The date of the parts read; a part of 0 was not written, -1 was written but names nothing.
PartialDate dateOf(int year, int month, int day)
{
    if (month == 0)
        return PartialDate::year(year);
    if (month < 1 || month > 12 || day < 0)
        return {};
    if (day == 0)
        return PartialDate::month(year, month);
    const QDate date(year, month, day);
    return date.isValid() ? PartialDate::day(date) : PartialDate();
}

// A written month or day: 0 when absent, -1 when it is "0" (no such month or day).
int part(const QString &captured)
{
    if (captured.isEmpty())
        return 0;
    return captured.toInt() > 0 ? captured.toInt() : -1;
}
} // namespace

PartialDate Formats::readDate(const QString &text, bool *shaped)
{
    // NFKC turns full-width digits and spaces, as a Chinese input method types them
    // ("２０１９年６月"), into ASCII ones.
    const QString typed = text.normalized(QString::NormalizationForm_KC).simplified();
    static const QRegularExpression iso(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));
    // Digits with any of the separators people type: 2019-6-1, 2019/6/1, 2019.6, 2019-06.
    static const QRegularExpression numeric(
        QStringLiteral("^(\\d{4}) ?[-/.] ?(\\d{1,2})(?: ?[-/.] ?(\\d{1,2}))?$"));
    static const QRegularExpression english(
        QStringLiteral("^(?:(\\d{1,2}) )?([A-Za-z]{3,9})\\.? (\\d{4})$"));
    // The month first, as in "June 1, 2019" or "Jun 1 2019".
    static const QRegularExpression englishMonthFirst(
        QStringLiteral("^([A-Za-z]{3,9})\\.? (\\d{1,2}),? (\\d{4})$"));
    // 日 in writing, 号 as often typed.
    static const QRegularExpression chinese(
        QStringLiteral("^(\\d{4}) ?年(?: ?(\\d{1,2}) ?月(?: ?(\\d{1,2}) ?[日号])?)?$"));
    if (shaped)
        *shaped = true;
    if (iso.match(typed).hasMatch())
        return PartialDate::fromIso(typed);
    if (const QRegularExpressionMatch found = numeric.match(typed); found.hasMatch())
        return dateOf(found.captured(1).toInt(), part(found.captured(2)), part(found.captured(3)));
    if (const QRegularExpressionMatch found = chinese.match(typed); found.hasMatch())
        return dateOf(found.captured(1).toInt(), part(found.captured(2)), part(found.captured(3)));
    if (const QRegularExpressionMatch found = english.match(typed); found.hasMatch()) {
        const int month = englishMonthNumber(found.captured(2));
        if (month != 0)
            return dateOf(found.captured(3).toInt(), month, part(found.captured(1)));
    }
    if (const QRegularExpressionMatch found = englishMonthFirst.match(typed); found.hasMatch()) {
        const int month = englishMonthNumber(found.captured(1));
        if (month != 0)
            return dateOf(found.captured(3).toInt(), month, part(found.captured(2)));
    }
    if (shaped)
        *shaped = false;
    return {};
}

QString Formats::dateTime(const QDateTime &moment, Language language)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toLocalTime();
    return date(PartialDate::day(local.date()), language) + QLatin1Char(' ') +
           local.time().toString(QStringLiteral("HH:mm"));
}

QString Formats::number(double value, Language language, int decimals)
{
    return locale(language).toString(value, 'f', decimals);
}

QString Formats::count(double value, bool isMinimum, Language language)
{
    const bool whole = value == qint64(value);
    const QString digits = number(value, language, whole ? 0 : 2);
    if (!isMinimum)
        return digits;
    // In the language asked for, like the rest of this class, not in the UI language.
    return (language == Language::Chinese ? QStringLiteral("超过%1") : QStringLiteral("over %1"))
        .arg(digits);
}

QString Formats::money(const Money &money, Language language)
{
    const bool whole = money.hundredths % 100 == 0;
    const QString digits = number(money.value(), language, whole ? 0 : 2);
    const CurrencyWords *words = wordsFor(money.currency);
    if (!words)
        return money.currency + QLatin1Char(' ') + digits;
    if (language == Language::Chinese)
        return digits + QString::fromUtf8(words->chineseSuffix);
    return QString::fromUtf8(words->englishPrefix) + digits;
}

QString Formats::moneyList(const QList<Money> &amounts, Language language)
{
    QStringList parts;
    for (const Money &amount : amounts)
        parts << money(amount, language);
    return parts.join(language == Language::Chinese ? QStringLiteral("；") : QStringLiteral("; "));
}

QString Formats::percentage(double value, Language language)
{
    const bool whole = value == qint64(value);
    return number(value, language, whole ? 0 : 1) + QLatin1Char('%');
}

} // namespace sstc
