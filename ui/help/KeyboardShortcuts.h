#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QMenuBar;
class QMenu;

namespace sstc {

// The keyboard shortcuts of the menus, read from their actions: the list in the user guide
// is always the one the window answers to, in the language shown.
class KeyboardShortcuts
{
    Q_DECLARE_TR_FUNCTIONS(sstc::KeyboardShortcuts)

public:
    struct Entry
    {
        QString command; // "Edit › Edit Project…", without the mnemonics' ampersands
        QStringList keys; // as the platform writes them ("Ctrl+Shift+Z")
    };

    static QList<Entry> of(const QMenuBar &menuBar);
    static QString htmlTable(const QList<Entry> &entries);

private:
    static void collect(const QMenu &menu, const QString &path, QList<Entry> &entries);
};

} // namespace sstc
