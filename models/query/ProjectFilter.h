#pragma once

#include "models/domain/Project.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

namespace sstc {

class SqlDialect;

// What the officer narrowed the portfolio to. Each list is "any of these"; the lists, the
// date range and the text are combined with "and". An empty filter shows every project.
struct ProjectFilter
{
    QList<ProjectStatus> statuses;
    QStringList countryCodes;
    QList<qint64> donorIds;       // organisations in the funding role
    QList<qint64> implementerIds; // organisations in the implementing role
    QList<qint64> agreementIds;
    QList<int> sdgGoals;
    QList<qint64> themeIds;
    // Projects whose start–end span overlaps [from, to]; either end may be open.
    QDate from;
    QDate to;
    // Matched as a substring of the code, titles and descriptions in both languages, and of
    // the project's countries' names and other names (CountrySearch).
    QString text;

    bool isEmpty() const;
    bool operator==(const ProjectFilter &other) const;
    bool operator!=(const ProjectFilter &other) const { return !(*this == other); }

    // For remembering the filter between runs.
    QJsonObject toJson() const;
    static ProjectFilter fromJson(const QJsonObject &json);
};

// The filter as an SQL condition on the `projects` table: every filtered query (the table,
// the timeline, the funding charts, the reports) selects with it, so they always agree.
// User text only ever goes into the bound values.
struct ProjectCondition
{
    QString sql; // e.g. "projects.status IN (?, ?) AND ..."; "1 = 1" for an empty filter
    QVariantList values;

    static ProjectCondition of(const ProjectFilter &filter, const SqlDialect &dialect);
};

} // namespace sstc
