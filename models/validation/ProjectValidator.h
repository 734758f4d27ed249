#pragma once

#include "models/domain/ValidationProblem.h"
#include "models/repositories/ProjectRecord.h"

#include <QCoreApplication>

namespace sstc {

// Decides whether a project record may be saved, and if not, why: every problem names the
// field it concerns. It checks the record alone, without the database, so that an editor can
// run it at every keystroke.
class ProjectValidator
{
    Q_DECLARE_TR_FUNCTIONS(sstc::ProjectValidator)

public:
    static constexpr int maxTitleLength = 500;         // titles, codes, places, units
    static constexpr int maxDescriptionLength = 20000; // descriptions and notes
    static constexpr double percentageTolerance = 0.01;

    static ValidationProblems validate(const ProjectRecord &record);

private:
    void checkProject(const Project &project);
    void checkOrganisations(const Project &project);
    void checkCountries(const Project &project);
    void checkSdgGoals(const Project &project);
    void checkFundingLine(const FundingLine &line, const QString &key);
    void checkEvent(const Event &event, const QString &key);
    void checkIndicator(const Indicator &indicator, const QString &key);

    void checkTitle(const LocalizedText &title, const QString &key, const QString &missing);
    void checkText(const QString &text, const QString &key, int maxLength);
    void checkPeriod(const PartialDate &start, const PartialDate &end, const QString &endKey);
    void checkCount(const std::optional<int> &count, const QString &key);
    void add(const QString &field, const QString &message);

    ValidationProblems m_problems;
};

} // namespace sstc
