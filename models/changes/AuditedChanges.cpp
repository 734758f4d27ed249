#include "models/changes/AuditedChanges.h"

#include "models/repositories/OrganisationRepository.h"

namespace sstc {

QHash<qint64, QString> AuditedChanges::organisationNames()
{
    return AuditRows::organisationNames(OrganisationRepository(m_store).all());
}

} // namespace sstc
