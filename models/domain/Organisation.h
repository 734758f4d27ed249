#pragma once

#include "models/domain/Codes.h"
#include "models/domain/LocalizedText.h"

namespace sstc {

enum class OrganisationType
{
    Government,
    Multilateral,
    Workers,
    Employers,
    Academic,
    Private
};

inline constexpr CodeEntry<OrganisationType> organisationTypeCodes[] = {
    {OrganisationType::Government, "government"}, {OrganisationType::Multilateral, "multilateral"},
    {OrganisationType::Workers, "workers"},       {OrganisationType::Employers, "employers"},
    {OrganisationType::Academic, "academic"},     {OrganisationType::Private, "private"},
};

struct Organisation
{
    qint64 id = 0;
    QString acronym;
    LocalizedText name;
    OrganisationType type = OrganisationType::Government;
    QString countryCode; // empty for international organisations
};

} // namespace sstc
