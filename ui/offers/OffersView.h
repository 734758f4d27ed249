#pragma once

#include "models/domain/Proposal.h"

#include <QHash>
#include <QWidget>

class QAction;
class QGroupBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QTableWidget;

namespace sstc {

class OfferTableModel;
class PipelineChart;
class PortfolioContext;
class ProposalComposer;

// The offers tab: the catalogue of funding offers (可资助项目) beside the proposal composer
// (资助提案), and under them the saved proposals and the pipeline chart. Every change goes
// through the context's undo stack; the view reloads on the context's data, store and
// language signals.
class OffersView : public QWidget
{
    Q_OBJECT

public:
    explicit OffersView(PortfolioContext &context, QWidget *parent = nullptr);

    QTableView *offerTable() const { return m_offerTable; }
    OfferTableModel *offerModel() const { return m_offerModel; }
    ProposalComposer *composer() const { return m_composer; }
    QTableWidget *proposalTable() const { return m_proposalTable; }
    PipelineChart *pipelineChart() const { return m_chart; }
    const QList<Proposal> &proposals() const { return m_proposals; }

    // For the main window's menus.
    QAction *editOffersAction() const { return m_editOffersAction; }
    QAction *addToProposalAction() const { return m_addToProposalAction; }
    QAction *newProposalAction() const { return m_newProposalAction; }
    QAction *copyProposalAction() const { return m_copyProposalAction; }
    QAction *exportProposalAction() const { return m_exportProposalAction; }
    QAction *removeProposalAction() const { return m_removeProposalAction; }

    void addSelectedOffers();
    void editOffers();
    void removeSelectedProposal();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void fillProposalTable();
    void loadSelectedProposal();
    void updateActions();

    PortfolioContext &m_context;
    OfferTableModel *m_offerModel;
    QTableView *m_offerTable;
    ProposalComposer *m_composer;
    QTableWidget *m_proposalTable;
    PipelineChart *m_chart;
    QGroupBox *m_offersBox;
    QGroupBox *m_composerBox;
    QGroupBox *m_proposalsBox;
    QGroupBox *m_pipelineBox;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_removeProposalButton;
    QSplitter *m_vertical;
    QAction *m_editOffersAction;
    QAction *m_addToProposalAction;
    QAction *m_newProposalAction;
    QAction *m_copyProposalAction;
    QAction *m_exportProposalAction;
    QAction *m_removeProposalAction;
    QList<Proposal> m_proposals;
    QHash<qint64, QString> m_donorNames;
};

} // namespace sstc
