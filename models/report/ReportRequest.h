#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Language.h"

#include <QDate>
#include <QFlags>
#include <QList>
#include <QString>

namespace sstc {

// Which languages a report is written in: one, or both (English first, then Chinese).
enum class ReportLanguages
{
    English,
    Chinese,
    Both
};

enum class ReportSection
{
    Summary = 0x1,
    Finance = 0x2,
    Results = 0x4,
    Events = 0x8,
    Agreements = 0x10,
    Charts = 0x20, // the timeline and the funding chart
};
Q_DECLARE_FLAGS(ReportSections, ReportSection)
Q_DECLARE_OPERATORS_FOR_FLAGS(ReportSections)

inline constexpr ReportSections allReportSections =
    ReportSections(0x1 | 0x2 | 0x4 | 0x8 | 0x10 | 0x20);

// What a donor report covers: the projects of one donor, or the projects named; a period; the
// languages and sections; the currency money is reported in.
struct ReportRequest
{
    qint64 donorId = 0;       // the organisation in the funding role; 0 when projects are named
    QList<qint64> projectIds; // used when donorId is 0
    QDate from;
    QDate to;
    ReportLanguages languages = ReportLanguages::English;
    ReportSections sections = allReportSections;
    QString currency = QStringLiteral("USD");
    QDate issuedOn = Clock::today();

    QList<Language> languageList() const
    {
        switch (languages) {
        case ReportLanguages::English:
            return {Language::English};
        case ReportLanguages::Chinese:
            return {Language::Chinese};
        case ReportLanguages::Both:
            break;
        }
        return {Language::English, Language::Chinese};
    }
};

} // namespace sstc
