#include "ui/projecteditor/RecipientCountriesTable.h"

#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sstc {

namespace {
const QString countryField = QStringLiteral("country");
const QString percentageField = QStringLiteral("percentage");
} // namespace

RecipientCountriesTable::RecipientCountriesTable(const QList<ChoiceDelegate::Choice> &countries,
                                                 QWidget *parent)
    : RecordTable(QStringLiteral("countries"), QStringLiteral("countries"), tr("Add &country"),
                  tr("Remove coun&try"), parent)
    , m_total(new QLabel(this))
{
    m_total->setObjectName(QStringLiteral("countriesTotal"));
    setColumns({{countryField, tr("Country"), 260}, {percentageField, tr("Percentage"), 100}});
    setChoices(countryField, countries);
    mainLayout()->insertWidget(1, m_total);
    connect(this, &RecordTable::edited, this, &RecipientCountriesTable::updateTotal);
    updateTotal();
}

void RecipientCountriesTable::setCountries(const QList<RecipientCountry> &countries)
{
    table()->setRowCount(0);
    for (const RecipientCountry &country : countries) {
        const int row = appendRow();
        setChoice(row, countryField, country.countryCode);
        setNumber(row, percentageField, country.percentage);
    }
    updateTotal();
}

QList<RecipientCountry> RecipientCountriesTable::countries(ValidationProblems &inputProblems) const
{
    QList<RecipientCountry> countries;
    for (int row = 0; row < table()->rowCount(); ++row)
        countries.append(
            {choice(row, countryField).toString(), number(row, percentageField, inputProblems)});
    return countries;
}

void RecipientCountriesTable::addChild()
{
    const int row = appendRow();
    setChoice(row, countryField, QString());
}

// Shows the sum while the user types, so that reaching 100 needs no trial and error.
void RecipientCountriesTable::updateTotal()
{
    ValidationProblems ignored;
    double total = 0;
    bool anyGiven = false;
    for (const RecipientCountry &country : countries(ignored)) {
        total += country.percentage.value_or(0);
        anyGiven = anyGiven || country.percentage.has_value();
    }
    m_total->setText(anyGiven ? tr("Total: %1%").arg(QLocale().toString(total, 'g', 6))
                              : tr("Total: no percentages given"));
}

} // namespace sstc
