#include "models/store/PortfolioTables.h"

namespace sstc {

const QList<PortfolioTable> &PortfolioTables::all()
{
    static const QList<PortfolioTable> tables = {
        {QStringLiteral("meta"), QStringLiteral("key"), {}},
        {QStringLiteral("countries"), QStringLiteral("code"), {}},
        {QStringLiteral("regions"), QStringLiteral("code"), {}},
        {QStringLiteral("themes"), QStringLiteral("id"), {}},
        {QStringLiteral("organisations"), QStringLiteral("id"), {}},
        {QStringLiteral("agreements"),
         QStringLiteral("id"),
         {QStringLiteral("amends_id"), QStringLiteral("supersedes_id")}},
        {QStringLiteral("agreement_parties"), QStringLiteral("agreement_id, organisation_id"), {}},
        {QStringLiteral("milestones"), QStringLiteral("id"), {}},
        {QStringLiteral("projects"), QStringLiteral("id"), {QStringLiteral("parent_project_id")}},
        {QStringLiteral("project_organisations"),
         QStringLiteral("project_id, organisation_id, role"),
         {}},
        {QStringLiteral("project_countries"), QStringLiteral("project_id, country_code"), {}},
        {QStringLiteral("project_regions"), QStringLiteral("project_id, region_code"), {}},
        {QStringLiteral("project_sdgs"), QStringLiteral("project_id, goal"), {}},
        {QStringLiteral("project_themes"), QStringLiteral("project_id, theme_id"), {}},
        {QStringLiteral("funding_lines"), QStringLiteral("id"), {}},
        {QStringLiteral("exchange_rates"), QStringLiteral("id"), {}},
        {QStringLiteral("events"), QStringLiteral("id"), {}},
        {QStringLiteral("event_outputs"), QStringLiteral("event_id, position"), {}},
        {QStringLiteral("indicators"), QStringLiteral("id"), {}},
        {QStringLiteral("indicator_periods"), QStringLiteral("indicator_id, position"), {}},
        {QStringLiteral("documents"), QStringLiteral("id"), {}},
        {QStringLiteral("funding_offers"), QStringLiteral("id"), {}},
        {QStringLiteral("audit_log"), QStringLiteral("id"), {}},
        {QStringLiteral("proposals"), QStringLiteral("id"), {}},
        {QStringLiteral("proposal_lines"), QStringLiteral("proposal_id, position"), {}},
        {QStringLiteral("organisation_iati_refs"), QStringLiteral("organisation_id"), {}},
        {QStringLiteral("project_document_links"), QStringLiteral("project_id, position"), {}},
        {QStringLiteral("project_kept_narratives"), QStringLiteral("project_id, position"), {}},
        {QStringLiteral("project_planned_disbursements"),
         QStringLiteral("project_id, position"),
         {}},
    };
    return tables;
}

} // namespace sstc
