#pragma once

#include "models/domain/Project.h"
#include "models/domain/ValidationProblem.h"
#include "ui/widgets/CheckBoxGrid.h"
#include "ui/widgets/ChoiceDelegate.h"

#include <QWidget>

namespace sstc {

class OrganisationRolesTable;
class ProblemLabel;
class RecipientCountriesTable;

// Who takes part and where, and what for: organisations with their roles, recipient countries
// with their shares, SDG goals and themes.
class ParticipationPage : public QWidget
{
    Q_OBJECT

public:
    ParticipationPage(const QList<ChoiceDelegate::Choice> &organisations,
                      const QList<ChoiceDelegate::Choice> &countries,
                      const QList<CheckBoxGrid::Item> &themes, QWidget *parent = nullptr);

    void setProject(const Project &project);
    void applyTo(Project &project, ValidationProblems &inputProblems) const;
    int showProblems(const ValidationProblems &problems);

signals:
    void edited();

private:
    OrganisationRolesTable *m_organisations;
    RecipientCountriesTable *m_countries;
    CheckBoxGrid *m_sdgGoals;
    ProblemLabel *m_sdgProblem;
    CheckBoxGrid *m_themes;
};

} // namespace sstc
