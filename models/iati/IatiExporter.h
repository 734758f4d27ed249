#pragma once

#include "models/audit/AuditActor.h"
#include "models/domain/Organisation.h"
#include "models/domain/Project.h"
#include "models/iati/IatiNames.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class QIODevice;
class QXmlStreamWriter;

namespace sstc {

class PortfolioStore;
struct FundingLine;
struct Indicator;

struct IatiExportOptions
{
    QList<qint64> projectIds; // empty: every project
    QString reportingOrgRef = iati::iloReference;
};

// Something left out of an export: the project, or a part of it, and why.
struct IatiExportProblem
{
    qint64 projectId = 0;
    QString project; // its identifier or title
    QString message; // in the user's language
};

struct IatiExportResult
{
    int written = 0;
    QList<QPair<qint64, QString>> identifiersGiven; // projects that got an iati-identifier now
    QList<IatiExportProblem> problems;
};

// Writes projects as an IATI 2.03 activity file that the official schema accepts: elements in
// the schema's order, none empty, every code from its code list, texts in English and
// Chinese (and the kept narratives in their own languages), money in its own currency with
// its value date. A project without an iati-identifier is given one (REPORTINGORG-CODE) and
// keeps it, saved (audited) before the file is written. What IATI cannot say exactly (a date
// known to the year, an organisation's acronym) goes into sstc: attributes, so that SSTC
// Desk reads back what it wrote. A project IATI requires more of (a status, a date, a
// description, an organisation) is left out and reported.
class IatiExporter
{
    Q_DECLARE_TR_FUNCTIONS(sstc::IatiExporter)

public:
    IatiExporter(PortfolioStore &store, AuditActor actor)
        : m_store(store)
        , m_actor(std::move(actor))
    {}

    // Throws StoreError when the portfolio cannot be read or the identifiers not saved.
    IatiExportResult write(QIODevice &device, const IatiExportOptions &options);

private:
    QList<qint64> giveIdentifiers(const QList<qint64> &ids, const QString &reportingOrgRef,
                                  IatiExportResult &result);
    void giveIdentifier(const Project &project, const QString &identifier);
    QString missingPart(const Project &project) const;
    void writeReportingOrg(QXmlStreamWriter &xml, const QString &ref);
    void writeActivity(QXmlStreamWriter &xml, const Project &project,
                       const QList<FundingLine> &lines, const QList<Indicator> &indicators,
                       IatiExportResult &result);
    void writeParticipant(QXmlStreamWriter &xml, const ParticipatingOrganisation &participant);
    void writeFunding(QXmlStreamWriter &xml, const Project &project,
                      const QList<FundingLine> &lines, IatiExportResult &result);
    void writePlannedDisbursements(QXmlStreamWriter &xml, const Project &project,
                                   IatiExportResult &result);
    void writeProvider(QXmlStreamWriter &xml, qint64 organisationId);
    void writeResult(QXmlStreamWriter &xml, const Project &project, const Indicator &indicator,
                     IatiExportResult &result);

    PortfolioStore &m_store;
    AuditActor m_actor;
    QHash<qint64, Organisation> m_organisations;
    QHash<qint64, QString> m_refs;
    QHash<qint64, QString> m_identifiers; // of every project that has one
};

} // namespace sstc
