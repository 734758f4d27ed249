#include "models/repositories/FundingOfferRepository.h"

#include "models/store/PortfolioStore.h"
#include "models/store/SqlValues.h"
#include "models/store/WriteTransaction.h"

namespace sstc {

using namespace sql;

namespace {
QVariantList rowValues(const FundingOffer &offer)
{
    return {offer.title.en, offer.title.zh, offer.description.en,      offer.description.zh,
            offer.unit.en,  offer.unit.zh,  offer.unitCost.hundredths, offer.unitCost.currency};
}
} // namespace

qint64 FundingOfferRepository::insert(const FundingOffer &offer)
{
    WriteTransaction transaction(m_store);
    QVariantList values = rowValues(offer);
    const QString sql = keepingId(
        QStringLiteral("INSERT INTO funding_offers (title_en, title_zh, description_en, "
                       "description_zh, unit_en, unit_zh, unit_cost_hundredths, currency) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        offer.id, values);
    const qint64 id = m_store.insert(sql, values);
    transaction.commit();
    return id;
}

void FundingOfferRepository::update(const FundingOffer &offer)
{
    WriteTransaction transaction(m_store);
    m_store.run(QStringLiteral("UPDATE funding_offers SET title_en = ?, title_zh = ?, "
                               "description_en = ?, description_zh = ?, unit_en = ?, "
                               "unit_zh = ?, unit_cost_hundredths = ?, currency = ? WHERE id = ?"),
                rowValues(offer) << offer.id);
    transaction.commit();
}

void FundingOfferRepository::remove(qint64 id)
{
    WriteTransaction transaction(m_store);
    m_store.run(QStringLiteral("DELETE FROM funding_offers WHERE id = ?"), {id});
    transaction.commit();
}

QList<FundingOffer> FundingOfferRepository::all()
{
    QSqlQuery query = m_store.run(QStringLiteral(
        "SELECT id, title_en, title_zh, description_en, description_zh, unit_en, unit_zh, "
        "unit_cost_hundredths, currency FROM funding_offers ORDER BY id"));
    QList<FundingOffer> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), textAt(query, 1), textAt(query, 3),
                       textAt(query, 5),
                       Money{query.value(7).toLongLong(), query.value(8).toString()}});
    return result;
}

} // namespace sstc
