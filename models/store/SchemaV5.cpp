// Schema version 5: indexes that keep a large portfolio quick to open. The projects table's
// rows carry their descriptions, so any scan of it reads the whole file's worth of text; an
// index on a sort key (with the id) gives the order of 100,000 projects from a few megabytes
// instead. The expressions are the ones ProjectIdQuery orders by, written exactly alike.
#include "models/store/PortfolioStore.h"

namespace sstc {

void createSchemaV5(PortfolioStore &store)
{
    for (const char *statement : {
             "CREATE INDEX projects_start ON projects "
             "((COALESCE(actual_start, planned_start)), id)",
             "CREATE INDEX projects_end ON projects ((COALESCE(actual_end, planned_end)), id)",
             "CREATE INDEX projects_status ON projects (status, id)",
             "CREATE INDEX project_sdgs_goal ON project_sdgs (goal)",
             "CREATE INDEX project_themes_theme ON project_themes (theme_id)",
         })
        store.run(QLatin1String(statement));
}

} // namespace sstc
