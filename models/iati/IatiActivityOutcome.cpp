#include "models/iati/IatiActivityOutcome.h"

#include "models/itemmodels/AuditTableModel.h"
#include "models/store/PortfolioStore.h"

namespace sstc {

qint64 IatiChangedFields::lastEntry(PortfolioStore &store)
{
    QSqlQuery query = store.run(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

QStringList IatiChangedFields::since(PortfolioStore &store, qint64 projectId, qint64 since)
{
    QSqlQuery query = store.run(QStringLiteral("SELECT entity, field FROM audit_log "
                                               "WHERE project_id = ? AND id > ? ORDER BY id"),
                                {projectId, since});
    QStringList names;
    while (query.next()) {
        const QString entity = query.value(0).toString();
        const QString name = entity == QLatin1String("funding_line") ? tr("Funding lines")
                             : entity == QLatin1String("indicator")  ? tr("Indicators")
                             : entity == QLatin1String("event")
                                 ? tr("Events")
                                 : AuditTableModel::fieldName(query.value(1).toString());
        if (!names.contains(name))
            names << name;
    }
    return names;
}

} // namespace sstc
