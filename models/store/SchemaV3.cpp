// Schema version 3: proposals to donors, made of funding offers, which form the pipeline.
#include "models/store/PortfolioStore.h"

namespace sstc {

namespace {

const char *const proposals[] = {
    R"(CREATE TABLE proposals (
        id {id},
        title TEXT NOT NULL DEFAULT '',
        donor_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
        proposed_on TEXT,
        status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'accepted', 'declined'))))",
    // A line copies the offer's title, unit and cost (see ProposalLine); offer_id only says
    // where it came from and is cleared when the offer leaves the catalogue.
    R"(CREATE TABLE proposal_lines (
        proposal_id BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        offer_id BIGINT REFERENCES funding_offers (id) ON DELETE SET NULL,
        title_en TEXT NOT NULL DEFAULT '',
        title_zh TEXT NOT NULL DEFAULT '',
        unit_en TEXT NOT NULL DEFAULT '',
        unit_zh TEXT NOT NULL DEFAULT '',
        unit_cost_hundredths BIGINT NOT NULL CHECK (unit_cost_hundredths >= 0),
        currency TEXT NOT NULL CHECK (length(currency) = 3),
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (proposal_id, position)))",
    "CREATE INDEX proposal_lines_offer ON proposal_lines (offer_id)",
    "CREATE INDEX proposals_donor ON proposals (donor_id)",
};

} // namespace

void createSchemaV3(PortfolioStore &store)
{
    for (const char *statement : proposals)
        store.run(store.dialect().ddl(QString::fromUtf8(statement)));
}

} // namespace sstc
