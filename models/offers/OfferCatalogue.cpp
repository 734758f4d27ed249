#include "models/offers/OfferCatalogue.h"

#include "models/domain/CurrencyCodes.h"
#include "models/repositories/FundingOfferRepository.h"
#include "models/store/PortfolioStore.h"
#include "models/store/StoreError.h"
#include "models/store/WriteTransaction.h"

#include <QSet>

namespace sstc {

ValidationProblems OfferCatalogue::problems(const QList<FundingOffer> &offers)
{
    ValidationProblems found;
    for (int i = 0; i < offers.size(); ++i) {
        const FundingOffer &offer = offers.at(i);
        if (offer.title.en.trimmed().isEmpty() && offer.title.zh.trimmed().isEmpty())
            found.append({QStringLiteral("offers/%1/title").arg(i),
                          tr("Offer %1 needs a title in English or Chinese.").arg(i + 1)});
        if (offer.unitCost.hundredths < 0)
            found.append({QStringLiteral("offers/%1/unitCost").arg(i),
                          tr("The unit cost of offer %1 cannot be negative.").arg(i + 1)});
        if (!CurrencyCodes::isKnown(offer.unitCost.currency))
            found.append({QStringLiteral("offers/%1/currency").arg(i),
                          tr("“%1” is not a currency code: use three capital letters "
                             "(ISO 4217), such as USD or CNY.")
                              .arg(offer.unitCost.currency)});
    }
    return found;
}

QList<FundingOffer> OfferCatalogue::load()
{
    return FundingOfferRepository(m_store).all();
}

void OfferCatalogue::save(const QList<FundingOffer> &offers)
{
    if (const ValidationProblems found = problems(offers); !found.isEmpty())
        throw StoreError(StoreError::Kind::InvalidData, m_store.path(), found.first().message);
    WriteTransaction transaction(m_store);
    FundingOfferRepository repository(m_store);
    QSet<qint64> kept;
    for (const FundingOffer &offer : offers)
        kept.insert(offer.id);
    const QList<FundingOffer> before = repository.all();
    QSet<qint64> stored;
    for (const FundingOffer &offer : before) {
        stored.insert(offer.id);
        if (!kept.contains(offer.id))
            repository.remove(offer.id);
    }
    for (const FundingOffer &offer : offers) {
        if (offer.id != 0 && stored.contains(offer.id))
            repository.update(offer);
        else
            repository.insert(offer);
    }
    transaction.commit();
}

} // namespace sstc
