#pragma once

#include "models/audit/AuditActor.h"
#include "models/domain/Language.h"

#include <QString>

namespace sstc {

// The user's choices kept in the settings that the layers below take as parameters: the
// models read no settings, so the desktop reads them here and passes them in.
class Preferences
{
public:
    // Who the history records changes under: the name set under Edit → Your Name in the
    // History, else the account's, else "unknown".
    static AuditActor actor();
    static void setUserName(const QString &name);
    // Whether the user has set a name (else actor() falls back to the account's).
    static bool hasUserName();
    // The account's login name, to start from when asking; empty when unknown.
    static QString accountName();

    // How many days ahead agreements count as expiring soon; ExpiryReminders::defaultDays
    // until the user chooses (a number below zero in the settings counts as unset).
    static int reminderDays();
    static void setReminderDays(int days);

    // The UI language chosen last (View → Language), or the system's when none.
    static Language language();
    static void setLanguage(Language language);
};

} // namespace sstc
