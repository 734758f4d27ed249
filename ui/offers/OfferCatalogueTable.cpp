#include "ui/offers/OfferCatalogueTable.h"

#include "models/text/Formats.h"

#include <QHeaderView>
#include <QTableWidget>

#include <cmath>

namespace sstc {

namespace {
const QString titleEnField = QStringLiteral("titleEn");
const QString titleZhField = QStringLiteral("titleZh");
const QString unitEnField = QStringLiteral("unitEn");
const QString unitZhField = QStringLiteral("unitZh");
const QString unitCostField = QStringLiteral("unitCost");
const QString currencyField = QStringLiteral("currency");
// Far below where hundredths times a quantity could overflow, far above any real offer.
constexpr double largestUnitCost = 1e12;
constexpr int narrowestColumn = 90;
constexpr int widestColumn = 320;
} // namespace

OfferCatalogueTable::OfferCatalogueTable(Language language, QWidget *parent)
    : RecordTable(QStringLiteral("offerCatalogue"), QStringLiteral("offers"), tr("&Add"),
                  tr("&Remove"), parent)
    , m_language(language)
{
    setButtonNames(QStringLiteral("offerAddRowButton"), QStringLiteral("offerRemoveRowButton"));
    showAsList();
    setLongestText(longestListText);
    setEditedOnAdd(titleEnField);
    setColumns({{titleEnField, tr("Title (English)")},
                {titleZhField, tr("Title (Chinese)")},
                {unitEnField, tr("Unit (English)")},
                {unitZhField, tr("Unit (Chinese)")},
                {unitCostField, tr("Unit cost"), 0, Qt::AlignRight | Qt::AlignVCenter},
                {currencyField, tr("Currency")}});
    // Columns as wide as their text within bounds, so that a long title does not hide the cost.
    table()->horizontalHeader()->setStretchLastSection(false);
}

void OfferCatalogueTable::setOffers(const QList<FundingOffer> &offers)
{
    table()->setRowCount(0);
    m_stored.clear();
    for (const FundingOffer &offer : offers)
        appendOffer(offer);
    table()->resizeColumnsToContents();
    for (int column = 0; column < table()->columnCount(); ++column)
        table()->setColumnWidth(
            column, qBound(narrowestColumn, table()->columnWidth(column), widestColumn));
}

void OfferCatalogueTable::appendOffer(const FundingOffer &offer)
{
    const int row = appendRow();
    m_stored.append(offer);
    setText(row, titleEnField, offer.title.en);
    setText(row, titleZhField, offer.title.zh);
    setText(row, unitEnField, offer.unit.en);
    setText(row, unitZhField, offer.unit.zh);
    // A new offer's cost is to be typed, not a silent zero.
    setText(row, unitCostField,
            offer.id == 0 && offer.title.isEmpty()
                ? QString()
                : Formats::number(offer.unitCost.value(), m_language,
                                  offer.unitCost.hundredths % 100 ? 2 : 0));
    setText(row, currencyField, offer.unitCost.currency);
}

void OfferCatalogueTable::addChild()
{
    FundingOffer offer;
    offer.unitCost.currency = QStringLiteral("USD");
    appendOffer(offer);
}

std::optional<qint64> OfferCatalogueTable::unitCostAt(int row) const
{
    QString written = text(row, unitCostField);
    written.remove(QLatin1Char(' '));
    bool ok = false;
    double value = Formats::locale(m_language).toDouble(written, &ok);
    if (!ok)
        value = QLocale::c().toDouble(written, &ok);
    if (!ok || !std::isfinite(value) || std::fabs(value) > largestUnitCost)
        return std::nullopt;
    const double hundredths = value * 100;
    // Money has two decimals; a third would be lost silently.
    if (std::fabs(hundredths - std::round(hundredths)) > 1e-6)
        return std::nullopt;
    return qint64(std::llround(hundredths));
}

std::optional<QList<FundingOffer>> OfferCatalogueTable::offers(QStringList &problems) const
{
    QList<FundingOffer> result;
    bool allAmounts = true;
    for (int row = 0; row < table()->rowCount(); ++row) {
        FundingOffer offer = m_stored.at(row);
        offer.title = {text(row, titleEnField), text(row, titleZhField)};
        offer.unit = {text(row, unitEnField), text(row, unitZhField)};
        const std::optional<qint64> cost = unitCostAt(row);
        if (!cost) {
            problems << tr("The unit cost of offer %1 is not an amount: write a number with at "
                           "most two decimals, such as 100000 or 35000.50.")
                            .arg(row + 1);
            allAmounts = false;
            continue;
        }
        offer.unitCost = {*cost, text(row, currencyField)};
        result << offer;
    }
    if (!allAmounts)
        return std::nullopt;
    return result;
}

} // namespace sstc
