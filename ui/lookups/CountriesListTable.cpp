#include "ui/lookups/CountriesListTable.h"

#include <QTableWidget>

namespace sstc {

namespace {
const QString codeField = QStringLiteral("code");
const QString nameEnField = QStringLiteral("nameEn");
const QString nameZhField = QStringLiteral("nameZh");
} // namespace

CountriesListTable::CountriesListTable(QWidget *parent)
    : RecordTable(QStringLiteral("countriesList"), QStringLiteral("countries"), tr("&Add"),
                  tr("&Remove"), parent)
{
    setButtonNames(QStringLiteral("countriesAddRowButton"),
                   QStringLiteral("countriesRemoveRowButton"));
    showAsList();
    setLongestText(longestListText);
    setEditedOnAdd(codeField);
    setColumns({{codeField, tr("Code")},
                {nameEnField, tr("English name")},
                {nameZhField, tr("Chinese name")}});
}

void CountriesListTable::setCountries(const QList<Country> &countries)
{
    table()->setRowCount(0);
    for (const Country &country : countries)
        appendCountry(country);
    table()->resizeColumnsToContents();
}

void CountriesListTable::appendCountry(const Country &country)
{
    const int row = appendRow();
    setText(row, codeField, country.code);
    setText(row, nameEnField, country.name.en);
    setText(row, nameZhField, country.name.zh);
}

QList<Country> CountriesListTable::countries() const
{
    QList<Country> countries;
    for (int row = 0; row < table()->rowCount(); ++row)
        countries.append(
            {text(row, codeField).toUpper(), {text(row, nameEnField), text(row, nameZhField)}});
    return countries;
}

} // namespace sstc
