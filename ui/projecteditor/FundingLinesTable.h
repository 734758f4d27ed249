#pragma once

#include "models/domain/FundingLine.h"
#include "ui/widgets/RecordTable.h"

namespace sstc {

// A project's budgets, transactions and pledges, each in its own currency.
class FundingLinesTable : public RecordTable
{
    Q_OBJECT

public:
    FundingLinesTable(const QList<ChoiceDelegate::Choice> &providers, QWidget *parent = nullptr);

    void setLines(const QList<FundingLine> &lines);
    QList<FundingLine> lines(ValidationProblems &inputProblems) const;

protected:
    void addChild() override;
    void removeChild(int row) override { m_lines.removeAt(row); }

private:
    void fillRow(int row, const FundingLine &line);

    QList<FundingLine> m_lines; // ids and what the table does not show
};

} // namespace sstc
