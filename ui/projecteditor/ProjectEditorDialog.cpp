#include "ui/projecteditor/ProjectEditorDialog.h"

#include "models/repositories/AgreementRepository.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "models/repositories/ReferenceRepository.h"
#include "models/store/PortfolioStore.h"
#include "models/validation/ProjectValidator.h"
#include "ui/projecteditor/EventsTable.h"
#include "ui/projecteditor/FundingLinesTable.h"
#include "ui/projecteditor/GeneralPage.h"
#include "ui/projecteditor/IndicatorsTable.h"
#include "ui/projecteditor/ParticipationPage.h"
#include "ui/widgets/ProblemLabel.h"
#include "ui/widgets/SaveAttempt.h"

#include <QCollator>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sstc {

namespace {
using Choices = QList<ChoiceDelegate::Choice>;

// In the order of the language's alphabet (pinyin for Chinese), after the "none" choice.
Choices sortedAfter(ChoiceDelegate::Choice none, Choices choices, Language language)
{
    QCollator collator(language == Language::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                     : QLocale(QLocale::English));
    std::sort(choices.begin(), choices.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.text, b.text) < 0; });
    choices.prepend(std::move(none));
    return choices;
}

Choices organisationChoices(PortfolioStore &store, Language language)
{
    Choices choices;
    for (const Organisation &organisation : OrganisationRepository(store).all()) {
        const QString name = organisation.name.preferring(language);
        choices.append({organisation.acronym.isEmpty() || organisation.acronym == name
                            ? name
                            : QStringLiteral("%1 (%2)").arg(name, organisation.acronym),
                        organisation.id});
    }
    return sortedAfter({ProjectEditorDialog::tr("None"), qint64(0)}, choices, language);
}

Choices countryChoices(PortfolioStore &store, Language language)
{
    Choices choices;
    for (const Country &country : ReferenceRepository(store).countries())
        choices.append({country.name.preferring(language), country.code});
    return sortedAfter({ProjectEditorDialog::tr("None"), QString()}, choices, language);
}

Choices agreementChoices(PortfolioStore &store, Language language)
{
    Choices choices{{ProjectEditorDialog::tr("None"), qint64(0)}};
    for (const Agreement &agreement : AgreementRepository(store).all()) { // in order of signing
        const QString signedOn = agreement.signedOn.toIso();
        const QString title = agreement.title.preferring(language);
        choices.append({signedOn.isEmpty() ? title : QStringLiteral("%1 · %2").arg(signedOn, title),
                        agreement.id});
    }
    return choices;
}

Choices parentChoices(PortfolioStore &store, qint64 projectId, Language language)
{
    Choices choices;
    for (const Project &project : ProjectRepository(store).all())
        if (project.id != projectId) // a project cannot be its own parent
            choices.append({project.title.preferring(language), project.id});
    return sortedAfter({ProjectEditorDialog::tr("None"), qint64(0)}, choices, language);
}

QList<CheckBoxGrid::Item> themeItems(PortfolioStore &store, Language language)
{
    QList<CheckBoxGrid::Item> items;
    for (const Theme &theme : ReferenceRepository(store).themes())
        items.append({theme.id, theme.name.preferring(language),
                      QStringLiteral("theme_%1_Check").arg(theme.key)});
    return items;
}

QWidget *padded(QWidget *content)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(content);
    return page;
}
} // namespace

ProjectEditorDialog::ProjectEditorDialog(PortfolioStore &store, const ProjectRecord &record,
                                         Language language, QWidget *parent)
    : QDialog(parent)
    , m_original(record)
    , m_tabs(new QTabWidget(this))
    , m_general(new GeneralPage(agreementChoices(store, language),
                                parentChoices(store, record.project.id, language), this))
    , m_participation(new ParticipationPage(organisationChoices(store, language),
                                            countryChoices(store, language),
                                            themeItems(store, language), this))
    , m_funding(new FundingLinesTable(organisationChoices(store, language), this))
    , m_events(new EventsTable(countryChoices(store, language), this))
    , m_indicators(new IndicatorsTable(this))
    , m_summary(new QLabel(this))
    , m_saveError(new ProblemLabel(QStringLiteral("saveErrorLabel"), this))
{
    setObjectName(QStringLiteral("projectEditorDialog"));
    setWindowTitle(record.project.id == 0 ? tr("New Project") : tr("Edit Project"));
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->addTab(m_general, tr("&General"));
    m_tabs->addTab(m_participation, tr("&Organisations && countries"));
    m_tabs->addTab(padded(m_funding), tr("&Funding"));
    m_tabs->addTab(padded(m_events), tr("E&vents"));
    m_tabs->addTab(padded(m_indicators), tr("&Indicators"));
    m_summary->setObjectName(QStringLiteral("problemSummary"));
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProjectEditorDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_saveError);
    layout->addLayout(bottom);

    m_general->setProject(record.project);
    m_participation->setProject(record.project);
    m_funding->setLines(record.fundingLines);
    m_events->setEvents(record.events);
    m_indicators->setIndicators(record.indicators);

    connect(m_general, &GeneralPage::edited, this, &ProjectEditorDialog::validate);
    connect(m_participation, &ParticipationPage::edited, this, &ProjectEditorDialog::validate);
    connect(m_funding, &RecordTable::edited, this, &ProjectEditorDialog::validate);
    connect(m_events, &RecordTable::edited, this, &ProjectEditorDialog::validate);
    connect(m_indicators, &RecordTable::edited, this, &ProjectEditorDialog::validate);
    // Connected after the record is shown: only the user's edits count.
    const auto edited = [this] { m_edited = true; };
    connect(m_general, &GeneralPage::edited, this, edited);
    connect(m_participation, &ParticipationPage::edited, this, edited);
    connect(m_funding, &RecordTable::edited, this, edited);
    connect(m_events, &RecordTable::edited, this, edited);
    connect(m_indicators, &RecordTable::edited, this, edited);

    // Fits a 1366×768 laptop screen with room for the taskbar.
    resize(1180, 700);
    validate();
}

ProjectEditorDialog::~ProjectEditorDialog()
{
    // The pages outlive this destructor (QWidget deletes its children later): an editor they
    // close on the way out must not call validate() on a half-destroyed dialog.
    for (QObject *page : std::initializer_list<QObject *>{m_general, m_participation, m_funding,
                                                          m_events, m_indicators})
        page->disconnect(this);
}

ProjectRecord ProjectEditorDialog::record() const
{
    ValidationProblems ignored;
    return readRecord(ignored);
}

ProjectRecord ProjectEditorDialog::readRecord(ValidationProblems &inputProblems) const
{
    ProjectRecord record = m_original;
    m_general->applyTo(record.project, inputProblems);
    m_participation->applyTo(record.project, inputProblems);
    record.fundingLines = m_funding->lines(inputProblems);
    record.events = m_events->events(inputProblems);
    record.indicators = m_indicators->indicators(inputProblems);
    return record;
}

void ProjectEditorDialog::validate()
{
    ValidationProblems problems;
    const ProjectRecord record = readRecord(problems);
    problems += ProjectValidator::validate(record);
    m_problems = problems;
    m_saveError->clearProblems();

    markTab(m_general, m_general->showProblems(problems));
    markTab(m_participation, m_participation->showProblems(problems));
    markTab(m_funding, m_funding->showProblems(problems));
    markTab(m_events, m_events->showProblems(problems));
    markTab(m_indicators, m_indicators->showAllProblems(problems));

    m_save->setEnabled(problems.isEmpty());
    m_summary->setText(problems.isEmpty()
                           ? QString()
                           : tr("%n problem(s) to fix before saving, on the tabs marked with "
                                "a warning sign.",
                                nullptr, int(problems.size())));
}

void ProjectEditorDialog::markTab(QWidget *page, int problemCount)
{
    int index = m_tabs->indexOf(page);
    if (index < 0 && page->parentWidget())
        index = m_tabs->indexOf(page->parentWidget()); // a padded page
    // A blank icon of the same size when there is no problem: the tab bar keeps its height
    // (the warning sign is taller than a line of a Latin face) and the fields stay put.
    QPixmap blank(m_tabs->iconSize());
    blank.fill(Qt::transparent);
    m_tabs->setTabIcon(index, problemCount > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                               : QIcon(blank));
}

void ProjectEditorDialog::accept()
{
    validate();
    if (!m_problems.isEmpty())
        return;
    if (m_saver) {
        // Nothing was written (the save is one transaction): the user may try again.
        if (const QString failure = SaveAttempt::failureOf([&] { m_saver(record()); });
            !failure.isEmpty()) {
            m_saveError->setProblems({failure});
            return;
        }
    }
    QDialog::accept();
}

void ProjectEditorDialog::reject()
{
    if (!m_edited) {
        QDialog::reject();
        return;
    }
    validate();
    QMessageBox question(QMessageBox::Question, tr("Unsaved Changes"),
                         m_original.project.id == 0
                             ? tr("Save the new project before closing?")
                             : tr("Save your changes to this project before closing?"),
                         QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    question.setObjectName(QStringLiteral("unsavedChangesQuestion"));
    if (!m_problems.isEmpty()) {
        question.setInformativeText(tr("It cannot be saved yet: %n problem(s) to fix first.",
                                       nullptr, int(m_problems.size())));
        question.button(QMessageBox::Save)->setEnabled(false);
    }
    question.setDefaultButton(QMessageBox::Cancel);
    switch (question.exec()) {
    case QMessageBox::Save:
        accept(); // stays open, saying why, when the save fails
        return;
    case QMessageBox::Discard:
        QDialog::reject();
        return;
    default:
        return; // back to editing, with everything as typed
    }
}

} // namespace sstc
