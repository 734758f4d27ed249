#pragma once

#include "models/domain/Codes.h"
#include "models/domain/LocalizedText.h"
#include "models/domain/Money.h"
#include "models/domain/PartialDate.h"

namespace sstc {

enum class FundingKind
{
    OriginalBudget,
    RevisedBudget,
    Commitment,
    IncomingFunds,
    Disbursement,
    Expenditure,
    Pledge
};

inline constexpr CodeEntry<FundingKind> fundingKindCodes[] = {
    {FundingKind::OriginalBudget, "original_budget"},
    {FundingKind::RevisedBudget, "revised_budget"},
    {FundingKind::Commitment, "commitment"},
    {FundingKind::IncomingFunds, "incoming_funds"},
    {FundingKind::Disbursement, "disbursement"},
    {FundingKind::Expenditure, "expenditure"},
    {FundingKind::Pledge, "pledge"},
};

// One budget, transaction or pledge of a project, in its original currency.
struct FundingLine
{
    qint64 id = 0;
    qint64 projectId = 0;
    FundingKind kind = FundingKind::OriginalBudget;
    Money amount;
    PartialDate valueDate;
    PartialDate periodStart; // for budgets: the period they cover
    PartialDate periodEnd;
    qint64 providerOrganisationId = 0; // who gives the money, 0 when not recorded
    LocalizedText note;
};

// What one unit of a currency was worth in another on a date.
struct ExchangeRate
{
    qint64 id = 0;
    QString currency;   // ISO 4217, e.g. "CNY"
    QString toCurrency; // the reporting currency, e.g. "USD"
    QDate date;
    double rate = 0; // 1 currency = rate toCurrency
    QString source;
};

} // namespace sstc
