// Schema version 6: the audit trail beyond projects. Agreements, their documents, the lookup
// lists, exchange rates and funding offers are logged too; agreement_id groups the rows of an
// agreement's history (its own and its documents') as project_id does for a project, and
// entity_key names a row that has a code rather than a number (a country); label_en/label_zh
// keep the row's name as it was when changed, so that the history reads "Organisation
// “MOHRSS”" even after the row is renamed or removed.
#include "models/store/PortfolioStore.h"

namespace sstc {

void createSchemaV6(PortfolioStore &store)
{
    for (const char *statement : {
             "ALTER TABLE audit_log ADD COLUMN agreement_id BIGINT",
             "ALTER TABLE audit_log ADD COLUMN entity_key TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE audit_log ADD COLUMN label_en TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE audit_log ADD COLUMN label_zh TEXT NOT NULL DEFAULT ''",
             "CREATE INDEX audit_log_agreement ON audit_log (agreement_id, id)",
             "CREATE INDEX audit_log_entity ON audit_log (entity, id)",
         })
        store.run(QLatin1String(statement));
}

} // namespace sstc
