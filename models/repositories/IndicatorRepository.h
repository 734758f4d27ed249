#pragma once

#include "models/domain/Indicator.h"

#include <QList>

namespace sstc {

class PortfolioStore;

class IndicatorRepository
{
public:
    explicit IndicatorRepository(PortfolioStore &store)
        : m_store(store)
    {}

    qint64 insert(const Indicator &indicator); // with its periods
    void update(const Indicator &indicator);   // replaces its periods
    void remove(qint64 id);
    QList<Indicator> ofProject(qint64 projectId);
    // The indicators of these projects (a few hundred at a time), by project and id.
    QList<Indicator> ofProjects(const QList<qint64> &projectIds);
    QList<Indicator> all();

private:
    void writePeriods(const Indicator &indicator, qint64 id);
    QList<Indicator> load(const QString &where, const QVariantList &values);

    PortfolioStore &m_store;
};

} // namespace sstc
