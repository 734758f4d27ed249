#include "models/text/DomainNames.h"

namespace sstc {

QString DomainNames::status(ProjectStatus status)
{
    switch (status) {
    case ProjectStatus::Pipeline:
        return tr("Pipeline", "project status");
    case ProjectStatus::Implementation:
        return tr("Implementation", "project status");
    case ProjectStatus::Finalisation:
        return tr("Finalisation", "project status");
    case ProjectStatus::Closed:
        return tr("Closed", "project status");
    case ProjectStatus::Cancelled:
        return tr("Cancelled", "project status");
    case ProjectStatus::Suspended:
        return tr("Suspended", "project status");
    }
    return {};
}

QString DomainNames::role(OrganisationRole role)
{
    switch (role) {
    case OrganisationRole::Funding:
        return tr("Funding", "organisation role");
    case OrganisationRole::Accountable:
        return tr("Accountable", "organisation role");
    case OrganisationRole::Extending:
        return tr("Extending", "organisation role");
    case OrganisationRole::Implementing:
        return tr("Implementing", "organisation role");
    }
    return {};
}

QString DomainNames::organisationType(OrganisationType type)
{
    switch (type) {
    case OrganisationType::Government:
        return tr("Government");
    case OrganisationType::Multilateral:
        return tr("Multilateral organisation");
    case OrganisationType::Workers:
        return tr("Workers' organisation");
    case OrganisationType::Employers:
        return tr("Employers' organisation");
    case OrganisationType::Academic:
        return tr("Academic institution");
    case OrganisationType::Private:
        return tr("Private sector");
    }
    return {};
}

QString DomainNames::agreementStatus(AgreementStatus status)
{
    switch (status) {
    case AgreementStatus::InForce:
        return tr("In force", "agreement status");
    case AgreementStatus::NotYetInForce:
        return tr("Not yet in force", "agreement status");
    case AgreementStatus::Expired:
        return tr("Expired", "agreement status");
    case AgreementStatus::Superseded:
        return tr("Superseded", "agreement status");
    case AgreementStatus::Amended:
        return tr("In force, amended", "agreement status");
    }
    return {};
}

QString DomainNames::agreementKind(AgreementKind kind)
{
    switch (kind) {
    case AgreementKind::Mou:
        return tr("Memorandum of understanding");
    case AgreementKind::Partnership:
        return tr("Partnership agreement");
    case AgreementKind::Amendment:
        return tr("Amendment or addendum");
    case AgreementKind::WorkProgramme:
        return tr("Work programme");
    case AgreementKind::Dwcp:
        return tr("Decent Work Country Programme");
    }
    return {};
}

QString DomainNames::fundingKind(FundingKind kind)
{
    switch (kind) {
    case FundingKind::OriginalBudget:
        return tr("Original budget");
    case FundingKind::RevisedBudget:
        return tr("Revised budget");
    case FundingKind::Commitment:
        return tr("Commitment");
    case FundingKind::IncomingFunds:
        return tr("Incoming funds");
    case FundingKind::Disbursement:
        return tr("Disbursement");
    case FundingKind::Expenditure:
        return tr("Expenditure");
    case FundingKind::Pledge:
        return tr("Pledge");
    }
    return {};
}

QString DomainNames::eventKind(EventKind kind)
{
    switch (kind) {
    case EventKind::Seminar:
        return tr("Seminar");
    case EventKind::Workshop:
        return tr("Workshop");
    case EventKind::Conference:
        return tr("Conference");
    case EventKind::StudyVisit:
        return tr("Study visit");
    case EventKind::Training:
        return tr("Training");
    }
    return {};
}

QString DomainNames::proposalStatus(ProposalStatus status)
{
    switch (status) {
    case ProposalStatus::Draft:
        return tr("Draft", "proposal status");
    case ProposalStatus::Submitted:
        return tr("Submitted", "proposal status");
    case ProposalStatus::Accepted:
        return tr("Accepted", "proposal status");
    case ProposalStatus::Declined:
        return tr("Declined", "proposal status");
    }
    return {};
}

QString DomainNames::currency(const QString &code)
{
    if (code == QLatin1String("USD"))
        return tr("US dollars");
    if (code == QLatin1String("CNY"))
        return tr("Chinese yuan");
    return code;
}

QString DomainNames::documentKind(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::SignedAgreement:
        return tr("Signed agreement", "document kind");
    case DocumentKind::Report:
        return tr("Report", "document kind");
    case DocumentKind::Brochure:
        return tr("Brochure", "document kind");
    case DocumentKind::Other:
        return tr("Other", "document kind");
    }
    return {};
}

QString DomainNames::language(const QString &code)
{
    if (code == QLatin1String("en"))
        return tr("English", "a document's language");
    if (code == QLatin1String("zh"))
        return tr("Chinese", "a document's language");
    if (code == QLatin1String("fr"))
        return tr("French", "a document's language");
    if (code == QLatin1String("es"))
        return tr("Spanish", "a document's language");
    return code;
}

} // namespace sstc
