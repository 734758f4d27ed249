#include "models/offers/OfferCatalogue.h"

#include "models/changes/ListConflict.h"
#include "models/changes/ListEdit.h"
#include "models/domain/CurrencyCodes.h"
#include "models/repositories/FundingOfferRepository.h"
#include "models/store/PortfolioStore.h"
#include "models/store/StoreError.h"
#include "models/store/WriteTransaction.h"

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
    WriteTransaction transaction(m_store);
    save(load(), offers);
    transaction.commit();
}

namespace {
// How ListEdit writes an offer.
struct OfferRows
{
    FundingOfferRepository repository;

    void remove(const FundingOffer &stored) { repository.remove(stored.id); }
    void update(const FundingOffer &, const FundingOffer &edited) { repository.update(edited); }
    FundingOffer insert(FundingOffer offer)
    {
        offer.id = repository.insert(offer);
        return offer;
    }
};
} // namespace

QList<FundingOffer> OfferCatalogue::save(const QList<FundingOffer> &loaded,
                                         const QList<FundingOffer> &edited)
{
    if (const ValidationProblems found = problems(edited); !found.isEmpty())
        throw StoreError(StoreError::Kind::InvalidData, m_store.path(), found.first().message);
    WriteTransaction transaction(m_store);
    const QList<FundingOffer> current = load();
    const ListEdit<FundingOffer> edit(loaded, edited);
    ListConflict::refuseIfAny(ListConflict::List::OfferCatalogue,
                              ListConflict::namesOf(edit.conflictsWith(current)), m_store.path());
    OfferRows rows{FundingOfferRepository(m_store)};
    const QList<FundingOffer> stored = edit.write(current, rows);
    transaction.commit();
    return stored;
}

} // namespace sstc
