#pragma once

#include "models/domain/Language.h"
#include "models/domain/Organisation.h"
#include "models/domain/Proposal.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sstc {

class PortfolioContext;
class ProposalTableModel;

// Composes a proposal for a donor: the chosen offers with a quantity each, line amounts and
// the total per currency, an optional donor, a title, a date and a status. Saves through the
// undo stack; copies the table (tab-separated and HTML) and exports it as CSV.
class ProposalComposer : public QWidget
{
    Q_OBJECT

public:
    explicit ProposalComposer(PortfolioContext &context, QWidget *parent = nullptr);

    ProposalTableModel *model() const { return m_model; }
    QTableView *linesTable() const { return m_lines; }
    QLabel *totalLabel() const { return m_total; }
    qint64 proposalId() const { return m_proposalId; }

    void addOffer(const FundingOffer &offer);
    void loadProposal(const Proposal &proposal);
    void startNew();
    // The proposal as composed (its id 0 when new).
    Proposal proposal() const;
    void setOrganisations(const QList<Organisation> &organisations);
    // Forgets the proposal's id when it is no longer stored (its creation undone), so that
    // saving creates it again rather than failing; takes it back when it is stored again
    // (the creation redone), so that saving then changes it rather than duplicating it.
    void keepOnly(const QList<qint64> &storedIds);
    void setLanguage(Language language);

    // Saves through the undo stack; returns false, saying why, when it was not saved.
    bool save();
    void copyTable();
    // Writes the table to a CSV file for a spreadsheet; returns an error message or "".
    QString exportCsv(const QString &path) const;
    QString html() const;

signals:
    void proposalSaved(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildQuantityEditors();
    void updateTotal();
    void exportCsvDialog();
    QList<int> columns() const;

    PortfolioContext &m_context;
    ProposalTableModel *m_model;
    qint64 m_proposalId = 0;
    qint64 m_unstoredId = 0; // the proposal's id while its creation is undone
    QList<Organisation> m_organisations;
    QLabel *m_heading;
    QLabel *m_titleLabel;
    QLineEdit *m_title;
    QLabel *m_donorLabel;
    QComboBox *m_donor;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QTableView *m_lines;
    QLabel *m_total;
    QLabel *m_problem;
    QPushButton *m_removeLine;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_copy;
    QPushButton *m_export;
};

} // namespace sstc
