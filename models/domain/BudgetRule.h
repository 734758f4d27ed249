#pragma once

#include "models/domain/FundingLine.h"
#include "models/domain/Money.h"

#include <QList>
#include <QString>

namespace sstc {

// What a project's budget is: its revised budget lines when it has any, else its original
// budget lines, so that a revision never counts twice. The projects table, its sorting, the
// timeline, the funding charts and the donor reports all read the budget through this rule.
class BudgetRule
{
public:
    // The kind of budget line that counts for a project with or without revised lines.
    static FundingKind countedKind(bool hasRevisedBudget)
    {
        return hasRevisedBudget ? FundingKind::RevisedBudget : FundingKind::OriginalBudget;
    }
    static FundingKind countedKind(const QList<FundingLine> &projectLines);

    // The budget from a project's sums per currency of each kind.
    static QList<Money> budget(const QList<Money> &original, const QList<Money> &revised)
    {
        return countedKind(!revised.isEmpty()) == FundingKind::RevisedBudget ? revised : original;
    }

    // SQL: the kind code of the budget lines that count for the project whose id PROJECTID
    // gives. Compared with a line's kind where the project is known before its lines are
    // read (the table's sort key), so that SQLite looks the lines up by (project, kind).
    static QString sqlCountedKind(const QString &projectId);
    // SQL: true for a row of funding_lines named LINE that counts towards its project's budget.
    // The kind codes are the program's own constants, written in the SQL.
    static QString sqlCountsTowardsBudget(const QString &line);
};

} // namespace sstc
