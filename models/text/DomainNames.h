#pragma once

#include "models/agreements/AgreementStatus.h"
#include "models/domain/Agreement.h"
#include "models/domain/Document.h"
#include "models/domain/Event.h"
#include "models/domain/FundingLine.h"
#include "models/domain/Organisation.h"
#include "models/domain/Project.h"
#include "models/domain/Proposal.h"

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
    // A document's language by its ISO 639-1 code ("en" → "English"); other codes as they are.
    static QString language(const QString &code);
};

} // namespace sstc
