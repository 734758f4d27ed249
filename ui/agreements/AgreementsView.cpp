#include "ui/agreements/AgreementsView.h"

#include "models/domain/Clock.h"
#include "models/itemmodels/AgreementHistoryModel.h"
#include "models/repositories/AgreementRepository.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/repositories/ReferenceRepository.h"
#include "models/store/StoreError.h"
#include "models/text/DomainNames.h"
#include "ui/agreements/AgreementDetailPane.h"
#include "ui/agreements/AgreementEditorDialog.h"
#include "ui/agreements/HistoryRowDelegate.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/shell/Preferences.h"
#include "ui/shell/RefreshWhenShown.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>

#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace sstc {

AgreementsView::AgreementsView(PortfolioContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new AgreementHistoryModel(this))
    , m_partner(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_reminderLabel(new QLabel(this))
    , m_reminderDays(new QSpinBox(this))
    , m_newButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_detail(new AgreementDetailPane(context, *m_model, this))
    , m_newAction(new QAction(this))
    , m_editAction(new QAction(this))
{
    setObjectName(QStringLiteral("agreementsView"));
    m_partner->setObjectName(QStringLiteral("agreementPartnerFilter"));
    m_kind->setObjectName(QStringLiteral("agreementKindFilter"));
    m_status->setObjectName(QStringLiteral("agreementStatusFilter"));
    m_search->setObjectName(QStringLiteral("agreementSearchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    for (QComboBox *combo : {m_partner, m_kind, m_status})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_reminderDays->setObjectName(QStringLiteral("reminderDaysSpin"));
    m_reminderDays->setRange(0, 3650);
    m_reminderDays->setValue(Preferences::reminderDays());
    m_reminderLabel->setBuddy(m_reminderDays);
    m_newButton->setObjectName(QStringLiteral("newAgreementButton"));
    m_editButton->setObjectName(QStringLiteral("editAgreementButton"));
    m_count->setObjectName(QStringLiteral("agreementCountLabel"));

    m_table->setObjectName(QStringLiteral("agreementHistoryTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new HistoryRowDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(AgreementHistoryModel::Title,
                                                      QHeaderView::Stretch);
    const QFontMetrics metrics(m_table->font());
    m_table->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);

    m_splitter->setObjectName(QStringLiteral("agreementsSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({6200, 3800}); // shares of the width, whatever it turns out to be

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_partner);
    bar->addWidget(m_kind);
    bar->addWidget(m_status);
    bar->addSpacing(12);
    bar->addWidget(m_reminderLabel);
    bar->addWidget(m_reminderDays);
    bar->addStretch(1);
    bar->addWidget(m_newButton);
    bar->addWidget(m_editButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_count);

    m_newAction->setObjectName(QStringLiteral("newAgreementAction"));
    m_editAction->setObjectName(QStringLiteral("editAgreementAction"));
    connect(m_newAction, &QAction::triggered, this, [this] { editAgreement(0); });
    connect(m_editAction, &QAction::triggered, this,
            [this] { editAgreement(currentAgreementId()); });
    connect(m_newButton, &QPushButton::clicked, m_newAction, &QAction::trigger);
    connect(m_editButton, &QPushButton::clicked, m_editAction, &QAction::trigger);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->agreementIdAt(index.row()))
            editAgreement(id);
    });

    for (QComboBox *combo : {m_partner, m_kind, m_status})
        connect(combo, &QComboBox::activated, this, &AgreementsView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &AgreementsView::applyFilter);
    connect(m_reminderDays, &QSpinBox::valueChanged, this, [this](int days) {
        Preferences::setReminderDays(days);
        m_model->setReminderDays(days);
        m_detail->showAgreement(m_detail->agreementId());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AgreementsView::currentRowChanged);
    m_table->installEventFilter(this);
    connect(m_detail, &AgreementDetailPane::agreementActivated, this,
            &AgreementsView::selectAgreement);
    connect(m_detail, &AgreementDetailPane::projectActivated, this, [this](qint64 projectId) {
        if (projectId == 0)
            return;
        m_context.setCurrentProject(projectId);
        emit projectActivated(projectId);
    });
    // Behind another tab, the history is read again only when it is shown (or asked for).
    m_refresh = new RefreshWhenShown(this, [this] { reload(); });
    connect(&m_context, &PortfolioContext::storeChanged, m_refresh, &RefreshWhenShown::request);
    connect(&m_context, &PortfolioContext::dataChanged, m_refresh, &RefreshWhenShown::request);
    connect(&m_context, &PortfolioContext::languageChanged, this, [this](Language language) {
        m_model->setLanguage(language);
        fillFilterChoices();
        fitColumns();
    });

    m_model->setReminderDays(m_reminderDays->value());
    m_model->setLanguage(m_context.language());
    retranslate();
    m_refresh->request();
}

AgreementHistoryModel *AgreementsView::model() const
{
    m_refresh->flush();
    return m_model;
}

// Widths that fit the longest kind and status names in the current language, and the usual
// parties; the title takes the rest.
void AgreementsView::fitColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics(m_table->font());
    const int padding = 2 * metrics.averageCharWidth() + 8;
    int kind = metrics.horizontalAdvance(
        m_model->headerData(AgreementHistoryModel::Kind, Qt::Horizontal).toString());
    for (const auto &entry : agreementKindCodes)
        kind = std::max(kind, metrics.horizontalAdvance(DomainNames::agreementKind(entry.value)));
    int status = 0;
    for (const auto &entry : agreementStatusCodes)
        status =
            std::max(status, metrics.horizontalAdvance(DomainNames::agreementStatus(entry.value)));
    header->resizeSection(AgreementHistoryModel::Year,
                          metrics.horizontalAdvance(QStringLiteral("0000")) + padding);
    header->resizeSection(AgreementHistoryModel::Kind, kind + padding);
    header->resizeSection(AgreementHistoryModel::Parties,
                          metrics.horizontalAdvance(QStringLiteral("ILO, MOHRSS, ACFTU, CEC")) +
                              padding);
    header->resizeSection(AgreementHistoryModel::Status, status + padding);
}

qint64 AgreementsView::currentAgreementId() const
{
    return m_detail->agreementId();
}

void AgreementsView::reload()
{
    const qint64 current = currentAgreementId();
    PortfolioStore *store = m_context.store();
    m_model->setToday(Clock::today()); // the app may stay open past midnight
    try {
        if (store)
            m_model->setHistory(AgreementRepository(*store).all(),
                                ReferenceRepository(*store).milestones(),
                                OrganisationRepository(*store).all());
        else
            m_model->setHistory({}, {}, {});
    } catch (const StoreError &error) {
        m_model->setHistory({}, {}, {});
        m_context.reportError(error.message());
    }
    m_newAction->setEnabled(store != nullptr);
    fillFilterChoices();
    applyFilter();
    if (current != 0 && m_model->rowOfAgreement(current) >= 0)
        selectAgreement(current);
    else
        m_detail->showAgreement(0);
}

// The partners are the organisations that signed at least one agreement.
void AgreementsView::fillFilterChoices()
{
    const qint64 partner = m_partner->currentData().toLongLong();
    const QVariant kind = m_kind->currentData();
    const QVariant status = m_status->currentData();
    m_partner->clear();
    m_partner->addItem(tr("All partners"), qlonglong(0));
    QSet<qint64> seen;
    QList<QPair<QString, qint64>> partners;
    for (const Agreement &agreement : m_model->agreements())
        for (const AgreementParty &party : agreement.parties)
            if (!seen.contains(party.organisationId)) {
                seen.insert(party.organisationId);
                partners.append(
                    {m_model->organisationName(party.organisationId), party.organisationId});
            }
    std::sort(partners.begin(), partners.end());
    for (const auto &[name, id] : partners)
        m_partner->addItem(name, qlonglong(id));
    m_partner->setCurrentIndex(std::max(0, m_partner->findData(qlonglong(partner))));

    m_kind->clear();
    m_kind->addItem(tr("All kinds"));
    for (const auto &entry : agreementKindCodes)
        m_kind->addItem(DomainNames::agreementKind(entry.value), int(entry.value));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));

    m_status->clear();
    m_status->addItem(tr("Any status"));
    for (const auto &entry : agreementStatusCodes)
        m_status->addItem(DomainNames::agreementStatus(entry.value), int(entry.value));
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
}

void AgreementsView::applyFilter()
{
    const qint64 current = currentAgreementId();
    AgreementHistoryFilter filter;
    filter.partnerId = m_partner->currentData().toLongLong();
    if (m_kind->currentData().isValid())
        filter.kind = AgreementKind(m_kind->currentData().toInt());
    if (m_status->currentData().isValid())
        filter.status = AgreementStatus(m_status->currentData().toInt());
    filter.search = m_search->text();
    m_model->setFilter(filter);
    const int row = m_model->rowOfAgreement(current);
    if (row >= 0)
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(row, AgreementHistoryModel::Title),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else if (current != 0)
        m_detail->showAgreement(0); // filtered out
    m_editAction->setEnabled(currentAgreementId() != 0);
    m_editButton->setEnabled(currentAgreementId() != 0);
    int agreements = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        agreements += m_model->agreementIdAt(r) != 0 ? 1 : 0;
    m_count->setText(
        tr("%n of %1 agreements", nullptr, agreements).arg(m_model->agreements().size()));
}

void AgreementsView::selectAgreement(qint64 id)
{
    m_refresh->flush();
    if (id != 0 && m_model->rowOfAgreement(id) < 0 && m_model->agreement(id)) {
        // Hidden by the filters: show everything rather than an agreement out of its list.
        m_partner->setCurrentIndex(0);
        m_kind->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_search->clear();
        applyFilter();
    }
    const int row = m_model->rowOfAgreement(id);
    if (row < 0) {
        m_table->selectionModel()->clear();
        m_detail->showAgreement(0);
        return;
    }
    const QModelIndex index = m_model->index(row, AgreementHistoryModel::Title);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_detail->showAgreement(id);
}

// A table given the focus with no row current makes its first row current (Qt does), framed
// while the pane still asks to select an agreement: until the user picks a row (a click, an
// arrow key), none is current.
bool AgreementsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::FocusIn &&
        !m_table->currentIndex().isValid())
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_table->selectionModel()->selectedRows().isEmpty())
                    m_table->selectionModel()->clearCurrentIndex();
            },
            Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void AgreementsView::currentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? m_model->agreementIdAt(current.row()) : 0;
    if (id != m_detail->agreementId())
        m_detail->showAgreement(id);
    m_editAction->setEnabled(id != 0);
    m_editButton->setEnabled(id != 0);
}

void AgreementsView::editAgreement(qint64 id)
{
    m_refresh->flush();
    if (!m_context.store())
        return;
    AgreementEditorDialog dialog(m_context, id, this);
    if (dialog.exec() == QDialog::Accepted)
        selectAgreement(dialog.savedId());
}

void AgreementsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AgreementsView::retranslate()
{
    m_search->setPlaceholderText(tr("Search agreements (English or Chinese)…"));
    m_reminderLabel->setText(tr("&Remind before expiry:"));
    m_reminderDays->setSuffix(tr(" days", "reminder period"));
    m_reminderDays->setToolTip(tr("Agreements whose validity ends within this many days are "
                                  "highlighted and listed at start-up."));
    m_newAction->setText(tr("&New Agreement…"));
    m_editAction->setText(tr("&Edit Agreement…"));
    fitColumns();
    m_newButton->setText(tr("New Agreement…"));
    m_editButton->setText(tr("Edit…", "an agreement"));
    fillFilterChoices();
    applyFilter();
}

} // namespace sstc
