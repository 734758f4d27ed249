#pragma once

#include "models/changes/AuditedChanges.h"
#include "models/repositories/LookupListsRepository.h"
#include "models/repositories/ProjectRecord.h"

#include <QHash>
#include <QMap>

#include <optional>

namespace sstc {

// The part of a portfolio an IATI import changed, in one state (before or after it): the
// projects it touched (empty: not in the portfolio then), the lookup lists (the
// organisations it created), the organisations' IATI refs and the regions.
struct IatiImportState
{
    QMap<qint64, std::optional<ProjectRecord>> projects;
    LookupLists lists;
    QHash<qint64, QString> refs; // organisation id → IATI organisation identifier
    QList<Region> regions;       // the lookup list an import adds the regions it meets to
};

// Puts a portfolio from one state of an import into the other, in one transaction, audited:
// undo removes what the import made and restores what it updated; redo makes it again,
// with the same ids.
class IatiImportChanges : public AuditedChanges
{
public:
    using State = IatiImportState;
    using AuditedChanges::AuditedChanges;

    // The state of the given projects, lists and refs as stored now.
    static State load(PortfolioStore &store, const QList<qint64> &projectIds);
    State apply(const State &from, const State &to);

private:
    void addRegions(const QList<Region> &from, const QList<Region> &to);
    void removeRegions(const QList<Region> &from, const QList<Region> &to);
    void writeRefs(const QHash<qint64, QString> &from, const QHash<qint64, QString> &to);
};

} // namespace sstc
