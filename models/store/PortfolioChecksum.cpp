#include "models/store/PortfolioChecksum.h"

#include "models/store/PortfolioStore.h"

#include <QCryptographicHash>
#include <QSqlRecord>

namespace sstc {

namespace {

struct Table
{
    const char *name;
    const char *order;
};

const Table contentTables[] = {
    {"meta", "key"},
    {"countries", "code"},
    {"regions", "code"},
    {"themes", "id"},
    {"organisations", "id"},
    {"agreements", "id"},
    {"agreement_parties", "agreement_id, organisation_id"},
    {"milestones", "id"},
    {"projects", "id"},
    {"project_organisations", "project_id, organisation_id, role"},
    {"project_countries", "project_id, country_code"},
    {"project_regions", "project_id, region_code"},
    {"project_sdgs", "project_id, goal"},
    {"project_themes", "project_id, theme_id"},
    {"funding_lines", "id"},
    {"exchange_rates", "id"},
    {"events", "id"},
    {"event_outputs", "event_id, position"},
    {"indicators", "id"},
    {"indicator_periods", "indicator_id, position"},
    {"documents", "id"},
    {"funding_offers", "id"},
    {"organisation_iati_refs", "organisation_id"},
    {"project_document_links", "project_id, position"},
    {"project_kept_narratives", "project_id, position"},
    {"project_planned_disbursements", "project_id, position"},
};

QByteArray textOf(const QVariant &value)
{
    if (value.isNull())
        return QByteArrayLiteral("\\N");
    if (value.typeId() == QMetaType::Double)
        return QByteArray::number(value.toDouble(), 'g', 17);
    if (value.typeId() == QMetaType::QByteArray)
        return value.toByteArray().toHex();
    return value.toString().toUtf8();
}

} // namespace

QByteArray PortfolioChecksum::of(PortfolioStore &store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Table &table : contentTables) {
        hash.addData(QByteArray(table.name) + '\n');
        QSqlQuery query =
            store.run(QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                          .arg(QLatin1String(table.name), QLatin1String(table.order)));
        const int columns = query.record().count();
        while (query.next()) {
            for (int column = 0; column < columns; ++column) {
                hash.addData(textOf(query.value(column)));
                hash.addData(QByteArrayView("\t"));
            }
            hash.addData(QByteArrayView("\n"));
        }
    }
    return hash.result().toHex();
}

} // namespace sstc
