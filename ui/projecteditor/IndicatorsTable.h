#pragma once

#include "models/domain/Indicator.h"
#include "ui/widgets/RecordTable.h"

class QStackedWidget;

namespace sstc {

class IndicatorPeriodsTable;

// A project's result indicators, and under them the periods of the selected one. Each
// indicator keeps its own periods table, so that half-typed periods survive moving to
// another indicator.
class IndicatorsTable : public RecordTable
{
    Q_OBJECT

public:
    explicit IndicatorsTable(QWidget *parent = nullptr);

    void setIndicators(const QList<Indicator> &indicators);
    QList<Indicator> indicators(ValidationProblems &inputProblems) const;
    int showAllProblems(const ValidationProblems &problems);

protected:
    void addChild() override;
    void removeChild(int row) override;

private:
    void appendIndicator(const Indicator &indicator);
    void showPeriodsOf(int row);

    QList<Indicator> m_indicators; // ids and what the table does not show
    QList<IndicatorPeriodsTable *> m_periodTables;
    QStackedWidget *m_periodStack;
};

} // namespace sstc
