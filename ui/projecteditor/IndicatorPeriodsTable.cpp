#include "ui/projecteditor/IndicatorPeriodsTable.h"

#include <QTableWidget>

namespace sstc {

namespace {
const QString startField = QStringLiteral("start");
const QString endField = QStringLiteral("end");
const QString targetField = QStringLiteral("target");
const QString actualField = QStringLiteral("actual");
} // namespace

IndicatorPeriodsTable::IndicatorPeriodsTable(QWidget *parent)
    : RecordTable(QStringLiteral("indicatorPeriods"), QString(), tr("Add &period"),
                  tr("Remove p&eriod"), parent)
{
    setColumns({{startField, tr("Period start"), 110},
                {endField, tr("Period end"), 110},
                {targetField, tr("Target"), 110},
                {actualField, tr("Actual"), 110}});
}

void IndicatorPeriodsTable::setIndicatorRow(int row)
{
    setKeyPrefix(QStringLiteral("indicators/%1/periods").arg(row));
}

void IndicatorPeriodsTable::setPeriods(const QList<IndicatorPeriod> &periods)
{
    table()->setRowCount(0);
    m_periods = periods;
    for (const IndicatorPeriod &period : periods)
        fillRow(appendRow(), period);
}

void IndicatorPeriodsTable::fillRow(int row, const IndicatorPeriod &period)
{
    setText(row, startField, period.start.toIso());
    setText(row, endField, period.end.toIso());
    setNumber(row, targetField, period.target);
    setNumber(row, actualField, period.actual);
}

QList<IndicatorPeriod> IndicatorPeriodsTable::periods(ValidationProblems &inputProblems) const
{
    QList<IndicatorPeriod> periods;
    for (int row = 0; row < table()->rowCount(); ++row) {
        IndicatorPeriod period = m_periods.at(row);
        period.start = date(row, startField, inputProblems);
        period.end = date(row, endField, inputProblems);
        period.target = number(row, targetField, inputProblems);
        period.actual = number(row, actualField, inputProblems);
        periods.append(period);
    }
    return periods;
}

void IndicatorPeriodsTable::addChild()
{
    const IndicatorPeriod period;
    m_periods.append(period);
    fillRow(appendRow(), period);
}

} // namespace sstc
