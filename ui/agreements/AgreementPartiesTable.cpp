#include "ui/agreements/AgreementPartiesTable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace sstc {

namespace {
const QString organisationField = QStringLiteral("partyOrganisation");
const QString nameEnField = QStringLiteral("signatoryNameEn");
const QString nameZhField = QStringLiteral("signatoryNameZh");
const QString titleEnField = QStringLiteral("signatoryTitleEn");
const QString titleZhField = QStringLiteral("signatoryTitleZh");
} // namespace

AgreementPartiesTable::AgreementPartiesTable(const QList<ChoiceDelegate::Choice> &organisations,
                                             QWidget *parent)
    : RecordTable(QStringLiteral("parties"), QStringLiteral("parties"), tr("Add Party"),
                  tr("Remove Party"), parent)
{
    setButtonNames(QStringLiteral("addPartyButton"), QStringLiteral("removePartyButton"));
    showAsList();
    setColumns({{organisationField, tr("Organisation")},
                {nameEnField, tr("Signatory (English)")},
                {nameZhField, tr("Signatory (Chinese)")},
                {titleEnField, tr("Position (English)")},
                {titleZhField, tr("Position (Chinese)")}});
    setChoices(organisationField, organisations, ChoiceEditor::ComboBox);
    table()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

void AgreementPartiesTable::setParties(const QList<AgreementParty> &parties)
{
    table()->setRowCount(0);
    for (const AgreementParty &party : parties)
        fillRow(appendRow(), party);
}

void AgreementPartiesTable::fillRow(int row, const AgreementParty &party)
{
    setChoice(row, organisationField, qlonglong(party.organisationId));
    setText(row, nameEnField, party.signatoryName.en);
    setText(row, nameZhField, party.signatoryName.zh);
    setText(row, titleEnField, party.signatoryTitle.en);
    setText(row, titleZhField, party.signatoryTitle.zh);
}

QList<AgreementParty> AgreementPartiesTable::parties() const
{
    QList<AgreementParty> parties;
    for (int row = 0; row < table()->rowCount(); ++row)
        parties.append({choice(row, organisationField).toLongLong(),
                        {text(row, nameEnField), text(row, nameZhField)},
                        {text(row, titleEnField), text(row, titleZhField)}});
    return parties;
}

} // namespace sstc
