#pragma once

#include "models/audit/AuditLog.h"
#include "models/domain/Language.h"
#include "models/repositories/LookupListsRepository.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sstc {

// Edits the organisations, countries and themes that projects pick from, one tab each, with
// the problems listed under the tabs and Save disabled while there are any. Like the project
// editor it never writes: Save hands the lists to the saver, and a StoreError it throws (an
// organisation still in use, say) is shown while the dialog stays open.
class LookupListsDialog : public QDialog
{
    Q_OBJECT

public:
    using Saver = std::function<void(const LookupLists &)>;
    using HistoryLoader = std::function<QList<AuditEntry>()>;

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
    QWidget *page(QTableWidget *table, const char *name);
    void addOrganisationRow(const Organisation &organisation);
    void addCountryRow(const Country &country);
    void addThemeRow(const Theme &theme);
    void validate();
    void showChangeHistory();

    QTableWidget *m_organisations;
    QTableWidget *m_countries;
    QTableWidget *m_themes;
    QLabel *m_problems;
    QPushButton *m_save;
    QPushButton *m_history;
    Saver m_saver;
    HistoryLoader m_historyLoader;
    Language m_language = Language::English;
};

} // namespace sstc
