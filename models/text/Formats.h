#pragma once

#include "models/domain/Language.h"
#include "models/domain/Money.h"
#include "models/domain/PartialDate.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace sstc {

// Dates, numbers and money as each language writes them: "6 Sep 2016" / "2016年9月6日",
// "US$1,000,000" / "1,000,000美元".
class Formats
{
public:
    static QLocale locale(Language language);
    static QString date(const PartialDate &date, Language language);
    // A date typed as the app writes it in either language, or as ISO: "2016", "Sep 2016",
    // "6 Sep 2016" (or "6 September 2016", "September 6, 2016"), "2016年", "2016年9月",
    // "2016年9月6日" (or 6号, full-width digits), "2016-09-06" (or 2016-9-6, 2016/9/6, 2016.9).
    // The one reading of typed dates in the app: every date field goes through it.
    // A null date when the text is none of these; `shaped` tells whether it had the shape
    // of one (a day that does not exist, "31 Jun 2016", is shaped but null).
    static PartialDate readDate(const QString &text, bool *shaped = nullptr);
    // A moment in local time, to the minute: "6 Sep 2016 14:30" / "2016年9月6日 14:30".
    static QString dateTime(const QDateTime &moment, Language language);
    static QString number(double value, Language language, int decimals = 0);
    // A count that may be a minimum: "over 46,000" / "超过46,000".
    static QString count(double value, bool isMinimum, Language language);
    static QString money(const Money &money, Language language);
    // A currency in running text: its ISO code in English ("USD"), its name in Chinese ("美元"),
    // where a code reads as foreign; the code for a currency without a Chinese name here.
    static QString currencyName(const QString &code, Language language);
    static QString moneyList(const QList<Money> &amounts, Language language);
    static QString percentage(double value, Language language);
};

} // namespace sstc
