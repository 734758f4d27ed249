#pragma once

#include "models/domain/Agreement.h"
#include "ui/widgets/RecordTable.h"

namespace sstc {

// The parties to an agreement, one a row: the organisation, chosen from a combo box, and who
// signed for it with their position, in both languages.
class AgreementPartiesTable : public RecordTable
{
    Q_OBJECT

public:
    // `organisations`: the choices for a party, the first meaning none chosen yet.
    explicit AgreementPartiesTable(const QList<ChoiceDelegate::Choice> &organisations,
                                   QWidget *parent = nullptr);

    void setParties(const QList<AgreementParty> &parties);
    QList<AgreementParty> parties() const;

protected:
    void addChild() override { fillRow(appendRow(), {}); }
    void removeChild(int) override {} // a row holds all of its party

private:
    void fillRow(int row, const AgreementParty &party);
};

} // namespace sstc
