#include "ui/lookups/OrganisationsListTable.h"

#include "models/text/DomainNames.h"

#include <QHeaderView>
#include <QTableWidget>

namespace sstc {

namespace {
const QString acronymField = QStringLiteral("acronym");
const QString nameEnField = QStringLiteral("nameEn");
const QString nameZhField = QStringLiteral("nameZh");
const QString typeField = QStringLiteral("type");
const QString countryField = QStringLiteral("countryCode");
} // namespace

OrganisationsListTable::OrganisationsListTable(QWidget *parent)
    : RecordTable(QStringLiteral("organisationsList"), QStringLiteral("organisations"), tr("&Add"),
                  tr("&Remove"), parent)
{
    setButtonNames(QStringLiteral("organisationsAddRowButton"),
                   QStringLiteral("organisationsRemoveRowButton"));
    showAsList();
    setLongestText(longestListText);
    setEditedOnAdd(acronymField);
    // The last column, stretched to the edge, keeps its first width as its least: the default
    // one, so that a short header ("国家代码") still leaves room to see the column is there.
    setColumns(
        {{acronymField, tr("Acronym")},
         {nameEnField, tr("English name")},
         {nameZhField, tr("Chinese name")},
         {typeField, tr("Type")},
         {countryField, tr("Country code"), table()->horizontalHeader()->defaultSectionSize()}});
    QList<ChoiceDelegate::Choice> types;
    for (const auto &entry : organisationTypeCodes)
        types.append({DomainNames::organisationType(entry.value), int(entry.value)});
    setChoices(typeField, types, ChoiceEditor::ComboBox);
}

void OrganisationsListTable::setOrganisations(const QList<Organisation> &organisations)
{
    table()->setRowCount(0);
    m_ids.clear();
    for (const Organisation &organisation : organisations)
        appendOrganisation(organisation);
    table()->resizeColumnsToContents();
}

void OrganisationsListTable::appendOrganisation(const Organisation &organisation)
{
    const int row = appendRow();
    m_ids.append(organisation.id);
    setText(row, acronymField, organisation.acronym);
    setText(row, nameEnField, organisation.name.en);
    setText(row, nameZhField, organisation.name.zh);
    setChoice(row, typeField, int(organisation.type));
    setText(row, countryField, organisation.countryCode);
}

void OrganisationsListTable::addChild()
{
    appendOrganisation({});
}

QList<Organisation> OrganisationsListTable::organisations() const
{
    QList<Organisation> organisations;
    for (int row = 0; row < table()->rowCount(); ++row)
        organisations.append({m_ids.at(row),
                              text(row, acronymField),
                              {text(row, nameEnField), text(row, nameZhField)},
                              OrganisationType(choice(row, typeField).toInt()),
                              text(row, countryField).toUpper()});
    return organisations;
}

} // namespace sstc
