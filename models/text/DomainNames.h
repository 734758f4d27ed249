#pragma once

#include "agreements/AgreementStatus.h"
#include "domain/Agreement.h"
#include "domain/Document.h"
#include "domain/Event.h"
#include "domain/FundingLine.h"
#include "domain/Organisation.h"
#include "domain/Project.h"
#include "domain/Proposal.h"

#include <QCoreApplication>

namespace sstc {

// The names users read for the domain's codes, in the current UI language.
class DomainNames
{
    Q_DECLARE_TR_FUNCTIONS(sstc::DomainNames)

public:
    static QString status(ProjectStatus status);
    static QString role(OrganisationRole role);
    static QString organisationType(OrganisationType type);
    static QString agreementKind(AgreementKind kind);
    static QString agreementStatus(AgreementStatus status);
    static QString fundingKind(FundingKind kind);
    static QString eventKind(EventKind kind);
    static QString documentKind(DocumentKind kind);
    static QString proposalStatus(ProposalStatus status);
    // "US dollars" / "美元" for the reporting currencies; other ISO 4217 codes as they are.
    static QString currency(const QString &code);
};

} // namespace sstc
