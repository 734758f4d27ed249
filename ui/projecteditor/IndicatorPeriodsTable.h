#pragma once

#include "models/domain/Indicator.h"
#include "ui/widgets/RecordTable.h"

namespace sstc {

// The reporting periods of one indicator: dates, target and actual value.
class IndicatorPeriodsTable : public RecordTable
{
    Q_OBJECT

public:
    explicit IndicatorPeriodsTable(QWidget *parent = nullptr);

    // The indicator's place in the record, for the problem keys ("indicators/1/periods/…").
    void setIndicatorRow(int row);
    void setPeriods(const QList<IndicatorPeriod> &periods);
    QList<IndicatorPeriod> periods(ValidationProblems &inputProblems) const;

protected:
    void addChild() override;
    void removeChild(int row) override { m_periods.removeAt(row); }

private:
    void fillRow(int row, const IndicatorPeriod &period);

    QList<IndicatorPeriod> m_periods; // the disaggregation the table does not show
};

} // namespace sstc
