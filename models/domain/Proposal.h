#pragma once

#include "models/domain/Codes.h"
#include "models/domain/FundingOffer.h"
#include "models/domain/LocalizedText.h"
#include "models/domain/Money.h"

#include <QDate>
#include <QList>

namespace sstc {

// Where a proposal to a donor stands; the proposals by status form the pipeline of offers.
enum class ProposalStatus
{
    Draft,
    Submitted,
    Accepted,
    Declined
};

inline constexpr CodeEntry<ProposalStatus> proposalStatusCodes[] = {
    {ProposalStatus::Draft, "draft"},
    {ProposalStatus::Submitted, "submitted"},
    {ProposalStatus::Accepted, "accepted"},
    {ProposalStatus::Declined, "declined"},
};

// One chosen offer and how many of it. The offer's title, unit and cost are copied when it is
// chosen, so that a proposal sent to a donor keeps its figures when the catalogue changes.
struct ProposalLine
{
    qint64 offerId = 0; // 0 once the offer has left the catalogue
    LocalizedText title;
    LocalizedText unit;
    Money unitCost;
    int quantity = 1;

    static ProposalLine of(const FundingOffer &offer, int quantity = 1)
    {
        return {offer.id, offer.title, offer.unit, offer.unitCost, quantity};
    }
    bool operator==(const ProposalLine &other) const
    {
        return offerId == other.offerId && title == other.title && unit == other.unit &&
               unitCost == other.unitCost && quantity == other.quantity;
    }
};

// A selection of offers put to a donor.
struct Proposal
{
    qint64 id = 0;
    QString title;
    qint64 donorId = 0; // an organisation; 0 for none yet
    QDate date;         // null when not known
    ProposalStatus status = ProposalStatus::Draft;
    QList<ProposalLine> lines;

    bool operator==(const Proposal &other) const
    {
        return id == other.id && title == other.title && donorId == other.donorId &&
               date == other.date && status == other.status && lines == other.lines;
    }
};

} // namespace sstc
