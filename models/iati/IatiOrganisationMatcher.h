#pragma once

#include "models/audit/AuditActor.h"
#include "models/iati/IatiProblem.h"
#include "models/iati/ImportedActivity.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace sstc {

class PortfolioStore;

// Finds the portfolio's organisation for one an IATI file names: by its ref (IATI
// organisation identifier) first, then by its English or Chinese name; creates it when
// neither finds it. A ref met for the first time is remembered with the organisation, so the
// next import matches by ref. Writes inside the caller's transaction, audited.
class IatiOrganisationMatcher
{
    Q_DECLARE_TR_FUNCTIONS(sstc::IatiOrganisationMatcher)

public:
    IatiOrganisationMatcher(PortfolioStore &store, const AuditActor &actor);

    // The organisation's id; problems found on the way go to `problems`.
    qint64 resolve(const ImportedOrganisation &organisation, IatiProblem context,
                   IatiProblems &problems);
    int created() const { return m_created; }

    // The IATI refs of the portfolio's organisations, by organisation id.
    static QHash<qint64, QString> refs(PortfolioStore &store);

private:
    void rememberRef(qint64 id, const QString &ref);
    static QString nameKey(const QString &name) { return name.simplified().toCaseFolded(); }

    PortfolioStore &m_store;
    const AuditActor &m_actor;
    QHash<QString, qint64> m_byRef;
    QHash<QString, qint64> m_byName;
    QSet<qint64> m_withRef;
    QSet<QString> m_countries;
    int m_created = 0;
};

} // namespace sstc
