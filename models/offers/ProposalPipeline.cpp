#include "models/offers/ProposalPipeline.h"

#include "models/offers/ProposalTotals.h"

#include <QSet>

#include <algorithm>
#include <climits>

namespace sstc {

ProposalPipeline::ProposalPipeline(const QList<Proposal> &proposals)
{
    for (const Proposal &proposal : proposals) {
        ++m_counts[int(proposal.status)];
        // Stored proposals are validated; a total that overflows is left out, not wrapped.
        const std::optional<QList<Money>> totals = ProposalTotals::of(proposal.lines);
        if (!totals)
            continue;
        const int year = proposal.date.isValid() ? proposal.date.year() : undated;
        for (const Money &amount : *totals)
            m_hundredths[{amount.currency, int(proposal.status), year}] += amount.hundredths;
    }
}

QStringList ProposalPipeline::currencies() const
{
    QMap<QString, qint64> sums;
    for (auto it = m_hundredths.cbegin(); it != m_hundredths.cend(); ++it)
        sums[it.key().currency] += it.value();
    QStringList result = sums.keys();
    std::stable_sort(result.begin(), result.end(), [&](const QString &a, const QString &b) {
        return sums.value(a) > sums.value(b);
    });
    return result;
}

Money ProposalPipeline::total(const QString &currency, ProposalStatus status) const
{
    qint64 sum = 0;
    for (auto it = m_hundredths.cbegin(); it != m_hundredths.cend(); ++it)
        if (it.key().currency == currency && it.key().status == int(status))
            sum += it.value();
    return {sum, currency};
}

QList<int> ProposalPipeline::years(const QString &currency) const
{
    QSet<int> found;
    for (auto it = m_hundredths.cbegin(); it != m_hundredths.cend(); ++it)
        if (it.key().currency == currency)
            found.insert(it.key().year);
    QList<int> result(found.cbegin(), found.cend());
    std::sort(result.begin(), result.end(), [](int a, int b) {
        // Undated (0) sorts after every year.
        return (a == undated ? INT_MAX : a) < (b == undated ? INT_MAX : b);
    });
    return result;
}

Money ProposalPipeline::total(const QString &currency, ProposalStatus status, int year) const
{
    return {m_hundredths.value({currency, int(status), year}), currency};
}

int ProposalPipeline::count(ProposalStatus status) const
{
    return m_counts.value(int(status));
}

} // namespace sstc
