#include "ui/offers/OffersView.h"

#include "models/itemmodels/OfferTableModel.h"
#include "models/itemmodels/ProposalTableModel.h"
#include "models/offers/OfferCatalogue.h"
#include "models/offers/ProposalTotals.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/repositories/ProposalRepository.h"
#include "models/store/StoreError.h"
#include "models/text/DomainNames.h"
#include "models/text/Formats.h"
#include "ui/offers/OfferCatalogueDialog.h"
#include "ui/offers/PipelineChart.h"
#include "ui/offers/ProposalComposer.h"
#include "ui/shell/FallbackTextDelegate.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/undo/OfferCatalogueCommand.h"
#include "ui/undo/ProposalCommand.h"

#include <QAction>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sstc {

namespace {
enum ProposalColumn
{
    TitleColumn,
    DonorColumn,
    DateColumn,
    StatusColumn,
    TotalColumn,
    ProposalColumnCount
};
} // namespace

OffersView::OffersView(PortfolioContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_offerModel(new OfferTableModel(this))
    , m_offerTable(new QTableView(this))
    , m_composer(new ProposalComposer(context, this))
    , m_proposalTable(new QTableWidget(0, ProposalColumnCount, this))
    , m_chart(new PipelineChart(this))
    , m_offersBox(new QGroupBox(this))
    , m_composerBox(new QGroupBox(this))
    , m_proposalsBox(new QGroupBox(this))
    , m_pipelineBox(new QGroupBox(this))
    , m_addButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_removeProposalButton(new QPushButton(this))
    , m_vertical(new QSplitter(Qt::Vertical, this))
    , m_editOffersAction(new QAction(this))
    , m_addToProposalAction(new QAction(this))
    , m_newProposalAction(new QAction(this))
    , m_copyProposalAction(new QAction(this))
    , m_exportProposalAction(new QAction(this))
    , m_removeProposalAction(new QAction(this))
{
    setObjectName(QStringLiteral("offersView"));
    m_offerTable->setObjectName(QStringLiteral("offerTable"));
    m_offerTable->setModel(m_offerModel);
    m_offerTable->setItemDelegate(new FallbackTextDelegate(m_offerTable));
    m_offerTable->verticalHeader()->hide();
    m_offerTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_offerTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_offerTable->setWordWrap(false);
    m_offerTable->horizontalHeader()->setSectionResizeMode(OfferTableModel::Title,
                                                           QHeaderView::Stretch);
    m_proposalTable->setObjectName(QStringLiteral("proposalTable"));
    m_proposalTable->verticalHeader()->hide();
    m_proposalTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_proposalTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_proposalTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_proposalTable->setWordWrap(false);
    m_proposalTable->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_offersBox->setObjectName(QStringLiteral("offersBox"));
    m_composerBox->setObjectName(QStringLiteral("composerBox"));
    m_proposalsBox->setObjectName(QStringLiteral("proposalsBox"));
    m_pipelineBox->setObjectName(QStringLiteral("pipelineBox"));
    m_addButton->setObjectName(QStringLiteral("addOfferToProposalButton"));
    m_editButton->setObjectName(QStringLiteral("editOffersButton"));
    m_removeProposalButton->setObjectName(QStringLiteral("removeProposalButton"));
    m_editOffersAction->setObjectName(QStringLiteral("editOffersAction"));
    m_addToProposalAction->setObjectName(QStringLiteral("addToProposalAction"));
    m_newProposalAction->setObjectName(QStringLiteral("newProposalAction"));
    m_copyProposalAction->setObjectName(QStringLiteral("copyProposalAction"));
    m_exportProposalAction->setObjectName(QStringLiteral("exportProposalAction"));
    m_removeProposalAction->setObjectName(QStringLiteral("removeProposalAction"));

    auto *offerButtons = new QHBoxLayout;
    offerButtons->addWidget(m_addButton);
    offerButtons->addStretch();
    offerButtons->addWidget(m_editButton);
    auto *offersLayout = new QVBoxLayout(m_offersBox);
    offersLayout->addWidget(m_offerTable, 1);
    offersLayout->addLayout(offerButtons);
    (new QVBoxLayout(m_composerBox))->addWidget(m_composer);
    auto *proposalsLayout = new QVBoxLayout(m_proposalsBox);
    proposalsLayout->addWidget(m_proposalTable, 1);
    auto *proposalButtons = new QHBoxLayout;
    proposalButtons->addStretch();
    proposalButtons->addWidget(m_removeProposalButton);
    proposalsLayout->addLayout(proposalButtons);
    (new QVBoxLayout(m_pipelineBox))->addWidget(m_chart);

    auto *top = new QSplitter(Qt::Horizontal, m_vertical);
    top->addWidget(m_offersBox);
    top->addWidget(m_composerBox);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    auto *bottom = new QSplitter(Qt::Horizontal, m_vertical);
    bottom->addWidget(m_proposalsBox);
    bottom->addWidget(m_pipelineBox);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    m_vertical->addWidget(top);
    m_vertical->addWidget(bottom);
    m_vertical->setStretchFactor(0, 1);
    m_vertical->setStretchFactor(1, 1);
    for (QSplitter *splitter : {top, bottom, m_vertical})
        splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_vertical);

    m_addToProposalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_addToProposalAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_addToProposalAction);
    connect(m_addButton, &QPushButton::clicked, this, &OffersView::addSelectedOffers);
    connect(m_addToProposalAction, &QAction::triggered, this, &OffersView::addSelectedOffers);
    connect(m_offerTable, &QTableView::doubleClicked, this, &OffersView::addSelectedOffers);
    connect(m_editButton, &QPushButton::clicked, this, &OffersView::editOffers);
    connect(m_editOffersAction, &QAction::triggered, this, &OffersView::editOffers);
    connect(m_newProposalAction, &QAction::triggered, m_composer, &ProposalComposer::startNew);
    connect(m_copyProposalAction, &QAction::triggered, m_composer, &ProposalComposer::copyTable);
    connect(m_exportProposalAction, &QAction::triggered, m_composer, [this] {
        m_composer->findChild<QPushButton *>(QStringLiteral("exportProposalButton"))->click();
    });
    connect(m_removeProposalButton, &QPushButton::clicked, this,
            &OffersView::removeSelectedProposal);
    connect(m_removeProposalAction, &QAction::triggered, this, &OffersView::removeSelectedProposal);
    connect(m_offerTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OffersView::updateActions);
    connect(m_proposalTable, &QTableWidget::itemSelectionChanged, this, &OffersView::updateActions);
    connect(m_proposalTable, &QTableWidget::cellClicked, this, &OffersView::loadSelectedProposal);
    connect(m_proposalTable, &QTableWidget::cellActivated, this, &OffersView::loadSelectedProposal);
    connect(m_composer->model(), &ProposalTableModel::linesChanged, this,
            &OffersView::updateActions);
    connect(m_composer, &ProposalComposer::proposalSaved, this, [this](qint64 id) {
        for (int row = 0; row < m_proposalTable->rowCount(); ++row)
            if (m_proposalTable->item(row, 0)->data(Qt::UserRole).toLongLong() == id)
                m_proposalTable->selectRow(row);
    });

    connect(&m_context, &PortfolioContext::storeChanged, this, [this] {
        m_composer->startNew();
        reload();
    });
    connect(&m_context, &PortfolioContext::dataChanged, this, &OffersView::reload);
    connect(&m_context, &PortfolioContext::languageChanged, this, [this](Language language) {
        m_offerModel->setLanguage(language);
        m_composer->setLanguage(language);
        reload();
    });
    m_offerModel->setLanguage(m_context.language());
    retranslate();
    reload();
}

void OffersView::reload()
{
    PortfolioStore *store = m_context.store();
    QList<FundingOffer> offers;
    QList<Organisation> organisations;
    m_proposals.clear();
    if (store) {
        try {
            offers = OfferCatalogue(*store).load();
            organisations = OrganisationRepository(*store).all();
            m_proposals = ProposalRepository(*store).all();
        } catch (const StoreError &error) {
            m_context.reportError(error.message());
        }
    }
    m_offerModel->setOffers(offers);
    m_offerTable->resizeColumnsToContents();
    // The title takes what is left; a long unit ("per visit per delegation of 10 people")
    // is cut rather than squeezing the titles (the tooltip has the description).
    m_offerTable->setColumnWidth(OfferTableModel::Unit,
                                 qMin(m_offerTable->columnWidth(OfferTableModel::Unit), 160));
    m_offerTable->horizontalHeader()->setSectionResizeMode(OfferTableModel::Title,
                                                           QHeaderView::Stretch);
    m_composer->setOrganisations(organisations);
    m_donorNames.clear();
    for (const Organisation &organisation : organisations)
        m_donorNames.insert(organisation.id,
                            organisation.acronym.isEmpty()
                                ? organisation.name.preferring(m_context.language())
                                : organisation.acronym);
    QList<qint64> ids;
    for (const Proposal &proposal : m_proposals)
        ids << proposal.id;
    m_composer->keepOnly(ids);
    fillProposalTable();
    m_chart->setProposals(m_proposals, m_context.language());
    updateActions();
}

void OffersView::fillProposalTable()
{
    const Language language = m_context.language();
    const QSignalBlocker blocker(m_proposalTable);
    m_proposalTable->setRowCount(0);
    m_proposalTable->setRowCount(int(m_proposals.size()));
    for (int row = 0; row < m_proposals.size(); ++row) {
        const Proposal &proposal = m_proposals.at(row);
        const std::optional<QList<Money>> totals = ProposalTotals::of(proposal.lines);
        const QStringList texts = {
            proposal.title.isEmpty() ? tr("(untitled)") : proposal.title,
            m_donorNames.value(proposal.donorId),
            proposal.date.isValid() ? Formats::date(PartialDate::day(proposal.date), language)
                                    : QString(),
            DomainNames::proposalStatus(proposal.status),
            totals ? Formats::moneyList(*totals, language) : tr("too large")};
        for (int column = 0; column < ProposalColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(texts.at(column));
            if (column == TotalColumn)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_proposalTable->setItem(row, column, cell);
        }
        m_proposalTable->item(row, 0)->setData(Qt::UserRole, proposal.id);
        if (proposal.id == m_composer->proposalId())
            m_proposalTable->selectRow(row);
    }
    m_proposalTable->resizeColumnsToContents();
    m_proposalTable->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
}

void OffersView::loadSelectedProposal()
{
    const int row = m_proposalTable->currentRow();
    if (row < 0 || row >= m_proposals.size())
        return;
    m_composer->loadProposal(m_proposals.at(row));
}

void OffersView::addSelectedOffers()
{
    QList<int> rows;
    for (const QModelIndex &index : m_offerTable->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    for (int row : rows)
        m_composer->addOffer(m_offerModel->offers().at(row));
}

void OffersView::editOffers()
{
    if (!m_context.store())
        return;
    const QList<FundingOffer> before = m_offerModel->offers();
    OfferCatalogueDialog dialog(before, m_context.language(), this);
    dialog.setSaver([this, &before](const QList<FundingOffer> &after) {
        OfferCatalogueCommand::apply(m_context, before, after);
    });
    dialog.exec();
}

void OffersView::removeSelectedProposal()
{
    const int row = m_proposalTable->currentRow();
    if (row < 0 || row >= m_proposals.size() || !m_proposalTable->item(row, 0)->isSelected())
        return;
    try {
        ProposalCommand::remove(m_context, m_proposals.at(row).id);
    } catch (const StoreError &error) {
        m_context.reportError(error.message());
    }
}

void OffersView::updateActions()
{
    const bool haveStore = m_context.store();
    const bool offerChosen = m_offerTable->selectionModel()->hasSelection();
    const bool proposalChosen = !m_proposalTable->selectedItems().isEmpty();
    const bool lines = m_composer->model()->lineCount() > 0;
    m_addButton->setEnabled(offerChosen);
    m_addToProposalAction->setEnabled(offerChosen);
    m_editButton->setEnabled(haveStore);
    m_editOffersAction->setEnabled(haveStore);
    m_removeProposalButton->setEnabled(proposalChosen);
    m_removeProposalAction->setEnabled(proposalChosen);
    m_copyProposalAction->setEnabled(lines);
    m_exportProposalAction->setEnabled(lines);
}

void OffersView::retranslate()
{
    m_offersBox->setTitle(tr("Funding offers", "the catalogue of what a donor can fund"));
    m_composerBox->setTitle(tr("Proposal", "a proposal to a donor"));
    m_proposalsBox->setTitle(tr("Saved proposals"));
    m_pipelineBox->setTitle(tr("Pipeline of funding offers"));
    m_addButton->setText(tr("&Add to Proposal"));
    m_addButton->setToolTip(tr("Adds the selected offers to the proposal (or double-click an "
                               "offer)"));
    m_editButton->setText(tr("Edit &Offers…"));
    m_removeProposalButton->setText(tr("Re&move Proposal"));
    m_editOffersAction->setText(tr("Edit Funding &Offers…"));
    m_addToProposalAction->setText(tr("&Add Offer to Proposal"));
    m_newProposalAction->setText(tr("&New Proposal"));
    m_copyProposalAction->setText(tr("&Copy Proposal Table"));
    m_exportProposalAction->setText(tr("&Export Proposal as CSV…"));
    m_removeProposalAction->setText(tr("Re&move Proposal"));
    m_proposalTable->setHorizontalHeaderLabels(
        {tr("Title"), tr("Donor"), tr("Date"), tr("Status"), tr("Total")});
    fillProposalTable();
}

void OffersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace sstc
