#pragma once

#include "models/domain/FundingOffer.h"
#include "models/domain/Language.h"

#include <QDialog>

#include <functional>
#include <optional>

namespace sstc {

class OfferCatalogueTable;
class SaveDialogFooter;

// Edits the catalogue of funding offers as a table: titles and units in both languages, the
// unit cost as the UI language writes numbers, the currency code. Problems are listed under
// the table and Save stays disabled while there are any. Like the other editors it never
// writes: Save hands the offers to the saver, and a StoreError it throws keeps the dialog open.
class OfferCatalogueDialog : public QDialog
{
    Q_OBJECT

public:
    using Saver = std::function<void(const QList<FundingOffer> &)>;
    // The columns of the table (objectName offerCatalogueTable).
    enum Column
    {
        TitleEn,
        TitleZh,
        UnitEn,
        UnitZh,
        UnitCost,
        Currency,
        ColumnCount
    };

    OfferCatalogueDialog(const QList<FundingOffer> &offers, Language language,
                         QWidget *parent = nullptr);
    void setSaver(Saver saver) { m_saver = std::move(saver); }
    // The offers as edited; nullopt when a unit cost is not a number.
    std::optional<QList<FundingOffer>> offers() const;
    QStringList problems() const;

public slots:
    void accept() override;

private:
    void validate();

    OfferCatalogueTable *m_table;
    SaveDialogFooter *m_footer;
    Saver m_saver;
};

} // namespace sstc
