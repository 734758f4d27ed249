#pragma once

#include "models/domain/ValidationProblem.h"
#include "models/repositories/ProjectRecord.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace sstc {

class EventsTable;
class FundingLinesTable;
class GeneralPage;
class IndicatorsTable;
class ParticipationPage;
class PortfolioStore;
class ProblemLabel;

// Edits a project with its funding lines, events and indicators. Every change is validated at
// once: each problem shows next to its field and Save stays disabled until none is left. The
// dialog reads the lookup lists from the store but never writes: Save hands the record to the
// saver, and when the saver throws StoreError the message is shown and the dialog stays open
// with the user's values.
class ProjectEditorDialog : public QDialog
{
    Q_OBJECT

public:
    using Saver = std::function<void(const ProjectRecord &)>;

    // A record whose project id is 0 is a new project. Names of organisations, countries and
    // themes are shown in the given language.
    ProjectEditorDialog(PortfolioStore &store, const ProjectRecord &record,
                        Language language = Language::English, QWidget *parent = nullptr);
    ~ProjectEditorDialog() override;

    void setSaver(Saver saver) { m_saver = std::move(saver); }
    // The record as edited; fields that do not parse (a date like "2016-13") are left empty.
    ProjectRecord record() const;
    ValidationProblems problems() const { return m_problems; }

public slots:
    void accept() override;
    // Cancel, Escape or closing the window: once anything was typed, asks whether to save,
    // discard or go on editing, rather than losing the work unasked.
    void reject() override;

private:
    ProjectRecord readRecord(ValidationProblems &inputProblems) const;
    void validate();
    void markTab(QWidget *page, int problemCount);

    ProjectRecord m_original;
    Saver m_saver;
    ValidationProblems m_problems;
    bool m_edited = false; // anything changed since the dialog opened
    QTabWidget *m_tabs;
    GeneralPage *m_general;
    ParticipationPage *m_participation;
    FundingLinesTable *m_funding;
    EventsTable *m_events;
    IndicatorsTable *m_indicators;
    QLabel *m_summary;
    ProblemLabel *m_saveError;
    QPushButton *m_save;
};

} // namespace sstc
