#include "models/offers/ProposalTotals.h"

#include <QtNumeric>

#include <algorithm>

namespace sstc {

std::optional<Money> ProposalTotals::lineTotal(const ProposalLine &line)
{
    qint64 hundredths = 0;
    if (line.quantity < 0 ||
        qMulOverflow(line.unitCost.hundredths, qint64(line.quantity), &hundredths))
        return std::nullopt;
    return Money{hundredths, line.unitCost.currency};
}

std::optional<QList<Money>> ProposalTotals::of(const QList<ProposalLine> &lines)
{
    QList<Money> totals;
    for (const ProposalLine &line : lines) {
        const std::optional<Money> amount = lineTotal(line);
        if (!amount)
            return std::nullopt;
        auto sameCurrency = std::find_if(totals.begin(), totals.end(), [&](const Money &total) {
            return total.currency == amount->currency;
        });
        if (sameCurrency == totals.end())
            totals.append(*amount);
        else if (qAddOverflow(sameCurrency->hundredths, amount->hundredths,
                              &sameCurrency->hundredths))
            return std::nullopt;
    }
    return totals;
}

} // namespace sstc
