#include "models/repositories/ProjectDetails.h"

#include "models/repositories/AgreementRepository.h"
#include "models/repositories/EventRepository.h"
#include "models/repositories/FundingRepository.h"
#include "models/repositories/IndicatorRepository.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "models/repositories/ReferenceRepository.h"

namespace sstc {

std::optional<ProjectDetails> ProjectDetails::load(PortfolioStore &store, qint64 projectId)
{
    std::optional<Project> project = ProjectRepository(store).find(projectId);
    if (!project)
        return std::nullopt;
    ProjectDetails details;
    details.project = *project;

    OrganisationRepository organisations(store);
    for (const ParticipatingOrganisation &participant : project->organisations)
        if (auto organisation = organisations.find(participant.organisationId))
            details.organisations.insert(organisation->id, *organisation);
    ReferenceRepository reference(store);
    for (const RecipientCountry &recipient : project->countries)
        if (auto country = reference.country(recipient.countryCode))
            details.countries.insert(country->code, *country);
    for (const Theme &theme : reference.themes())
        if (project->themeIds.contains(theme.id))
            details.themes.append(theme);
    if (project->agreementId != 0)
        details.agreement = AgreementRepository(store).find(project->agreementId);
    details.funding = FundingRepository(store).linesOfProject(projectId);
    details.events = EventRepository(store).ofProject(projectId);
    details.indicators = IndicatorRepository(store).ofProject(projectId);
    return details;
}

} // namespace sstc
