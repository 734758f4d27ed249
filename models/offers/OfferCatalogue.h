#pragma once

#include "models/domain/FundingOffer.h"
#include "models/domain/ValidationProblem.h"

#include <QCoreApplication>
#include <QList>

namespace sstc {

class PortfolioStore;

// The catalogue of funding offers, edited as a whole and saved in one transaction.
class OfferCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(sstc::OfferCatalogue)

public:
    explicit OfferCatalogue(PortfolioStore &store)
        : m_store(store)
    {}

    // A title in English or Chinese, a unit cost of zero or more, an ISO 4217 currency code.
    // Field keys: "offers/2/title", "offers/0/unitCost", "offers/1/currency".
    static ValidationProblems problems(const QList<FundingOffer> &offers);

    QList<FundingOffer> load();
    // Makes the stored catalogue equal to `offers` (save() from the catalogue as it is now).
    void save(const QList<FundingOffer> &offers);
    // Writes what the user changed in the catalogue they loaded (`loaded` to `edited`), in
    // one transaction, and nothing else: offers someone else added or changed meanwhile stay.
    // Offers removed are deleted (the proposals that used them keep their copy), offers with
    // an id that is not stored are inserted with it (undo of a removal), changed ones
    // updated. Throws StoreError, with nothing changed, when `edited` has problems, the write
    // fails, or (ChangedMeanwhile) an offer the user changed or removed is no longer as
    // loaded. Returns `edited` as stored, with the ids of new offers. Not audited:
    // OfferCatalogueChanges records the change with it.
    QList<FundingOffer> save(const QList<FundingOffer> &loaded, const QList<FundingOffer> &edited);

private:
    PortfolioStore &m_store;
};

} // namespace sstc
