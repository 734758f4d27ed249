#pragma once

#include "models/domain/LocalizedText.h"

#include <QVariant>

namespace sstc {

// Roles shared by the portfolio's item models, so that views, exporters and the command line
// read any of them the same way.
enum ItemRole
{
    IdRole = Qt::UserRole + 1, // the database id of the row's entity
    SortRole,                  // the value sorting compares
    ExportRole,                // the raw value for CSV and JSON: ISO dates, plain numbers, codes
    ColumnKeyRole,             // headerData: a stable column name ("title", "start")
    FallbackLanguageRole,      // QString "en"/"zh": the shown text is in this other language
                               // because the UI language's is empty; null otherwise

    // The timeline (TimelineModel): what a Gantt view needs to place an item.
    TimelineKindRole, // int, a TimelineItemKind: a project's bar or an event's diamond
    PlannedStartRole, // QDate, first day of the planned start; null when not known
    PlannedEndRole,   // QDate, last day of the planned end
    ActualStartRole,  // QDate, first day of the actual start (an event's start)
    ActualEndRole,    // QDate, last day of the actual end (an event's end)
    StatusRole,       // int, the ProjectStatus code; null when not known
    ProgressRole,     // double 0–1, expenditure against budget; null when not derivable
    UndatedRole,      // bool, nothing to draw: listed as "no dates"
    DateWarningRole,  // bool, the end lies before the start
    MarkerDateRole,   // QDate, where an event's diamond stands

    // The agreement history (AgreementHistoryModel).
    ContextRowRole,      // bool, a relationship milestone shown as context, not an agreement
    AgreementStatusRole, // int, the AgreementStatus; null on a milestone
    ExpiringRole,        // bool, the validity ends within the reminder period
};

// FallbackLanguageRole's value for TEXT shown in LANGUAGE.
inline QVariant fallbackLanguage(const LocalizedText &text, Language language)
{
    return text.fallsBack(language) ? QVariant(languageCode(otherLanguage(language))) : QVariant();
}

} // namespace sstc
