#pragma once

#include "models/audit/AuditRows.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace sstc {

// What a user did to a list they edited as a whole (exchange rates, lookup lists, offers):
// the rows they added, changed and removed compared with the list as they loaded it. Saving
// writes only these rows, so that rows someone else added or changed meanwhile are kept, and
// refuses when a row the user touched is no longer as they loaded it.
//
// Rows are known as the audit trail knows them (AuditRows::of): by id, or by key for a rate
// (currency pair and date) or a country (code); a row with neither (id 0, a row new in the
// dialog) is always added. Two rows are the same when all the fields the trail records agree.
template<typename Record>
class ListEdit
{
public:
    ListEdit(const QList<Record> &loaded, const QList<Record> &edited)
        : m_edited(edited)
    {
        const QHash<QString, Record> before = byIdentity(loaded);
        QSet<QString> kept;
        for (int i = 0; i < edited.size(); ++i) {
            const Record &row = edited.at(i);
            const QString identity = identityOf(row);
            if (identity.isEmpty() || !before.contains(identity)) {
                m_added << row;
                m_addedAt << i;
                continue;
            }
            kept.insert(identity);
            if (!sameFields(before.value(identity), row))
                m_changed << Change{before.value(identity), row};
        }
        for (const Record &row : loaded)
            if (!kept.contains(identityOf(row)))
                m_removed << row;
    }

    // The rows of this edit that `current` (the list as stored now) no longer has as the
    // user loaded it: changed or removed by someone else, or, for a row added with its id or
    // key, one put in its place meanwhile. A row someone else changed just as the user did,
    // or removed as the user did, is no conflict. Each named as the user had it.
    QList<Record> conflictsWith(const QList<Record> &current) const
    {
        const QHash<QString, Record> now = byIdentity(current);
        QList<Record> conflicts;
        for (const Change &change : m_changed) {
            const auto stored = now.constFind(identityOf(change.loaded));
            if (stored == now.constEnd() ||
                (!sameFields(*stored, change.loaded) && !sameFields(*stored, change.edited)))
                conflicts << change.loaded;
        }
        for (const Record &row : m_removed) {
            const auto stored = now.constFind(identityOf(row));
            if (stored != now.constEnd() && !sameFields(*stored, row))
                conflicts << row;
        }
        for (const Record &row : m_added) {
            const QString identity = identityOf(row);
            if (identity.isEmpty())
                continue;
            const auto stored = now.constFind(identity);
            if (stored != now.constEnd() && !sameFields(*stored, row))
                conflicts << row;
        }
        return conflicts;
    }

    // `current` with this edit made, for checking the result as a whole before it is written.
    QList<Record> appliedTo(const QList<Record> &current) const
    {
        QHash<QString, Record> replaced;
        for (const Change &change : m_changed)
            replaced.insert(identityOf(change.edited), change.edited);
        QSet<QString> gone;
        for (const Record &row : m_removed)
            gone.insert(identityOf(row));
        for (const Record &row : m_added)
            if (!identityOf(row).isEmpty())
                gone.insert(identityOf(row)); // added again below
        QList<Record> result;
        for (const Record &row : current) {
            const QString identity = identityOf(row);
            if (gone.contains(identity))
                continue;
            result << replaced.value(identity, row);
        }
        return result + m_added;
    }

    // Writes this edit over `current` (the list as stored now, already checked with
    // conflictsWith) through `rows`, which has remove(stored), update(stored, edited) and
    // insert(edited) returning the row as stored. Removals first, so that a key freed by one
    // row can be taken by another. Returns the edited list as stored, with the ids new rows
    // were given, so that undo and redo write the same rows again.
    template<typename Rows>
    QList<Record> write(const QList<Record> &current, Rows &rows) const
    {
        writeRemovals(current, rows);
        return writeChangesAndAdditions(current, rows);
    }

    // The two halves of write(), for lists whose rows point at each other's: all removals
    // first, then the rest.
    template<typename Rows>
    void writeRemovals(const QList<Record> &current, Rows &rows) const
    {
        const QHash<QString, Record> now = byIdentity(current);
        for (const Record &row : m_removed)
            if (const auto stored = now.constFind(identityOf(row)); stored != now.constEnd())
                rows.remove(*stored);
    }
    template<typename Rows>
    QList<Record> writeChangesAndAdditions(const QList<Record> &current, Rows &rows) const
    {
        const QHash<QString, Record> now = byIdentity(current);
        for (const Change &change : m_changed) {
            const auto stored = now.constFind(identityOf(change.loaded));
            if (stored != now.constEnd() && !sameFields(*stored, change.edited))
                rows.update(*stored, change.edited);
        }
        QList<Record> result = m_edited;
        for (int i = 0; i < m_added.size(); ++i) {
            const Record &row = m_added.at(i);
            const QString identity = identityOf(row);
            const auto stored = identity.isEmpty() ? now.constEnd() : now.constFind(identity);
            // Someone else added the very same row: it is kept as it is.
            result[m_addedAt.at(i)] = stored != now.constEnd() ? *stored : rows.insert(row);
        }
        return result;
    }

    static QString identityOf(const Record &row)
    {
        const AuditedRow audited = AuditRows::of(row);
        if (audited.id == 0 && audited.key.isEmpty())
            return {};
        return QString::number(audited.id) + QLatin1Char('/') + audited.key;
    }

private:
    struct Change
    {
        Record loaded;
        Record edited;
    };

    static bool sameFields(const Record &a, const Record &b)
    {
        return AuditRows::of(a).fields == AuditRows::of(b).fields;
    }
    static QHash<QString, Record> byIdentity(const QList<Record> &rows)
    {
        QHash<QString, Record> result;
        for (const Record &row : rows)
            if (const QString identity = identityOf(row); !identity.isEmpty())
                result.insert(identity, row);
        return result;
    }

    QList<Record> m_edited;
    QList<Record> m_added;
    QList<int> m_addedAt; // where each added row is in m_edited
    QList<Change> m_changed;
    QList<Record> m_removed;
};

} // namespace sstc
