#include "ui/offers/OfferCatalogueDialog.h"

#include "models/offers/OfferCatalogue.h"
#include "ui/offers/OfferCatalogueTable.h"
#include "ui/widgets/SaveDialogFooter.h"

#include <QVBoxLayout>

namespace sstc {

OfferCatalogueDialog::OfferCatalogueDialog(const QList<FundingOffer> &offers, Language language,
                                           QWidget *parent)
    : QDialog(parent)
    , m_table(new OfferCatalogueTable(language, this))
    , m_footer(new SaveDialogFooter(this, QStringLiteral("offerProblems"),
                                    QStringLiteral("offerSaveButton")))
{
    setObjectName(QStringLiteral("offerCatalogueDialog"));
    setWindowTitle(tr("Funding Offers"));
    m_table->setOffers(offers);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_footer);
    connect(m_table, &RecordTable::edited, this, &OfferCatalogueDialog::validate);
    resize(1000, 480);
    validate();
}

std::optional<QList<FundingOffer>> OfferCatalogueDialog::offers() const
{
    QStringList ignored;
    return m_table->offers(ignored);
}

QStringList OfferCatalogueDialog::problems() const
{
    QStringList messages;
    if (const auto edited = m_table->offers(messages))
        for (const ValidationProblem &problem : OfferCatalogue::problems(*edited))
            messages << problem.message;
    return messages;
}

void OfferCatalogueDialog::validate()
{
    m_footer->showProblemsBlockingSave(problems());
}

void OfferCatalogueDialog::accept()
{
    const auto edited = offers();
    if (!edited || !problems().isEmpty())
        return;
    if (m_footer->save([&] {
            if (m_saver)
                m_saver(*edited);
        }))
        QDialog::accept();
}

} // namespace sstc
