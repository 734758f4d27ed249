#include "ui/help/KeyboardShortcuts.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>

namespace sstc {

namespace {
// "&Edit Project…" as the user reads it: "Edit Project…"; "导出(&E)" as "导出".
QString withoutMnemonic(QString text)
{
    static const QRegularExpression chineseMnemonic(QStringLiteral("\\(&.\\)"));
    text.remove(chineseMnemonic);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}
} // namespace

QList<KeyboardShortcuts::Entry> KeyboardShortcuts::of(const QMenuBar &menuBar)
{
    QList<Entry> entries;
    for (QAction *action : menuBar.actions())
        if (action->menu())
            collect(*action->menu(), withoutMnemonic(action->menu()->title()), entries);
    return entries;
}

void KeyboardShortcuts::collect(const QMenu &menu, const QString &path, QList<Entry> &entries)
{
    for (QAction *action : menu.actions()) {
        if (action->isSeparator())
            continue;
        const QString command =
            tr("%1 › %2", "menu path").arg(path, withoutMnemonic(action->text()));
        if (action->menu()) {
            collect(*action->menu(), command, entries);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &shortcut : action->shortcuts())
            if (!shortcut.isEmpty())
                keys << shortcut.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            entries << Entry{command, keys};
    }
}

QString KeyboardShortcuts::htmlTable(const QList<Entry> &entries)
{
    QString html = QStringLiteral("<table cellpadding=\"4\" cellspacing=\"0\" border=\"1\" "
                                  "style=\"border-collapse: collapse;\"><tr><th align=\"left\">%1"
                                  "</th><th align=\"left\">%2</th></tr>")
                       .arg(tr("Command").toHtmlEscaped(), tr("Keys").toHtmlEscaped());
    for (const Entry &entry : entries)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(entry.command.toHtmlEscaped(),
                         entry.keys.join(tr(" or ", "between two shortcuts")).toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

} // namespace sstc
