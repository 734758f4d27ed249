#pragma once

#include "models/domain/FundingOffer.h"
#include "models/domain/Language.h"
#include "models/itemmodels/ItemRoles.h"

#include <QAbstractTableModel>
#include <QList>

namespace sstc {

// The catalogue of funding offers, one per row, texts and amounts in the UI language.
class OfferTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Unit,
        UnitCost,
        ColumnCount
    };

    explicit OfferTableModel(QObject *parent = nullptr);

    void setOffers(QList<FundingOffer> offers);
    const QList<FundingOffer> &offers() const { return m_offers; }
    void setLanguage(Language language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<FundingOffer> m_offers;
    Language m_language = Language::English;
};

} // namespace sstc
