#pragma once

#include "models/domain/Project.h"
#include "ui/widgets/RecordTable.h"

class QLabel;

namespace sstc {

// The countries a project works in, with the share of each, and their running total.
class RecipientCountriesTable : public RecordTable
{
    Q_OBJECT

public:
    RecipientCountriesTable(const QList<ChoiceDelegate::Choice> &countries,
                            QWidget *parent = nullptr);

    void setCountries(const QList<RecipientCountry> &countries);
    QList<RecipientCountry> countries(ValidationProblems &inputProblems) const;

protected:
    void addChild() override;
    void removeChild(int) override {}

private:
    void updateTotal();

    QLabel *m_total;
};

} // namespace sstc
