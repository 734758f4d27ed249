#include "models/repositories/IndicatorRepository.h"

#include "models/store/PortfolioStore.h"
#include "models/store/SqlValues.h"
#include "models/store/WriteTransaction.h"

#include <QHash>

namespace sstc {

using namespace sql;

namespace {
QVariantList rowValues(const Indicator &indicator)
{
    return {indicator.projectId,
            indicator.title.en,
            indicator.title.zh,
            indicator.unit.en,
            indicator.unit.zh,
            int(indicator.measure),
            optionalValue(indicator.baseline),
            optionalValue(indicator.baselineYear)};
}
} // namespace

qint64 IndicatorRepository::insert(const Indicator &indicator)
{
    WriteTransaction transaction(m_store);
    QVariantList values = rowValues(indicator);
    const QString statement = keepingId(
        QStringLiteral("INSERT INTO indicators (project_id, title_en, title_zh, unit_en, unit_zh, "
                       "measure, baseline, baseline_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        indicator.id, values);
    const qint64 id = m_store.insert(statement, values);
    writePeriods(indicator, id);
    transaction.commit();
    return id;
}

void IndicatorRepository::update(const Indicator &indicator)
{
    WriteTransaction transaction(m_store);
    m_store.execute(QStringLiteral("UPDATE indicators SET project_id = ?, title_en = ?, "
                                   "title_zh = ?, unit_en = ?, unit_zh = ?, measure = ?, "
                                   "baseline = ?, baseline_year = ? WHERE id = ?"),
                    rowValues(indicator) << indicator.id);
    m_store.execute(QStringLiteral("DELETE FROM indicator_periods WHERE indicator_id = ?"),
                    {indicator.id});
    writePeriods(indicator, indicator.id);
    transaction.commit();
}

void IndicatorRepository::writePeriods(const Indicator &indicator, qint64 id)
{
    int position = 0;
    for (const IndicatorPeriod &period : indicator.periods)
        m_store.execute(QStringLiteral("INSERT INTO indicator_periods (indicator_id, position, "
                                       "period_start, period_end, target, actual, "
                                       "actual_is_minimum, target_women, target_men, actual_women, "
                                       "actual_men) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {id, position++, dateValue(period.start), dateValue(period.end),
                         optionalValue(period.target), optionalValue(period.actual),
                         period.actualIsMinimum ? 1 : 0, optionalValue(period.targetWomen),
                         optionalValue(period.targetMen), optionalValue(period.actualWomen),
                         optionalValue(period.actualMen)});
}

void IndicatorRepository::remove(qint64 id)
{
    WriteTransaction transaction(m_store);
    m_store.execute(QStringLiteral("DELETE FROM indicators WHERE id = ?"), {id});
    transaction.commit();
}

QList<Indicator> IndicatorRepository::ofProject(qint64 projectId)
{
    return load(QStringLiteral("WHERE project_id = ?"), {projectId});
}

QList<Indicator> IndicatorRepository::ofProjects(const QList<qint64> &projectIds)
{
    if (projectIds.isEmpty())
        return {};
    QVariantList values;
    for (qint64 id : projectIds)
        values << id;
    return load(QStringLiteral("WHERE project_id IN (%1)").arg(placeholders(projectIds.size())),
                values);
}

QList<Indicator> IndicatorRepository::all()
{
    return load(QString(), {});
}

// `where` is one of the fixed clauses above, never user text.
QList<Indicator> IndicatorRepository::load(const QString &where, const QVariantList &values)
{
    PreparedQuery query = m_store.query(
        QStringLiteral("SELECT id, project_id, title_en, title_zh, unit_en, unit_zh, measure, "
                       "baseline, baseline_year FROM indicators ") +
            where + QStringLiteral(" ORDER BY project_id, id"),
        values);
    QList<Indicator> result;
    QHash<qint64, int> indexById;
    while (query.next()) {
        Indicator indicator;
        indicator.id = query.value(0).toLongLong();
        indicator.projectId = query.value(1).toLongLong();
        indicator.title = textAt(query, 2);
        indicator.unit = textAt(query, 4);
        indicator.measure = IndicatorMeasure(query.value(6).toInt());
        indicator.baseline = optionalDoubleAt(query, 7);
        indicator.baselineYear = optionalIntAt(query, 8);
        indexById.insert(indicator.id, int(result.size()));
        result.append(indicator);
    }
    if (result.isEmpty())
        return result;
    // Only the periods of the indicators read: reading every period for one project's
    // indicators took 23 ms a project on a 10,000-project portfolio (the donor report reads
    // dozens of projects).
    PreparedQuery periods = m_store.query(
        QStringLiteral(
            "SELECT indicator_id, period_start, period_end, target, actual, actual_is_minimum, "
            "target_women, target_men, actual_women, actual_men FROM indicator_periods "
            "WHERE indicator_id IN (SELECT id FROM indicators ") +
            where + QStringLiteral(") ORDER BY indicator_id, position"),
        values);
    while (periods.next()) {
        const auto index = indexById.constFind(periods.value(0).toLongLong());
        if (index == indexById.constEnd())
            continue;
        IndicatorPeriod period;
        period.start = dateAt(periods, 1);
        period.end = dateAt(periods, 2);
        period.target = optionalDoubleAt(periods, 3);
        period.actual = optionalDoubleAt(periods, 4);
        period.actualIsMinimum = periods.value(5).toInt() != 0;
        period.targetWomen = optionalDoubleAt(periods, 6);
        period.targetMen = optionalDoubleAt(periods, 7);
        period.actualWomen = optionalDoubleAt(periods, 8);
        period.actualMen = optionalDoubleAt(periods, 9);
        result[*index].periods.append(period);
    }
    return result;
}

} // namespace sstc
