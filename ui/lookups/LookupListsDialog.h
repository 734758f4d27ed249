#pragma once

#include "models/audit/AuditValueText.h"
#include "models/domain/Language.h"
#include "models/repositories/LookupListsRepository.h"

#include <QDialog>

#include <functional>

class QPushButton;

namespace sstc {

class CountriesListTable;
class OrganisationsListTable;
class SaveDialogFooter;
class ThemesListTable;

// Edits the organisations, countries and themes that projects pick from, one tab each, with
// the problems listed under the tabs and Save disabled while there are any. Like the project
// editor it never writes: Save hands the lists to the saver, and a StoreError it throws (an
// organisation still in use, say) is shown while the dialog stays open.
class LookupListsDialog : public QDialog
{
    Q_OBJECT

public:
    using Saver = std::function<void(const LookupLists &)>;
    using HistoryLoader = std::function<AuditHistory()>;

    LookupListsDialog(const LookupLists &lists, QWidget *parent = nullptr);
    void setSaver(Saver saver) { m_saver = std::move(saver); }
    // Shows the Change History… button, which lists what the loader reads (the changes to
    // the lookup lists, exchange rates and offers) in `language`.
    void setChangeHistory(HistoryLoader loader, Language language);
    QPushButton *historyButton() const { return m_history; }
    LookupLists lists() const;

public slots:
    void accept() override;

private:
    QWidget *page(QWidget *table);
    void validate();
    void showChangeHistory();

    OrganisationsListTable *m_organisations;
    CountriesListTable *m_countries;
    ThemesListTable *m_themes;
    SaveDialogFooter *m_footer;
    QPushButton *m_history;
    Saver m_saver;
    HistoryLoader m_historyLoader;
    Language m_language = Language::English;
};

} // namespace sstc
