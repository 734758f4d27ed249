#include "models/iati/IatiOrganisationMatcher.h"

#include "models/audit/AuditLog.h"
#include "models/audit/AuditRows.h"
#include "models/iati/IatiOrganisationTypes.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/repositories/ReferenceRepository.h"
#include "models/store/PortfolioStore.h"

namespace sstc {

QHash<qint64, QString> IatiOrganisationMatcher::refs(PortfolioStore &store)
{
    QHash<qint64, QString> result;
    QSqlQuery query =
        store.run(QStringLiteral("SELECT organisation_id, ref FROM organisation_iati_refs"));
    while (query.next())
        result.insert(query.value(0).toLongLong(), query.value(1).toString());
    return result;
}

IatiOrganisationMatcher::IatiOrganisationMatcher(PortfolioStore &store, const AuditActor &actor)
    : m_store(store)
    , m_actor(actor)
{
    const QHash<qint64, QString> known = refs(store);
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        m_byRef.insert(it.value(), it.key());
        m_withRef.insert(it.key());
    }
    for (const Organisation &organisation : OrganisationRepository(store).all()) {
        for (const QString &name : {organisation.name.en, organisation.name.zh})
            if (!name.isEmpty() && !m_byName.contains(nameKey(name)))
                m_byName.insert(nameKey(name), organisation.id);
    }
    for (const Country &country : ReferenceRepository(store).countries())
        m_countries.insert(country.code);
}

void IatiOrganisationMatcher::rememberRef(qint64 id, const QString &ref)
{
    if (ref.isEmpty() || m_withRef.contains(id) || m_byRef.contains(ref))
        return;
    m_store.execute(QStringLiteral("INSERT INTO organisation_iati_refs (organisation_id, ref) "
                                   "VALUES (?, ?)"),
                    {id, ref});
    m_byRef.insert(ref, id);
    m_withRef.insert(id);
}

qint64 IatiOrganisationMatcher::resolve(const ImportedOrganisation &organisation,
                                        IatiProblem context, IatiProblems &problems)
{
    context.line = organisation.line;
    if (!organisation.ref.isEmpty()) {
        if (const qint64 id = m_byRef.value(organisation.ref))
            return id;
    }
    for (const QString &name : {organisation.name.en, organisation.name.zh}) {
        if (name.isEmpty())
            continue;
        if (const qint64 id = m_byName.value(nameKey(name))) {
            rememberRef(id, organisation.ref);
            return id;
        }
    }

    Organisation created;
    created.name = organisation.name;
    if (created.name.isEmpty()) {
        created.name.en = organisation.ref;
        context.grade = IatiProblem::Grade::Warning;
        context.message = tr("The organisation “%1” has no name; its ref stands in as its name.")
                              .arg(organisation.ref);
        problems.append(context);
    }
    created.acronym = organisation.acronym;
    if (organisation.appType) {
        created.type = *organisation.appType;
    } else if (const auto type = iati::organisationTypeOfCode(organisation.iatiType)) {
        created.type = *type;
    } else {
        created.type = OrganisationType::Private;
        context.grade = IatiProblem::Grade::Warning;
        context.message =
            organisation.iatiType.isEmpty()
                ? tr("The organisation “%1” has no type; it was created as private.")
                      .arg(created.name.preferring(Language::English))
                : tr("The organisation “%1” has type %2, which the portfolio has no type for; it "
                     "was created as private.")
                      .arg(created.name.preferring(Language::English), organisation.iatiType);
        problems.append(context);
    }
    if (m_countries.contains(organisation.countryCode))
        created.countryCode = organisation.countryCode;
    created.id = OrganisationRepository(m_store).insert(created);
    AuditLog(m_store).record({}, {AuditRows::of(created)}, m_actor);
    ++m_created;
    for (const QString &name : {created.name.en, created.name.zh})
        if (!name.isEmpty())
            m_byName.insert(nameKey(name), created.id);
    rememberRef(created.id, organisation.ref);
    return created.id;
}

} // namespace sstc
