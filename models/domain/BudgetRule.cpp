#include "models/domain/BudgetRule.h"

#include <algorithm>

namespace sstc {

FundingKind BudgetRule::countedKind(const QList<FundingLine> &projectLines)
{
    return countedKind(
        std::any_of(projectLines.cbegin(), projectLines.cend(), [](const FundingLine &line) {
            return line.kind == FundingKind::RevisedBudget;
        }));
}

QString BudgetRule::sqlCountedKind(const QString &projectId)
{
    return QStringLiteral("CASE WHEN EXISTS (SELECT 1 FROM funding_lines revision WHERE "
                          "revision.project_id = %1 AND revision.kind = '%2') THEN '%2' "
                          "ELSE '%3' END")
        .arg(projectId, codeOf(fundingKindCodes, FundingKind::RevisedBudget),
             codeOf(fundingKindCodes, FundingKind::OriginalBudget));
}

QString BudgetRule::sqlCountsTowardsBudget(const QString &line)
{
    // The kinds first: most lines are not budget lines and need no look for a revision.
    return QStringLiteral("(%1.kind IN ('%2', '%3') AND %1.kind = %4)")
        .arg(line, codeOf(fundingKindCodes, FundingKind::RevisedBudget),
             codeOf(fundingKindCodes, FundingKind::OriginalBudget),
             sqlCountedKind(line + QStringLiteral(".project_id")));
}

} // namespace sstc
