#pragma once

#include "models/domain/FundingOffer.h"
#include "models/domain/Language.h"
#include "ui/widgets/RecordTable.h"

#include <optional>

namespace sstc {

// The funding offers, one a row: titles and units in both languages, the unit cost as the UI
// language writes numbers, the currency code. The columns are in the order of
// OfferCatalogueDialog::Column.
class OfferCatalogueTable : public RecordTable
{
    Q_OBJECT

public:
    explicit OfferCatalogueTable(Language language, QWidget *parent = nullptr);

    void setOffers(const QList<FundingOffer> &offers);
    // The offers as edited; nullopt, with a problem for each, when a unit cost is not an amount.
    std::optional<QList<FundingOffer>> offers(QStringList &problems) const;

protected:
    void addChild() override;
    void removeChild(int row) override { m_stored.removeAt(row); }

private:
    void appendOffer(const FundingOffer &offer);
    std::optional<qint64> unitCostAt(int row) const;

    Language m_language;
    QList<FundingOffer> m_stored; // ids and descriptions, which the table does not show
};

} // namespace sstc
