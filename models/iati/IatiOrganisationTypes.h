#pragma once

#include "models/domain/Organisation.h"

#include <QString>

namespace sstc::iati {

// The app's organisation types and IATI's OrganisationType codes. IATI has no workers' or
// employers' organisations: they go out as national NGOs (22), and come back as themselves
// only through SSTC Desk's own sstc:type attribute.
inline QString organisationTypeCode(OrganisationType type)
{
    switch (type) {
    case OrganisationType::Government:
        return QStringLiteral("10");
    case OrganisationType::Multilateral:
        return QStringLiteral("40");
    case OrganisationType::Workers:
    case OrganisationType::Employers:
        return QStringLiteral("22");
    case OrganisationType::Academic:
        return QStringLiteral("80");
    case OrganisationType::Private:
        break;
    }
    return QStringLiteral("70");
}

// The closest app type for an IATI code; empty for codes with no counterpart (NGOs,
// foundations, partnerships, other), which the importer takes as private with a warning.
inline std::optional<OrganisationType> organisationTypeOfCode(const QString &code)
{
    if (code == QLatin1String("10") || code == QLatin1String("11") ||
        code == QLatin1String("15"))
        return OrganisationType::Government;
    if (code == QLatin1String("40"))
        return OrganisationType::Multilateral;
    if (code == QLatin1String("80"))
        return OrganisationType::Academic;
    if (code.startsWith(QLatin1Char('7')))
        return OrganisationType::Private;
    return std::nullopt;
}

} // namespace sstc::iati
