#include "ui/offers/OfferCatalogueDialog.h"

#include "models/offers/OfferCatalogue.h"
#include "models/store/StoreError.h"
#include "models/text/Formats.h"
#include "models/text/TextInput.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace sstc {

namespace {
// Far below where hundredths times a quantity could overflow, far above any real offer.
constexpr double largestUnitCost = 1e12;

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *cell = table->item(row, column);
    return cell ? TextInput::withoutControlCharacters(cell->text()).trimmed().left(500) : QString();
}
} // namespace

OfferCatalogueDialog::OfferCatalogueDialog(const QList<FundingOffer> &offers, Language language,
                                           QWidget *parent)
    : QDialog(parent)
    , m_language(language)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("offerCatalogueDialog"));
    setWindowTitle(tr("Funding Offers"));
    m_table->setObjectName(QStringLiteral("offerCatalogueTable"));
    m_table->setHorizontalHeaderLabels({tr("Title (English)"), tr("Title (Chinese)"),
                                        tr("Unit (English)"), tr("Unit (Chinese)"), tr("Unit cost"),
                                        tr("Currency")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    for (const FundingOffer &offer : offers) {
        m_original.insert(offer.id, offer);
        addRow(offer);
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setColumnWidth(column, qBound(90, m_table->columnWidth(column), 320));

    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("offerAddRowButton"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("offerRemoveRowButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        FundingOffer offer;
        offer.unitCost.currency = QStringLiteral("USD");
        addRow(offer);
        validate();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        validate();
    });

    m_problems->setObjectName(QStringLiteral("offerProblems"));
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problems->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("offerSaveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    connect(m_table, &QTableWidget::itemChanged, this, &OfferCatalogueDialog::validate);
    resize(1000, 480);
    validate();
}

void OfferCatalogueDialog::addRow(const FundingOffer &offer)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList texts = {offer.title.en,
                               offer.title.zh,
                               offer.unit.en,
                               offer.unit.zh,
                               offer.id == 0 && offer.title.isEmpty()
                                   ? QString()
                                   : Formats::number(offer.unitCost.value(), m_language,
                                                     offer.unitCost.hundredths % 100 ? 2 : 0),
                               offer.unitCost.currency};
    for (int column = 0; column < ColumnCount; ++column) {
        auto *cell = new QTableWidgetItem(texts.at(column));
        if (column == UnitCost)
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, cell);
    }
    m_table->item(row, 0)->setData(Qt::UserRole, offer.id);
}

std::optional<qint64> OfferCatalogueDialog::unitCostAt(int row) const
{
    QString text = cellText(m_table, row, UnitCost);
    text.remove(QLatin1Char(' '));
    bool ok = false;
    double value = Formats::locale(m_language).toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value) || std::fabs(value) > largestUnitCost)
        return std::nullopt;
    const double hundredths = value * 100;
    // Money has two decimals; a third would be lost silently.
    if (std::fabs(hundredths - std::round(hundredths)) > 1e-6)
        return std::nullopt;
    return qint64(std::llround(hundredths));
}

std::optional<QList<FundingOffer>> OfferCatalogueDialog::offers() const
{
    QList<FundingOffer> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
        FundingOffer offer = m_original.value(id);
        offer.id = id;
        offer.title = {cellText(m_table, row, TitleEn), cellText(m_table, row, TitleZh)};
        offer.unit = {cellText(m_table, row, UnitEn), cellText(m_table, row, UnitZh)};
        const std::optional<qint64> cost = unitCostAt(row);
        if (!cost)
            return std::nullopt;
        offer.unitCost = {*cost, cellText(m_table, row, Currency)};
        result << offer;
    }
    return result;
}

QStringList OfferCatalogueDialog::problems() const
{
    QStringList messages;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (!unitCostAt(row))
            messages << tr("The unit cost of offer %1 is not an amount: write a number with at "
                           "most two decimals, such as 100000 or 35000.50.")
                            .arg(row + 1);
    if (const auto edited = offers())
        for (const ValidationProblem &problem : OfferCatalogue::problems(*edited))
            messages << problem.message;
    return messages;
}

void OfferCatalogueDialog::validate()
{
    const QStringList messages = problems();
    m_problems->setText(messages.mid(0, 5).join(QLatin1Char('\n')));
    m_problems->setVisible(!messages.isEmpty());
    m_save->setEnabled(messages.isEmpty());
}

void OfferCatalogueDialog::accept()
{
    const auto edited = offers();
    if (!edited || !problems().isEmpty())
        return;
    try {
        if (m_saver)
            m_saver(*edited);
    } catch (const StoreError &error) {
        m_problems->setText(tr("Not saved: %1").arg(error.message()));
        m_problems->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace sstc
