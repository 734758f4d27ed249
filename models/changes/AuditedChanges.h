#pragma once

#include "models/audit/AuditActor.h"
#include "models/audit/AuditLog.h"
#include "models/audit/AuditRows.h"
#include "models/store/WriteTransaction.h"

#include <optional>

namespace sstc {

class PortfolioStore;

// What every audited write shares. Each kind of record has a *Changes class derived from
// this one, with a `State` (the record or table as the user edits it) and
// `State apply(const State &from, const State &to)`: it writes `to` over `from` and records
// what differs, under the actor's name, in one transaction, so that the trail never misses a
// change nor records one that failed. It returns `to` as stored, with the ids given to new
// rows, for undo.
class AuditedChanges
{
public:
    AuditedChanges(PortfolioStore &store, AuditActor actor)
        : m_store(store)
        , m_actor(std::move(actor))
    {}

protected:
    // The one sequence of an audited write, in one transaction: `read()` the state as stored,
    // `write()`, read it again, and record what differs between the `rows()` of the two.
    // Returns the state as stored after the write.
    template<typename Read, typename Write, typename Rows>
    auto audited(Read read, Write write, Rows rows) -> decltype(read())
    {
        WriteTransaction transaction(m_store);
        const auto before = read();
        write();
        const auto after = read();
        AuditLog(m_store).record(rows(before), rows(after), m_actor);
        transaction.commit();
        return after;
    }

    // The row of a record that names organisations (an agreement's parties, a proposal's
    // donor), written with their names as they are now; none for no record.
    template<typename Record>
    QList<AuditedRow> rowsNamingOrganisations(const std::optional<Record> &record)
    {
        if (!record)
            return {};
        return {AuditRows::of(*record, organisationNames())};
    }

    PortfolioStore &m_store;
    AuditActor m_actor;

private:
    QHash<qint64, QString> organisationNames();
};

} // namespace sstc
