// Schema version 1: every entity of the domain. Later versions add a step to
// SchemaHistory::standard() and never change this one.
#include "models/store/PortfolioStore.h"
#include "models/store/SchemaHistory.h"

namespace sstc {

namespace {

// {id} and {blob} are filled in by the dialect. Dates are ISO 8601 text of year, month or day
// precision (see PartialDate); amounts are integers in hundredths of the currency unit.
const char *const schemaV1[] = {
    R"(CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL))",
    R"(INSERT INTO meta (key, value) VALUES ('schema_version', '0'), ('application', 'sstc-desk'))",

    R"(CREATE TABLE countries (
        code TEXT PRIMARY KEY CHECK (length(code) = 2),
        name_en TEXT NOT NULL,
        name_zh TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE regions (
        code TEXT PRIMARY KEY,
        name_en TEXT NOT NULL,
        name_zh TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE themes (
        id {id},
        key TEXT NOT NULL UNIQUE,
        name_en TEXT NOT NULL DEFAULT '',
        name_zh TEXT NOT NULL DEFAULT '',
        CHECK (name_en <> '' OR name_zh <> '')))",
    R"(CREATE TABLE organisations (
        id {id},
        acronym TEXT NOT NULL DEFAULT '',
        name_en TEXT NOT NULL DEFAULT '',
        name_zh TEXT NOT NULL DEFAULT '',
        org_type TEXT NOT NULL CHECK (org_type IN
            ('government', 'multilateral', 'workers', 'employers', 'academic', 'private')),
        country_code TEXT REFERENCES countries (code),
        CHECK (name_en <> '' OR name_zh <> '')))",

    R"(CREATE TABLE agreements (
        id {id},
        kind TEXT NOT NULL CHECK (kind IN
            ('mou', 'partnership', 'amendment', 'work_programme', 'dwcp')),
        title_en TEXT NOT NULL DEFAULT '',
        title_zh TEXT NOT NULL DEFAULT '',
        signed_on TEXT,
        signed_place_en TEXT NOT NULL DEFAULT '',
        signed_place_zh TEXT NOT NULL DEFAULT '',
        valid_from TEXT,
        valid_to TEXT,
        summary_en TEXT NOT NULL DEFAULT '',
        summary_zh TEXT NOT NULL DEFAULT '',
        amends_id BIGINT REFERENCES agreements (id) ON DELETE SET NULL,
        supersedes_id BIGINT REFERENCES agreements (id) ON DELETE SET NULL,
        CHECK (title_en <> '' OR title_zh <> ''),
        CHECK (amends_id IS NULL OR amends_id <> id),
        CHECK (supersedes_id IS NULL OR supersedes_id <> id)))",
    R"(CREATE TABLE agreement_parties (
        agreement_id BIGINT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        organisation_id BIGINT NOT NULL REFERENCES organisations (id),
        position INTEGER NOT NULL,
        signatory_name_en TEXT NOT NULL DEFAULT '',
        signatory_name_zh TEXT NOT NULL DEFAULT '',
        signatory_title_en TEXT NOT NULL DEFAULT '',
        signatory_title_zh TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (agreement_id, organisation_id)))",
    R"(CREATE TABLE milestones (
        id {id},
        happened_on TEXT,
        title_en TEXT NOT NULL DEFAULT '',
        title_zh TEXT NOT NULL DEFAULT '',
        CHECK (title_en <> '' OR title_zh <> '')))",

    R"(CREATE TABLE projects (
        id {id},
        code TEXT UNIQUE,
        title_en TEXT NOT NULL DEFAULT '',
        title_zh TEXT NOT NULL DEFAULT '',
        description_en TEXT NOT NULL DEFAULT '',
        description_zh TEXT NOT NULL DEFAULT '',
        status INTEGER CHECK (status BETWEEN 1 AND 6),
        planned_start TEXT,
        planned_end TEXT,
        actual_start TEXT,
        actual_end TEXT,
        agreement_id BIGINT REFERENCES agreements (id) ON DELETE SET NULL,
        parent_project_id BIGINT REFERENCES projects (id) ON DELETE SET NULL,
        CHECK (title_en <> '' OR title_zh <> ''),
        CHECK (parent_project_id IS NULL OR parent_project_id <> id)))",
    R"(CREATE TABLE project_organisations (
        project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        organisation_id BIGINT NOT NULL REFERENCES organisations (id),
        role INTEGER NOT NULL CHECK (role BETWEEN 1 AND 4),
        position INTEGER NOT NULL,
        PRIMARY KEY (project_id, organisation_id, role)))",
    R"(CREATE TABLE project_countries (
        project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        country_code TEXT NOT NULL REFERENCES countries (code),
        percentage DOUBLE PRECISION CHECK (percentage >= 0 AND percentage <= 100),
        position INTEGER NOT NULL,
        PRIMARY KEY (project_id, country_code)))",
    R"(CREATE TABLE project_regions (
        project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        region_code TEXT NOT NULL REFERENCES regions (code),
        percentage DOUBLE PRECISION CHECK (percentage >= 0 AND percentage <= 100),
        PRIMARY KEY (project_id, region_code)))",
    R"(CREATE TABLE project_sdgs (
        project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        goal INTEGER NOT NULL CHECK (goal BETWEEN 1 AND 17),
        PRIMARY KEY (project_id, goal)))",
    R"(CREATE TABLE project_themes (
        project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        theme_id BIGINT NOT NULL REFERENCES themes (id),
        PRIMARY KEY (project_id, theme_id)))",

    R"(CREATE TABLE funding_lines (
        id {id},
        project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('original_budget', 'revised_budget', 'commitment',
            'incoming_funds', 'disbursement', 'expenditure', 'pledge')),
        amount_hundredths BIGINT NOT NULL CHECK (amount_hundredths >= 0),
        currency TEXT NOT NULL CHECK (length(currency) = 3),
        value_date TEXT,
        period_start TEXT,
        period_end TEXT,
        provider_id BIGINT REFERENCES organisations (id),
        note_en TEXT NOT NULL DEFAULT '',
        note_zh TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX funding_lines_project ON funding_lines (project_id)",
    R"(CREATE TABLE exchange_rates (
        id {id},
        currency TEXT NOT NULL CHECK (length(currency) = 3),
        to_currency TEXT NOT NULL CHECK (length(to_currency) = 3),
        rate_date TEXT NOT NULL,
        rate DOUBLE PRECISION NOT NULL CHECK (rate > 0),
        source TEXT NOT NULL DEFAULT '',
        UNIQUE (currency, to_currency, rate_date)))",

    R"(CREATE TABLE events (
        id {id},
        project_id BIGINT REFERENCES projects (id) ON DELETE CASCADE,
        agreement_id BIGINT REFERENCES agreements (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN
            ('seminar', 'workshop', 'conference', 'study_visit', 'training')),
        title_en TEXT NOT NULL DEFAULT '',
        title_zh TEXT NOT NULL DEFAULT '',
        start_on TEXT,
        end_on TEXT,
        place_en TEXT NOT NULL DEFAULT '',
        place_zh TEXT NOT NULL DEFAULT '',
        country_code TEXT REFERENCES countries (code),
        participants_total INTEGER CHECK (participants_total >= 0),
        participants_total_is_minimum INTEGER NOT NULL DEFAULT 0,
        participants_government INTEGER CHECK (participants_government >= 0),
        participants_workers INTEGER CHECK (participants_workers >= 0),
        participants_employers INTEGER CHECK (participants_employers >= 0),
        participants_women INTEGER CHECK (participants_women >= 0),
        participants_men INTEGER CHECK (participants_men >= 0),
        description_en TEXT NOT NULL DEFAULT '',
        description_zh TEXT NOT NULL DEFAULT '',
        CHECK (title_en <> '' OR title_zh <> ''),
        CHECK (project_id IS NOT NULL OR agreement_id IS NOT NULL)))",
    "CREATE INDEX events_project ON events (project_id)",
    R"(CREATE TABLE event_outputs (
        event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('article', 'video', 'publication', 'other')),
        quantity INTEGER CHECK (quantity >= 0),
        description_en TEXT NOT NULL DEFAULT '',
        description_zh TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (event_id, position)))",

    R"(CREATE TABLE indicators (
        id {id},
        project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        title_en TEXT NOT NULL DEFAULT '',
        title_zh TEXT NOT NULL DEFAULT '',
        unit_en TEXT NOT NULL DEFAULT '',
        unit_zh TEXT NOT NULL DEFAULT '',
        measure INTEGER NOT NULL DEFAULT 1 CHECK (measure BETWEEN 1 AND 5),
        baseline DOUBLE PRECISION,
        baseline_year INTEGER,
        CHECK (title_en <> '' OR title_zh <> '')))",
    "CREATE INDEX indicators_project ON indicators (project_id)",
    R"(CREATE TABLE indicator_periods (
        indicator_id BIGINT NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        period_start TEXT,
        period_end TEXT,
        target DOUBLE PRECISION,
        actual DOUBLE PRECISION,
        actual_is_minimum INTEGER NOT NULL DEFAULT 0,
        target_women DOUBLE PRECISION,
        target_men DOUBLE PRECISION,
        actual_women DOUBLE PRECISION,
        actual_men DOUBLE PRECISION,
        PRIMARY KEY (indicator_id, position)))",

    R"(CREATE TABLE documents (
        id {id},
        project_id BIGINT REFERENCES projects (id) ON DELETE CASCADE,
        agreement_id BIGINT REFERENCES agreements (id) ON DELETE CASCADE,
        title_en TEXT NOT NULL DEFAULT '',
        title_zh TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('signed_agreement', 'report', 'brochure', 'other')),
        language TEXT NOT NULL DEFAULT '',
        document_date TEXT,
        file_name TEXT NOT NULL,
        mime_type TEXT NOT NULL DEFAULT '',
        size BIGINT NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL,
        content {blob} NOT NULL,
        CHECK (project_id IS NOT NULL OR agreement_id IS NOT NULL)))",

    R"(CREATE TABLE funding_offers (
        id {id},
        title_en TEXT NOT NULL DEFAULT '',
        title_zh TEXT NOT NULL DEFAULT '',
        description_en TEXT NOT NULL DEFAULT '',
        description_zh TEXT NOT NULL DEFAULT '',
        unit_en TEXT NOT NULL DEFAULT '',
        unit_zh TEXT NOT NULL DEFAULT '',
        unit_cost_hundredths BIGINT NOT NULL CHECK (unit_cost_hundredths >= 0),
        currency TEXT NOT NULL CHECK (length(currency) = 3),
        CHECK (title_en <> '' OR title_zh <> '')))",
};

void createSchemaV1(PortfolioStore &store)
{
    for (const char *statement : schemaV1)
        store.run(store.dialect().ddl(QString::fromUtf8(statement)));
}

} // namespace

void createSchemaV2(PortfolioStore &store); // SchemaV2.cpp
void createSchemaV3(PortfolioStore &store); // SchemaV3.cpp
void createSchemaV4(PortfolioStore &store); // SchemaV4.cpp
void createSchemaV5(PortfolioStore &store); // SchemaV5.cpp
void createSchemaV6(PortfolioStore &store); // SchemaV6.cpp
void createSchemaV7Iati(PortfolioStore &store); // SchemaV7Iati.cpp

SchemaHistory SchemaHistory::standard()
{
    return SchemaHistory({{1, createSchemaV1},
                          {2, createSchemaV2},
                          {3, createSchemaV3},
                          {4, createSchemaV4},
                          {5, createSchemaV5},
                          {6, createSchemaV6},
                          {7, createSchemaV7Iati}});
}

} // namespace sstc
