#pragma once

#include "models/domain/Agreement.h"
#include "models/domain/ValidationProblem.h"

#include <QDialog>

#include <optional>

class QComboBox;

namespace sstc {

class AgreementPartiesTable;
class BilingualTextEdit;
class PartialDateEdit;
class PortfolioContext;
class SaveDialogFooter;

// Creates or edits an agreement with its parties and signatories. Saving checks it first
// (title, dates, no self-amendment or cycle) and lists every problem instead of saving; a
// save is one transaction and one step on the undo stack.
class AgreementEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // `id` 0 for a new agreement.
    AgreementEditorDialog(PortfolioContext &context, qint64 id, QWidget *parent = nullptr);

    Agreement agreement() const; // as entered
    void setAgreement(const Agreement &agreement);
    ValidationProblems problems() const;
    // Validates and saves; true when saved. Problems are shown in the dialog.
    bool save();
    qint64 savedId() const { return m_savedId; }

public slots:
    void accept() override; // saves first

private:
    void fillLinkChoices(QComboBox *combo, qint64 selected) const;
    void showProblems(const ValidationProblems &problems);

    PortfolioContext &m_context;
    std::optional<Agreement> m_before;
    QList<Agreement> m_stored;
    qint64 m_savedId = 0;
    QComboBox *m_kind;
    BilingualTextEdit *m_title;
    PartialDateEdit *m_signedOn;
    BilingualTextEdit *m_place;
    PartialDateEdit *m_validFrom;
    PartialDateEdit *m_validTo;
    BilingualTextEdit *m_summary;
    QComboBox *m_amends;
    QComboBox *m_supersedes;
    AgreementPartiesTable *m_parties;
    SaveDialogFooter *m_footer;
};

} // namespace sstc
