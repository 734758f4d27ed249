#pragma once

#include "models/domain/Agreement.h"
#include "models/domain/Event.h"
#include "models/domain/FundingLine.h"
#include "models/domain/Language.h"
#include "models/domain/PartialDate.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace sstc {

// The fixed words and formats of a donor report, in the report's language. Chosen by that
// language rather than through the UI's translator: an officer working in English sends a
// Chinese report, and a bilingual report needs both languages at once.
class ReportWords
{
public:
    static QString pick(Language language, const char *english, const char *chinese)
    {
        return QString::fromUtf8(language == Language::Chinese ? chinese : english);
    }
    // What a cell shows when there is no value.
    static QString dash() { return QStringLiteral("—"); }

    // "-US$500" (the sign before the symbol); the dash when there is no amount.
    static QString money(std::optional<qint64> hundredths, const QString &currency,
                         Language language);
    static QString currencyName(const QString &code, Language language);
    static QString number(std::optional<double> value, Language language, bool isMinimum = false);
    // Spent against budget (DeliveryRate), as a percentage to one decimal.
    static QString rate(std::optional<qint64> spent, std::optional<qint64> budget,
                        Language language);
    static QString day(const QDate &date, Language language);
    static QString period(const QDate &from, const QDate &to, Language language);
    // A span of partial dates: "2018 – 2020", "until 2020" or "from 2018" when one end is not
    // known, a dash when neither is.
    static QString span(const PartialDate &from, const PartialDate &to, Language language);
    // Whether an indicator's title already says its unit ("Partners" counted in partners), so
    // that "Partners (partners)" is printed as "Partners".
    static bool namesUnit(const QString &title, const QString &unit);
    static QString eventKind(EventKind kind, Language language);
    static QString agreementKind(AgreementKind kind, Language language);
    static QString fundingKind(FundingKind kind, Language language);
    // A list the language's way: "a, b" or "a、b".
    static QString joined(const QStringList &parts, Language language);
};

} // namespace sstc
