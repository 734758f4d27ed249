#pragma once

#include <QList>

#include <functional>

namespace sstc {

class PortfolioStore;

// One upgrade of the schema, from version - 1 to version.
struct SchemaStep
{
    int version;
    std::function<void(PortfolioStore &)> apply;
};

// Every schema version the program knows, oldest first. Upgrading runs the steps above the
// file's version in order, all of them in one transaction (a failed step leaves the file as it was).
class SchemaHistory
{
public:
    explicit SchemaHistory(QList<SchemaStep> steps)
        : m_steps(std::move(steps))
    {}
    static SchemaHistory standard();

    int latestVersion() const { return m_steps.isEmpty() ? 0 : m_steps.last().version; }
    const QList<SchemaStep> &steps() const { return m_steps; }
    // The steps up to `version`: a copy of a portfolio is made in the version it has.
    SchemaHistory upTo(int version) const
    {
        QList<SchemaStep> steps;
        for (const SchemaStep &step : m_steps)
            if (step.version <= version)
                steps.append(step);
        return SchemaHistory(steps);
    }

private:
    QList<SchemaStep> m_steps;
};

} // namespace sstc
