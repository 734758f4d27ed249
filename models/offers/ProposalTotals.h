#pragma once

#include "models/domain/Proposal.h"

#include <QList>

#include <optional>

namespace sstc {

// What a proposal costs. Amounts in different currencies are never added together: the total
// is one sum per currency. Sums are exact (hundredths) and an overflow gives no total rather
// than a wrong one.
class ProposalTotals
{
public:
    // Unit cost × quantity.
    static std::optional<Money> lineTotal(const ProposalLine &line);
    // One amount per currency, in the order the currencies first appear in the lines.
    static std::optional<QList<Money>> of(const QList<ProposalLine> &lines);
};

} // namespace sstc
