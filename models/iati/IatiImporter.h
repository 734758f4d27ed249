#pragma once

#include "models/audit/AuditActor.h"
#include "models/iati/IatiActivityOutcome.h"
#include "models/iati/IatiProblem.h"
#include "models/repositories/ProjectRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace sstc {

class IatiOrganisationMatcher;
class PortfolioStore;
struct ImportedActivity;

// What an IATI import read and did (or, in a dry run, would do).
struct IatiImportSummary
{
    int read = 0;    // activities found
    int created = 0; // new projects
    int updated = 0; // projects of an earlier import, matched by iati-identifier
    int skipped = 0; // activities with a critical problem
    int organisationsCreated = 0;
    IatiProblems problems;
    QStringList refusals; // files refused whole; then nothing was imported
    QList<IatiActivityOutcome> activities; // one per activity read, in the files' order
    bool cancelled = false; // by the progress hook; then nothing was imported

    bool refused() const { return !refusals.isEmpty(); }
    int count(IatiProblem::Grade grade) const;
};

// Brings the activities of IATI files into the portfolio as projects, all files in one
// transaction: a refused file (or a failure) leaves the portfolio as it was. An activity
// whose iati-identifier a project already has updates that project; the rest are created.
// Everything is written through ProjectChanges, so it is audited like an edit.
class IatiImporter
{
    Q_DECLARE_TR_FUNCTIONS(sstc::IatiImporter)

public:
    IatiImporter(PortfolioStore &store, AuditActor actor)
        : m_store(store)
        , m_actor(std::move(actor))
    {}

    // Throws StoreError when the portfolio cannot be written (nothing is then changed).
    IatiImportSummary run(const QStringList &files, bool dryRun,
                          const IatiImportHooks &hooks = {});

private:
    void write(const ImportedActivity &activity, IatiOrganisationMatcher &organisations,
               IatiImportSummary &summary);
    void linkRelatedActivities(IatiImportSummary &summary);
    qint64 projectWithIdentifier(const QString &identifier);
    qint64 projectWithCode(const QString &code);
    void ensureRegions(const ImportedActivity &activity);

    PortfolioStore &m_store;
    AuditActor m_actor;
    IatiImportHooks m_hooks;
    QString m_file; // the file being read
    QSet<QString> m_countries;
    QSet<QString> m_regions;
    QList<QPair<QString, QString>> m_parentOf; // child identifier, parent identifier
};

} // namespace sstc
