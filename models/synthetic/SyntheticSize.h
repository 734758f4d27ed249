#pragma once

#include <QString>

#include <optional>

namespace sstc {

// How big a synthetic portfolio is. Funding lines, events and indicators follow from the
// number of projects in the proportions of the real portfolio (about ten funding lines,
// three events and two indicators a project); one agreement serves about fifty projects.
struct SyntheticSize
{
    QString name;
    int projects = 0;

    int agreements() const { return qMax(1, projects / 50); }
    int donors() const { return qMax(2, qMin(40, projects / 100)); }
    int implementers() const { return qMax(4, qMin(400, projects / 20)); }

    static SyntheticSize small() { return {QStringLiteral("small"), 1000}; }
    static SyntheticSize medium() { return {QStringLiteral("medium"), 10000}; }
    static SyntheticSize large() { return {QStringLiteral("large"), 100000}; }
    static std::optional<SyntheticSize> named(const QString &name)
    {
        for (const SyntheticSize &size : {small(), medium(), large()})
            if (size.name == name)
                return size;
        return std::nullopt;
    }
};

} // namespace sstc
