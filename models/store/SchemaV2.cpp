// Schema version 2: the audit trail, and a substring index over the projects' texts.
#include "models/store/PortfolioStore.h"

namespace sstc {

namespace {

const char *const auditTrail[] = {
    // One row per changed field. project_id names the project a change belongs to (for its
    // History tab) and is not a foreign key, so that the history outlives a deleted project.
    R"(CREATE TABLE audit_log (
        id {id},
        changed_at TEXT NOT NULL,
        user_name TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id BIGINT NOT NULL,
        project_id BIGINT,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
        field TEXT NOT NULL DEFAULT '',
        old_value TEXT,
        new_value TEXT))",
    "CREATE INDEX audit_log_project ON audit_log (project_id, id)",
    "CREATE INDEX project_countries_country ON project_countries (country_code)",
    "CREATE INDEX project_organisations_organisation ON project_organisations (organisation_id)",
    "CREATE INDEX projects_agreement ON projects (agreement_id)",
};

// SQLite only: a trigram full-text index kept in step with the projects table by triggers,
// so that a search for any substring of three characters or more needs no table scan.
const char *const sqliteTextIndex[] = {
    R"(CREATE VIRTUAL TABLE project_text USING fts5(
        code, title_en, title_zh, description_en, description_zh,
        content = 'projects', content_rowid = 'id', tokenize = 'trigram'))",
    R"(CREATE TRIGGER projects_text_insert AFTER INSERT ON projects BEGIN
        INSERT INTO project_text (rowid, code, title_en, title_zh, description_en, description_zh)
        VALUES (new.id, new.code, new.title_en, new.title_zh, new.description_en,
                new.description_zh);
    END)",
    R"(CREATE TRIGGER projects_text_delete AFTER DELETE ON projects BEGIN
        INSERT INTO project_text (project_text, rowid, code, title_en, title_zh, description_en,
                                  description_zh)
        VALUES ('delete', old.id, old.code, old.title_en, old.title_zh, old.description_en,
                old.description_zh);
    END)",
    R"(CREATE TRIGGER projects_text_update AFTER UPDATE ON projects BEGIN
        INSERT INTO project_text (project_text, rowid, code, title_en, title_zh, description_en,
                                  description_zh)
        VALUES ('delete', old.id, old.code, old.title_en, old.title_zh, old.description_en,
                old.description_zh);
        INSERT INTO project_text (rowid, code, title_en, title_zh, description_en, description_zh)
        VALUES (new.id, new.code, new.title_en, new.title_zh, new.description_en,
                new.description_zh);
    END)",
    "INSERT INTO project_text (project_text) VALUES ('rebuild')",
};

// PostgreSQL: pg_trgm's GIN indexes answer the same substring searches. ProjectFilter
// matches lower(column) LIKE '%…%', which these expression indexes serve as they are.
const char *const serverTextIndex[] = {
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX projects_code_trgm ON projects USING gin (lower(code) gin_trgm_ops)",
    "CREATE INDEX projects_title_en_trgm ON projects USING gin (lower(title_en) gin_trgm_ops)",
    "CREATE INDEX projects_title_zh_trgm ON projects USING gin (lower(title_zh) gin_trgm_ops)",
    "CREATE INDEX projects_description_en_trgm ON projects "
    "USING gin (lower(description_en) gin_trgm_ops)",
    "CREATE INDEX projects_description_zh_trgm ON projects "
    "USING gin (lower(description_zh) gin_trgm_ops)",
};

} // namespace

void createSchemaV2(PortfolioStore &store)
{
    for (const char *statement : auditTrail)
        store.run(store.dialect().ddl(QString::fromUtf8(statement)));
    if (store.dialect().engine() == SqlDialect::Engine::Sqlite)
        for (const char *statement : sqliteTextIndex)
            store.run(QString::fromUtf8(statement));
    else
        for (const char *statement : serverTextIndex)
            store.run(QString::fromUtf8(statement));
}

} // namespace sstc
