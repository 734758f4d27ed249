#include "models/report/ReportWords.h"

#include "models/funding/DeliveryRate.h"
#include "models/text/Formats.h"

#include <QRegularExpression>

#include <cstdlib>

namespace sstc {

QString ReportWords::money(std::optional<qint64> hundredths, const QString &currency,
                           Language language)
{
    if (!hundredths)
        return dash();
    const QString amount = Formats::money(Money{std::abs(*hundredths), currency}, language);
    return *hundredths < 0 ? QLatin1Char('-') + amount : amount;
}

QString ReportWords::currencyName(const QString &code, Language language)
{
    if (code == QLatin1String("USD"))
        return pick(language, "US dollars", "美元");
    if (code == QLatin1String("CNY"))
        return pick(language, "Chinese yuan", "人民币");
    return code;
}

QString ReportWords::number(std::optional<double> value, Language language, bool isMinimum)
{
    return value ? Formats::count(*value, isMinimum, language) : dash();
}

QString ReportWords::rate(std::optional<qint64> spent, std::optional<qint64> budget,
                          Language language)
{
    if (!spent || !budget)
        return dash();
    const std::optional<double> percent = DeliveryRate::percent(double(*spent), double(*budget));
    return percent ? Formats::percentage(*percent, language) : dash();
}

QString ReportWords::day(const QDate &date, Language language)
{
    return Formats::date(PartialDate::day(date), language);
}

QString ReportWords::period(const QDate &from, const QDate &to, Language language)
{
    return pick(language, "%1 – %2", "%1至%2").arg(day(from, language), day(to, language));
}

QString ReportWords::span(const PartialDate &from, const PartialDate &to, Language language)
{
    if (from.isNull() && to.isNull())
        return dash();
    if (from == to)
        return Formats::date(from, language);
    // An end not known is said in words: a reader takes "? – 2020" for a misprint.
    if (from.isNull())
        return pick(language, "until %1", "至%1").arg(Formats::date(to, language));
    if (to.isNull())
        return pick(language, "from %1", "%1起").arg(Formats::date(from, language));
    return pick(language, "%1 – %2", "%1至%2")
        .arg(Formats::date(from, language), Formats::date(to, language));
}

bool ReportWords::namesUnit(const QString &title, const QString &unit)
{
    const QRegularExpression word(
        QStringLiteral("(?<!\\w)%1(?!\\w)").arg(QRegularExpression::escape(unit)),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return word.match(title).hasMatch();
}

QString ReportWords::eventKind(EventKind kind, Language language)
{
    switch (kind) {
    case EventKind::Seminar:
        return pick(language, "Seminar", "研讨会");
    case EventKind::Workshop:
        return pick(language, "Workshop", "讲习班");
    case EventKind::Conference:
        return pick(language, "Conference", "会议");
    case EventKind::StudyVisit:
        return pick(language, "Study visit", "考察访问");
    case EventKind::Training:
        return pick(language, "Training", "培训");
    }
    return {};
}

QString ReportWords::agreementKind(AgreementKind kind, Language language)
{
    switch (kind) {
    case AgreementKind::Mou:
        return pick(language, "Memorandum of understanding", "谅解备忘录");
    case AgreementKind::Partnership:
        return pick(language, "Partnership agreement", "伙伴关系协议");
    case AgreementKind::Amendment:
        return pick(language, "Amendment", "修订协议");
    case AgreementKind::WorkProgramme:
        return pick(language, "Work programme", "工作计划");
    case AgreementKind::Dwcp:
        return pick(language, "Decent Work Country Programme", "体面劳动国别计划");
    }
    return {};
}

QString ReportWords::fundingKind(FundingKind kind, Language language)
{
    switch (kind) {
    case FundingKind::OriginalBudget:
        return pick(language, "original budget", "原始预算");
    case FundingKind::RevisedBudget:
        return pick(language, "revised budget", "修订预算");
    case FundingKind::IncomingFunds:
        return pick(language, "funds received", "到账资金");
    case FundingKind::Expenditure:
        return pick(language, "expenditure", "支出");
    default:
        break;
    }
    return {};
}

QString ReportWords::joined(const QStringList &parts, Language language)
{
    return parts.join(language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", "));
}

} // namespace sstc
