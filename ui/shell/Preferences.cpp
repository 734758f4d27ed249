#include "ui/shell/Preferences.h"

#include "models/agreements/ExpiryReminders.h"
#include "translations/TranslationLoader.h"
#include "ui/shell/SettingsKeys.h"

#include <QSettings>

namespace sstc {

AuditActor Preferences::actor()
{
    const QString configured = QSettings().value(SettingsKeys::auditUserName).toString().trimmed();
    if (!configured.isEmpty())
        return AuditActor(configured);
    const QString account = accountName();
    return AuditActor(account.isEmpty() ? QStringLiteral("unknown") : account);
}

bool Preferences::hasUserName()
{
    return !QSettings().value(SettingsKeys::auditUserName).toString().trimmed().isEmpty();
}

QString Preferences::accountName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"})
        if (const QString name = qEnvironmentVariable(variable).trimmed(); !name.isEmpty())
            return name;
    return {};
}

void Preferences::setUserName(const QString &name)
{
    QSettings().setValue(SettingsKeys::auditUserName, name.trimmed());
}

int Preferences::reminderDays()
{
    bool ok = false;
    const int value =
        QSettings().value(SettingsKeys::reminderDays, ExpiryReminders::defaultDays).toInt(&ok);
    return ok && value >= 0 ? value : ExpiryReminders::defaultDays;
}

void Preferences::setReminderDays(int days)
{
    QSettings().setValue(SettingsKeys::reminderDays, days);
}

Language Preferences::language()
{
    const QString saved = QSettings().value(SettingsKeys::language).toString();
    return saved.isEmpty() ? TranslationLoader::systemLanguage() : languageFromCode(saved);
}

void Preferences::setLanguage(Language language)
{
    QSettings().setValue(SettingsKeys::language, languageCode(language));
}

} // namespace sstc
