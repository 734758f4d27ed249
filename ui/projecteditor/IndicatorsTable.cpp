#include "ui/projecteditor/IndicatorsTable.h"

#include "ui/projecteditor/IndicatorPeriodsTable.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sstc {

namespace {
const QString titleEnField = QStringLiteral("titleEn");
const QString titleZhField = QStringLiteral("titleZh");
const QString unitEnField = QStringLiteral("unitEn");
const QString unitZhField = QStringLiteral("unitZh");
const QString baselineField = QStringLiteral("baseline");
const QString baselineYearField = QStringLiteral("baselineYear");
} // namespace

IndicatorsTable::IndicatorsTable(QWidget *parent)
    : RecordTable(QStringLiteral("indicators"), QStringLiteral("indicators"), tr("&Add indicator"),
                  tr("&Remove indicator"), parent)
    , m_periodStack(new QStackedWidget(this))
{
    setColumns({{titleEnField, tr("Title (English)"), 330},
                {titleZhField, tr("Title (Chinese)"), 260},
                {unitEnField, tr("Unit (English)"), 110},
                {unitZhField, tr("Unit (Chinese)"), 90},
                {baselineField, tr("Baseline"), 90},
                {baselineYearField, tr("Baseline year"), 0}});
    setFieldAlias(QStringLiteral("title"), titleEnField);
    m_periodStack->setObjectName(QStringLiteral("indicatorPeriodsStack"));
    auto *noIndicator = new QLabel(tr("Select an indicator to edit its periods."), this);
    noIndicator->setObjectName(QStringLiteral("indicatorPeriodsPlaceholder"));
    noIndicator->setAlignment(Qt::AlignCenter);
    m_periodStack->addWidget(noIndicator);
    auto *periodsTitle = new QLabel(tr("Periods of the selected indicator:"), this);
    mainLayout()->addWidget(periodsTitle);
    mainLayout()->addWidget(m_periodStack, 1);
    connect(table(), &QTableWidget::currentCellChanged, this,
            [this](int row) { showPeriodsOf(row); });
}

void IndicatorsTable::setIndicators(const QList<Indicator> &indicators)
{
    table()->setRowCount(0);
    qDeleteAll(m_periodTables);
    m_periodTables.clear();
    m_indicators.clear();
    for (const Indicator &indicator : indicators)
        appendIndicator(indicator);
    showPeriodsOf(table()->currentRow());
}

void IndicatorsTable::appendIndicator(const Indicator &indicator)
{
    m_indicators.append(indicator);
    const int row = appendRow();
    setText(row, titleEnField, indicator.title.en);
    setText(row, titleZhField, indicator.title.zh);
    setText(row, unitEnField, indicator.unit.en);
    setText(row, unitZhField, indicator.unit.zh);
    setNumber(row, baselineField, indicator.baseline);
    setNumber(row, baselineYearField,
              indicator.baselineYear ? std::optional<double>(*indicator.baselineYear)
                                     : std::nullopt);
    auto *periods = new IndicatorPeriodsTable(this);
    periods->setIndicatorRow(row);
    periods->setPeriods(indicator.periods);
    connect(periods, &RecordTable::edited, this, &RecordTable::edited);
    m_periodTables.append(periods);
    m_periodStack->addWidget(periods);
}

QList<Indicator> IndicatorsTable::indicators(ValidationProblems &inputProblems) const
{
    QList<Indicator> indicators;
    for (int row = 0; row < table()->rowCount(); ++row) {
        Indicator indicator = m_indicators.at(row);
        indicator.title = {text(row, titleEnField), text(row, titleZhField)};
        indicator.unit = {text(row, unitEnField), text(row, unitZhField)};
        indicator.baseline = number(row, baselineField, inputProblems);
        indicator.baselineYear = count(row, baselineYearField, inputProblems);
        indicator.periods = m_periodTables.at(row)->periods(inputProblems);
        indicators.append(indicator);
    }
    return indicators;
}

int IndicatorsTable::showAllProblems(const ValidationProblems &problems)
{
    for (IndicatorPeriodsTable *periods : std::as_const(m_periodTables))
        periods->showProblems(problems);
    return showProblems(problems);
}

void IndicatorsTable::addChild()
{
    appendIndicator(Indicator());
}

void IndicatorsTable::removeChild(int row)
{
    m_indicators.removeAt(row);
    delete m_periodTables.takeAt(row);
    // The indicators after it moved up: their problem keys follow.
    for (int i = row; i < m_periodTables.size(); ++i)
        m_periodTables.at(i)->setIndicatorRow(i);
    showPeriodsOf(table()->currentRow());
}

void IndicatorsTable::showPeriodsOf(int row)
{
    if (row >= 0 && row < m_periodTables.size())
        m_periodStack->setCurrentWidget(m_periodTables.at(row));
    else
        m_periodStack->setCurrentIndex(0);
}

} // namespace sstc
