#include "ui/lookups/LookupListsDialog.h"

#include "models/store/StoreError.h"
#include "ui/lookups/ChangeHistoryDialog.h"
#include "ui/lookups/CountriesListTable.h"
#include "ui/lookups/OrganisationsListTable.h"
#include "ui/lookups/ThemesListTable.h"
#include "ui/widgets/SaveDialogFooter.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sstc {

LookupListsDialog::LookupListsDialog(const LookupLists &lists, QWidget *parent)
    : QDialog(parent)
    , m_organisations(new OrganisationsListTable(this))
    , m_countries(new CountriesListTable(this))
    , m_themes(new ThemesListTable(this))
{
    setObjectName(QStringLiteral("lookupListsDialog"));
    setWindowTitle(tr("Organisations, Countries and Themes"));
    m_organisations->setOrganisations(lists.organisations);
    m_countries->setCountries(lists.countries);
    m_themes->setThemes(lists.themes);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("lookupTabs"));
    tabs->addTab(page(m_organisations), tr("&Organisations"));
    tabs->addTab(page(m_countries), tr("&Countries"));
    tabs->addTab(page(m_themes), tr("&Themes"));
    // After the tabs, so that they come first in the focus chain.
    m_footer = new SaveDialogFooter(this, QStringLiteral("lookupProblems"),
                                    QStringLiteral("lookupSaveButton"));

    m_history =
        m_footer->buttons()->addButton(tr("Change &History…"), QDialogButtonBox::ActionRole);
    m_history->setObjectName(QStringLiteral("lookupHistoryButton"));
    m_history->setToolTip(tr("Who changed the organisations, countries, themes, exchange rates, "
                             "funding offers and proposals, when, and from what to what"));
    m_history->setVisible(false); // until a history is given
    connect(m_history, &QPushButton::clicked, this, &LookupListsDialog::showChangeHistory);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_footer);
    for (RecordTable *table :
         std::initializer_list<RecordTable *>{m_organisations, m_countries, m_themes})
        connect(table, &RecordTable::edited, this, &LookupListsDialog::validate);
    resize(900, 560);
    validate();
}

QWidget *LookupListsDialog::page(QWidget *table)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(table);
    return page;
}

LookupLists LookupListsDialog::lists() const
{
    return {m_organisations->organisations(), m_countries->countries(), m_themes->themes()};
}

void LookupListsDialog::validate()
{
    QStringList messages;
    for (const ValidationProblem &problem : lists().problems())
        messages << problem.message;
    m_footer->showProblemsBlockingSave(messages);
}

void LookupListsDialog::setChangeHistory(HistoryLoader loader, Language language)
{
    m_historyLoader = std::move(loader);
    m_language = language;
    m_history->setVisible(bool(m_historyLoader));
}

void LookupListsDialog::showChangeHistory()
{
    if (!m_historyLoader)
        return;
    AuditHistory history;
    try {
        history = m_historyLoader();
    } catch (const StoreError &error) {
        m_footer->showProblems({error.message()});
        return;
    }
    ChangeHistoryDialog dialog(std::move(history), m_language, this);
    dialog.exec();
}

void LookupListsDialog::accept()
{
    if (!lists().problems().isEmpty())
        return;
    if (m_footer->save([&] {
            if (m_saver)
                m_saver(lists());
        }))
        QDialog::accept();
}

} // namespace sstc
