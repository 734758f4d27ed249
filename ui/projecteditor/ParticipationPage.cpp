#include "ui/projecteditor/ParticipationPage.h"

#include "ui/projecteditor/OrganisationRolesTable.h"
#include "ui/projecteditor/RecipientCountriesTable.h"
#include "ui/widgets/ProblemLabel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace sstc {

namespace {
QList<CheckBoxGrid::Item> sdgItems()
{
    QList<CheckBoxGrid::Item> items;
    for (int goal = 1; goal <= 17; ++goal)
        items.append({goal, ParticipationPage::tr("SDG %1").arg(goal),
                      QStringLiteral("sdgGoal%1Check").arg(goal)});
    return items;
}

QGroupBox *framed(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}
} // namespace

ParticipationPage::ParticipationPage(const QList<ChoiceDelegate::Choice> &organisations,
                                     const QList<ChoiceDelegate::Choice> &countries,
                                     const QList<CheckBoxGrid::Item> &themes, QWidget *parent)
    : QWidget(parent)
    , m_organisations(new OrganisationRolesTable(organisations, this))
    , m_countries(new RecipientCountriesTable(countries, this))
    , m_sdgGoals(new CheckBoxGrid(tr("Sustainable Development Goals"), sdgItems(), 3, this))
    , m_sdgProblem(new ProblemLabel(QStringLiteral("sdgGoalsProblem"), this))
    , m_themes(new CheckBoxGrid(tr("Themes"), themes, 1, this))
{
    m_sdgGoals->setObjectName(QStringLiteral("sdgGoalsGroup"));
    m_themes->setObjectName(QStringLiteral("themesGroup"));

    auto *left = new QVBoxLayout;
    left->addWidget(framed(tr("Participating organisations"), m_organisations, this), 1);
    left->addWidget(framed(tr("Recipient countries"), m_countries, this), 1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_sdgGoals);
    m_sdgProblem->reserveLine(); // the themes below stay put
    right->addWidget(m_sdgProblem);
    right->addWidget(m_themes, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    connect(m_organisations, &RecordTable::edited, this, &ParticipationPage::edited);
    connect(m_countries, &RecordTable::edited, this, &ParticipationPage::edited);
    connect(m_sdgGoals, &CheckBoxGrid::edited, this, &ParticipationPage::edited);
    connect(m_themes, &CheckBoxGrid::edited, this, &ParticipationPage::edited);
}

void ParticipationPage::setProject(const Project &project)
{
    m_organisations->setOrganisations(project.organisations);
    m_countries->setCountries(project.countries);
    QVariantList goals;
    for (const int goal : project.sdgGoals)
        goals.append(goal);
    m_sdgGoals->setCheckedValues(goals);
    QVariantList themes;
    for (const qint64 theme : project.themeIds)
        themes.append(theme);
    m_themes->setCheckedValues(themes);
}

void ParticipationPage::applyTo(Project &project, ValidationProblems &inputProblems) const
{
    project.organisations = m_organisations->organisations();
    project.countries = m_countries->countries(inputProblems);
    project.sdgGoals.clear();
    for (const QVariant &goal : m_sdgGoals->checkedValues())
        project.sdgGoals.append(goal.toInt());
    project.themeIds.clear();
    for (const QVariant &theme : m_themes->checkedValues())
        project.themeIds.append(theme.toLongLong());
}

int ParticipationPage::showProblems(const ValidationProblems &problems)
{
    QStringList sdgMessages;
    for (const ValidationProblem &problem : problems)
        if (problem.field == QLatin1String("sdgGoals"))
            sdgMessages << problem.message;
    m_sdgProblem->setProblems(sdgMessages);
    return m_organisations->showProblems(problems) + m_countries->showProblems(problems) +
           int(sdgMessages.size());
}

} // namespace sstc
