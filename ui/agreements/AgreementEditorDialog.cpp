#include "ui/agreements/AgreementEditorDialog.h"

#include "models/repositories/AgreementRepository.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/text/DomainNames.h"
#include "models/validation/AgreementValidator.h"
#include "ui/agreements/AgreementPartiesTable.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/undo/AgreementChangeCommand.h"
#include "ui/widgets/BilingualTextEdit.h"
#include "ui/widgets/PartialDateEdit.h"
#include "ui/widgets/SaveDialogFooter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace sstc {

namespace {
QList<ChoiceDelegate::Choice> organisationChoices(PortfolioContext &context)
{
    QList<ChoiceDelegate::Choice> choices{{AgreementEditorDialog::tr("(choose)"), qlonglong(0)}};
    if (PortfolioStore *store = context.store())
        for (const Organisation &candidate : OrganisationRepository(*store).all()) {
            const QString name = candidate.name.preferring(context.language());
            choices.append({candidate.acronym.isEmpty()
                                ? name
                                : QStringLiteral("%1 — %2").arg(candidate.acronym, name),
                            qlonglong(candidate.id)});
        }
    return choices;
}
} // namespace

AgreementEditorDialog::AgreementEditorDialog(PortfolioContext &context, qint64 id, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_kind(new QComboBox(this))
    , m_title(new BilingualTextEdit(QStringLiteral("title"), BilingualTextEdit::Lines::One, this))
    , m_signedOn(new PartialDateEdit(QStringLiteral("signedOnEdit"), this))
    , m_place(
          new BilingualTextEdit(QStringLiteral("signedPlace"), BilingualTextEdit::Lines::One, this))
    , m_validFrom(new PartialDateEdit(QStringLiteral("validFromEdit"), this))
    , m_validTo(new PartialDateEdit(QStringLiteral("validToEdit"), this))
    , m_summary(
          new BilingualTextEdit(QStringLiteral("summary"), BilingualTextEdit::Lines::Many, this))
    , m_amends(new QComboBox(this))
    , m_supersedes(new QComboBox(this))
    , m_parties(new AgreementPartiesTable(organisationChoices(context), this))
    , m_footer(new SaveDialogFooter(this, QStringLiteral("agreementProblems"),
                                    QStringLiteral("saveAgreementButton")))
{
    setObjectName(QStringLiteral("agreementEditorDialog"));
    setWindowTitle(id == 0 ? tr("New Agreement") : tr("Edit Agreement"));
    if (PortfolioStore *store = context.store()) {
        m_stored = AgreementRepository(*store).all();
        if (id != 0)
            m_before = AgreementRepository(*store).find(id);
    }

    m_kind->setObjectName(QStringLiteral("agreementKindCombo"));
    for (const auto &entry : agreementKindCodes)
        m_kind->addItem(DomainNames::agreementKind(entry.value), int(entry.value));
    m_title->showLanguageHeaders();
    for (PartialDateEdit *edit : {m_signedOn, m_validFrom, m_validTo})
        edit->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    m_amends->setObjectName(QStringLiteral("amendsCombo"));
    m_supersedes->setObjectName(QStringLiteral("supersedesCombo"));

    auto *form = new QFormLayout;
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Signed on:"), m_signedOn);
    form->addRow(tr("Signed in:"), m_place);
    auto *validity = new QHBoxLayout;
    validity->addWidget(m_validFrom);
    validity->addWidget(new QLabel(tr("to", "valid from … to …"), this));
    validity->addWidget(m_validTo);
    form->addRow(tr("Valid from:"), validity);
    form->addRow(tr("Summary:"), m_summary);
    form->addRow(tr("Amends:"), m_amends);
    form->addRow(tr("Replaces:"), m_supersedes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Parties and signatories:"), this));
    layout->addWidget(m_parties, 1);
    layout->addWidget(m_footer);
    resize(900, 680);

    setAgreement(m_before.value_or(Agreement{}));
}

void AgreementEditorDialog::fillLinkChoices(QComboBox *combo, qint64 selected) const
{
    combo->clear();
    combo->addItem(tr("(none)"), qlonglong(0));
    const qint64 own = m_before ? m_before->id : 0;
    for (const Agreement &other : m_stored) {
        if (other.id == own)
            continue;
        const PartialDate date = other.signedOn.isNull() ? other.validFrom : other.signedOn;
        const QString year =
            date.isNull() ? QString() : date.toIso().left(4) + QStringLiteral(" · ");
        combo->addItem(year + other.title.preferring(m_context.language()), qlonglong(other.id));
    }
    combo->setCurrentIndex(std::max(0, combo->findData(qlonglong(selected))));
}

void AgreementEditorDialog::setAgreement(const Agreement &agreement)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(agreement.kind))));
    m_title->setText(agreement.title);
    m_signedOn->setDate(agreement.signedOn);
    m_place->setText(agreement.signedPlace);
    m_validFrom->setDate(agreement.validFrom);
    m_validTo->setDate(agreement.validTo);
    m_summary->setText(agreement.summary);
    fillLinkChoices(m_amends, agreement.amendsId);
    fillLinkChoices(m_supersedes, agreement.supersedesId);
    m_parties->setParties(agreement.parties);
}

Agreement AgreementEditorDialog::agreement() const
{
    Agreement agreement;
    agreement.id = m_before ? m_before->id : 0;
    agreement.kind = AgreementKind(m_kind->currentData().toInt());
    agreement.title = m_title->text();
    agreement.signedOn = m_signedOn->date();
    agreement.signedPlace = m_place->text();
    agreement.validFrom = m_validFrom->date();
    agreement.validTo = m_validTo->date();
    agreement.summary = m_summary->text();
    agreement.amendsId = m_amends->currentData().toLongLong();
    agreement.supersedesId = m_supersedes->currentData().toLongLong();
    agreement.parties = m_parties->parties();
    return agreement;
}

ValidationProblems AgreementEditorDialog::problems() const
{
    ValidationProblems problems;
    const std::pair<PartialDateEdit *, QString> dates[] = {{m_signedOn, tr("Signed on")},
                                                           {m_validFrom, tr("Valid from")},
                                                           {m_validTo, tr("Valid to")}};
    for (const auto &[edit, label] : dates)
        if (const QString problem = edit->problem(); !problem.isEmpty())
            problems.append({edit->objectName(), QStringLiteral("%1: %2").arg(label, problem)});
    // Reversed dates are only worth checking once both are dates.
    if (problems.isEmpty())
        problems += AgreementValidator::check(agreement(), m_stored);
    return problems;
}

void AgreementEditorDialog::showProblems(const ValidationProblems &problems)
{
    QStringList lines;
    for (const ValidationProblem &problem : problems)
        lines << problem.message;
    m_footer->showProblems(lines);
}

bool AgreementEditorDialog::save()
{
    const ValidationProblems found = problems();
    showProblems(found);
    if (!found.isEmpty())
        return false;
    const QString title = agreement().title.preferring(m_context.language());
    return m_footer->save([&] {
        m_savedId = AgreementChangeCommand::apply(m_context, m_before, agreement(),
                                                  m_before ? tr("Edit agreement “%1”").arg(title)
                                                           : tr("New agreement “%1”").arg(title));
    });
}

void AgreementEditorDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace sstc
