#include "ui/lookups/LookupListsDialog.h"

#include "models/store/StoreError.h"
#include "models/text/DomainNames.h"
#include "models/text/TextInput.h"
#include "ui/lookups/ChangeHistoryDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sstc {

namespace {

QTableWidgetItem *item(const QString &text, qint64 id = 0)
{
    auto *cell = new QTableWidgetItem(text);
    if (id)
        cell->setData(Qt::UserRole, id);
    return cell;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *cell = table->item(row, column);
    return cell ? TextInput::withoutControlCharacters(cell->text()).trimmed().left(500) : QString();
}

qint64 rowId(const QTableWidget *table, int row)
{
    const QTableWidgetItem *cell = table->item(row, 0);
    return cell ? cell->data(Qt::UserRole).toLongLong() : 0;
}

// A stable key for a new theme, from its English name ("Green jobs" → "green-jobs").
QString themeKey(const LocalizedText &name)
{
    QString key = (name.en.isEmpty() ? name.zh : name.en).toLower();
    key.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    return key.left(60);
}

} // namespace

LookupListsDialog::LookupListsDialog(const LookupLists &lists, QWidget *parent)
    : QDialog(parent)
    , m_organisations(new QTableWidget(0, 5, this))
    , m_countries(new QTableWidget(0, 3, this))
    , m_themes(new QTableWidget(0, 2, this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("lookupListsDialog"));
    setWindowTitle(tr("Organisations, Countries and Themes"));
    m_organisations->setObjectName(QStringLiteral("organisationsListTable"));
    m_countries->setObjectName(QStringLiteral("countriesListTable"));
    m_themes->setObjectName(QStringLiteral("themesListTable"));
    m_organisations->setHorizontalHeaderLabels(
        {tr("Acronym"), tr("English name"), tr("Chinese name"), tr("Type"), tr("Country code")});
    m_countries->setHorizontalHeaderLabels({tr("Code"), tr("English name"), tr("Chinese name")});
    m_themes->setHorizontalHeaderLabels({tr("English name"), tr("Chinese name")});

    for (const Organisation &organisation : lists.organisations)
        addOrganisationRow(organisation);
    for (const Country &country : lists.countries)
        addCountryRow(country);
    for (const Theme &theme : lists.themes)
        addThemeRow(theme);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("lookupTabs"));
    tabs->addTab(page(m_organisations, "organisations"), tr("&Organisations"));
    tabs->addTab(page(m_countries, "countries"), tr("&Countries"));
    tabs->addTab(page(m_themes, "themes"), tr("&Themes"));

    m_problems->setObjectName(QStringLiteral("lookupProblems"));
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problems->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("lookupSaveButton"));
    m_history = buttons->addButton(tr("Change &History…"), QDialogButtonBox::ActionRole);
    m_history->setObjectName(QStringLiteral("lookupHistoryButton"));
    m_history->setToolTip(tr("Who changed the organisations, countries, themes, exchange rates "
                             "and funding offers, when, and from what to what"));
    m_history->setVisible(false); // until a history is given
    connect(m_history, &QPushButton::clicked, this, &LookupListsDialog::showChangeHistory);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    for (QTableWidget *table : {m_organisations, m_countries, m_themes})
        connect(table, &QTableWidget::itemChanged, this, &LookupListsDialog::validate);
    resize(900, 560);
    validate();
}

QWidget *LookupListsDialog::page(QTableWidget *table, const char *name)
{
    auto *page = new QWidget(this);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->resizeColumnsToContents();
    auto *add = new QPushButton(tr("&Add"), page);
    add->setObjectName(QLatin1String(name) + QStringLiteral("AddRowButton"));
    auto *remove = new QPushButton(tr("&Remove"), page);
    remove->setObjectName(QLatin1String(name) + QStringLiteral("RemoveRowButton"));
    connect(add, &QPushButton::clicked, this, [this, table] {
        if (table == m_organisations)
            addOrganisationRow({});
        else if (table == m_countries)
            addCountryRow({});
        else
            addThemeRow({});
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->editItem(table->item(table->rowCount() - 1, 0));
        validate();
    });
    connect(remove, &QPushButton::clicked, this, [this, table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
        validate();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(table, 1);
    layout->addLayout(buttons);
    return page;
}

void LookupListsDialog::addOrganisationRow(const Organisation &organisation)
{
    const int row = m_organisations->rowCount();
    m_organisations->insertRow(row);
    m_organisations->setItem(row, 0, item(organisation.acronym, organisation.id));
    m_organisations->setItem(row, 1, item(organisation.name.en));
    m_organisations->setItem(row, 2, item(organisation.name.zh));
    auto *type = new QComboBox(m_organisations);
    for (const auto &entry : organisationTypeCodes)
        type->addItem(DomainNames::organisationType(entry.value), int(entry.value));
    type->setCurrentIndex(type->findData(int(organisation.type)));
    m_organisations->setCellWidget(row, 3, type);
    m_organisations->setItem(row, 4, item(organisation.countryCode));
}

void LookupListsDialog::addCountryRow(const Country &country)
{
    const int row = m_countries->rowCount();
    m_countries->insertRow(row);
    m_countries->setItem(row, 0, item(country.code));
    m_countries->setItem(row, 1, item(country.name.en));
    m_countries->setItem(row, 2, item(country.name.zh));
}

void LookupListsDialog::addThemeRow(const Theme &theme)
{
    const int row = m_themes->rowCount();
    m_themes->insertRow(row);
    auto *english = item(theme.name.en, theme.id);
    english->setData(Qt::UserRole + 1, theme.key);
    m_themes->setItem(row, 0, english);
    m_themes->setItem(row, 1, item(theme.name.zh));
}

LookupLists LookupListsDialog::lists() const
{
    LookupLists lists;
    for (int row = 0; row < m_organisations->rowCount(); ++row) {
        Organisation organisation;
        organisation.id = rowId(m_organisations, row);
        organisation.acronym = cellText(m_organisations, row, 0);
        organisation.name = {cellText(m_organisations, row, 1), cellText(m_organisations, row, 2)};
        if (auto *type = qobject_cast<QComboBox *>(m_organisations->cellWidget(row, 3)))
            organisation.type = OrganisationType(type->currentData().toInt());
        organisation.countryCode = cellText(m_organisations, row, 4).toUpper();
        lists.organisations << organisation;
    }
    for (int row = 0; row < m_countries->rowCount(); ++row)
        lists.countries << Country{cellText(m_countries, row, 0).toUpper(),
                                   {cellText(m_countries, row, 1), cellText(m_countries, row, 2)}};
    for (int row = 0; row < m_themes->rowCount(); ++row) {
        Theme theme;
        theme.id = rowId(m_themes, row);
        theme.name = {cellText(m_themes, row, 0), cellText(m_themes, row, 1)};
        const QTableWidgetItem *first = m_themes->item(row, 0);
        theme.key = first && !first->data(Qt::UserRole + 1).toString().isEmpty()
                        ? first->data(Qt::UserRole + 1).toString()
                        : themeKey(theme.name);
        lists.themes << theme;
    }
    return lists;
}

void LookupListsDialog::validate()
{
    QStringList messages;
    for (const ValidationProblem &problem : lists().problems())
        messages << problem.message;
    m_problems->setText(messages.mid(0, 5).join(QLatin1Char('\n')));
    m_problems->setVisible(!messages.isEmpty());
    m_save->setEnabled(messages.isEmpty());
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
    QList<AuditEntry> entries;
    try {
        entries = m_historyLoader();
    } catch (const StoreError &error) {
        m_problems->setText(error.message());
        m_problems->setVisible(true);
        return;
    }
    ChangeHistoryDialog dialog(entries, m_language, this);
    dialog.exec();
}

void LookupListsDialog::accept()
{
    if (!lists().problems().isEmpty())
        return;
    try {
        if (m_saver)
            m_saver(lists());
    } catch (const StoreError &error) {
        m_problems->setText(tr("Not saved: %1").arg(error.message()));
        m_problems->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace sstc
