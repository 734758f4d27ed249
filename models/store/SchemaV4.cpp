// Schema version 4: an index for the funding dashboard. Its budget rule ("the revised budget when
// the project has one") looks up a project's lines of one kind for every budget line; by
// (project_id, kind) that is one index seek instead of a walk over all the project's lines
// (0.55 s -> 0.11 s over 1,000,000 lines). The new index starts with project_id, so the old
// one on project_id alone is dropped.
#include "models/store/PortfolioStore.h"

namespace sstc {

void createSchemaV4(PortfolioStore &store)
{
    store.run(QStringLiteral(
        "CREATE INDEX funding_lines_project_kind ON funding_lines (project_id, kind)"));
    store.run(QStringLiteral("DROP INDEX funding_lines_project"));
}

} // namespace sstc
