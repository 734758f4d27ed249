// Schema version 7 (IATI exchange): what an IATI 2.03 file carries that the portfolio had no
// place for. A project's iati-identifier is the key a re-import matches on, so it is unique;
// an organisation's IATI ref (its organisation identifier) is the first thing an import
// matches participating organisations on; document links and the narratives in languages
// the app does not show are kept with their project and written out again on export, and so
// are planned disbursements (a forecast payment, not a funding line: it counts in no total).
#include "models/store/PortfolioStore.h"

namespace sstc {

namespace {

const char *const iatiExchange[] = {
    "ALTER TABLE projects ADD COLUMN iati_identifier TEXT",
    "CREATE UNIQUE INDEX projects_iati_identifier ON projects (iati_identifier)",
    R"(CREATE TABLE organisation_iati_refs (
        organisation_id BIGINT PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
        ref TEXT NOT NULL UNIQUE))",
    R"(CREATE TABLE project_document_links (
        project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        url TEXT NOT NULL,
        title_en TEXT NOT NULL DEFAULT '',
        title_zh TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        document_date TEXT,
        PRIMARY KEY (project_id, position)))",
    R"(CREATE TABLE project_kept_narratives (
        project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        field TEXT NOT NULL CHECK (field IN ('title', 'description')),
        language TEXT NOT NULL,
        content TEXT NOT NULL,
        PRIMARY KEY (project_id, position)))",
    R"(CREATE TABLE project_planned_disbursements (
        project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        revised INTEGER NOT NULL DEFAULT 0 CHECK (revised IN (0, 1)),
        period_start TEXT,
        period_end TEXT,
        amount_hundredths BIGINT NOT NULL CHECK (amount_hundredths >= 0),
        currency TEXT NOT NULL,
        value_date TEXT,
        provider_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
        PRIMARY KEY (project_id, position)))",
};

} // namespace

void createSchemaV7Iati(PortfolioStore &store)
{
    for (const char *statement : iatiExchange)
        store.run(store.dialect().ddl(QString::fromUtf8(statement)));
}

} // namespace sstc
