#pragma once

#include "models/report/ReportDocument.h"
#include "models/report/ReportFinance.h"
#include "models/report/ReportRequest.h"
#include "models/repositories/ProjectDetails.h"

#include <QList>

namespace sstc {

class PortfolioStore;

// Builds the content of a donor report from the store: a cover, a summary, the financial
// statement per project and year, results and indicators, the events in the period, the
// agreements the projects rest on, and the data of the timeline and funding figures, with
// the fixed words of ReportWords in the report's language.
class ReportBuilder
{
public:
    explicit ReportBuilder(PortfolioStore &store)
        : m_store(store)
    {}

    // The projects a request covers, by code.
    QList<qint64> projectIdsOf(const ReportRequest &request);
    ReportDocument build(const ReportRequest &request);

private:
    struct Loaded
    {
        ProjectDetails details;
        ReportFinance finance;
    };

    void addCover(ReportDocument &document, const ReportRequest &request);
    void addBody(ReportDocument &document, const ReportRequest &request, Language language);
    void addSummary(ReportDocument &document, const ReportRequest &request, Language language);
    void addFinance(ReportDocument &document, const ReportRequest &request, Language language);
    void addResults(ReportDocument &document, const ReportRequest &request, Language language);
    void addEvents(ReportDocument &document, const ReportRequest &request, Language language);
    void addAgreements(ReportDocument &document, Language language);
    void addTimeline(ReportDocument &document, const ReportRequest &request, Language language);
    void addFundingChart(ReportDocument &document, Language language);
    // Short: the acronym where an English name has one, for the running header.
    enum class NameForm
    {
        Full,
        Short
    };
    // "Page %1 of %2" in LANGUAGE.
    static QString pageFooter(Language language);
    QString donorName(const ReportRequest &request, Language language,
                      NameForm form = NameForm::Full);
    QString projectHeading(int index, Language language) const; // "3. CODE Title"

    PortfolioStore &m_store;
    QList<Loaded> m_projects;
};

} // namespace sstc
