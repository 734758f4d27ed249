#pragma once

#include "models/domain/Proposal.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <tuple>

namespace sstc {

// The pipeline of funding offers: the proposals' totals by status, and by year and status,
// one currency at a time (US dollars and yuan are never added up).
class ProposalPipeline
{
public:
    static constexpr int undated = 0; // the "year" of proposals without a date

    explicit ProposalPipeline(const QList<Proposal> &proposals);

    // The currencies the proposals use, the one with the largest total first.
    QStringList currencies() const;
    Money total(const QString &currency, ProposalStatus status) const;
    // The years with a proposal in this currency, oldest first; `undated` last when there is one.
    QList<int> years(const QString &currency) const;
    Money total(const QString &currency, ProposalStatus status, int year) const;
    int count(ProposalStatus status) const;

private:
    struct Key
    {
        QString currency;
        int status;
        int year;
        bool operator<(const Key &other) const
        {
            return std::tie(currency, status, year) <
                   std::tie(other.currency, other.status, other.year);
        }
    };

    QMap<Key, qint64> m_hundredths;
    QMap<int, int> m_counts;
};

} // namespace sstc
