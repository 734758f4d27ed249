#include "models/itemmodels/OfferTableModel.h"

#include "models/text/Formats.h"

namespace sstc {

OfferTableModel::OfferTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OfferTableModel::setOffers(QList<FundingOffer> offers)
{
    beginResetModel();
    m_offers = std::move(offers);
    endResetModel();
}

void OfferTableModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_offers.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int OfferTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_offers.size());
}

int OfferTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfferTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FundingOffer &offer = m_offers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return offer.title.preferring(m_language);
        case Unit:
            return offer.unit.preferring(m_language);
        case UnitCost:
            return Formats::money(offer.unitCost, m_language);
        }
        break;
    case Qt::ToolTipRole: {
        // The whole title too: a narrow column cuts it.
        const QString description = offer.description.preferring(m_language);
        QString tip =
            QStringLiteral("<b>%1</b>").arg(offer.title.preferring(m_language).toHtmlEscaped());
        if (!description.isEmpty())
            tip += QStringLiteral("<br>") + description.toHtmlEscaped();
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == UnitCost)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return offer.id;
    case FallbackLanguageRole:
        if (index.column() == Title)
            return fallbackLanguage(offer.title, m_language);
        if (index.column() == Unit)
            return fallbackLanguage(offer.unit, m_language);
        break;
    case ExportRole:
        switch (index.column()) {
        case Title:
            return offer.title.preferring(m_language);
        case Unit:
            return offer.unit.preferring(m_language);
        case UnitCost:
            return QVariantList{QVariantMap{{QStringLiteral("amount"), offer.unitCost.value()},
                                            {QStringLiteral("currency"), offer.unitCost.currency}}};
        }
        break;
    }
    return {};
}

QVariant OfferTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == ColumnKeyRole) {
        static const char *const keys[] = {"title", "unit", "unitCost"};
        return QString::fromLatin1(keys[section]);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Offer", "funding offer");
    case Unit:
        return tr("Unit", "what the unit cost is for: per event, per trainee");
    case UnitCost:
        return tr("Unit cost");
    }
    return {};
}

} // namespace sstc
