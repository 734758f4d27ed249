#include "ui/agreements/AgreementEditorDialog.h"

#include "models/repositories/AgreementRepository.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/store/StoreError.h"
#include "models/text/DomainNames.h"
#include "models/validation/AgreementValidator.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/undo/AgreementChangeCommand.h"
#include "ui/widgets/BilingualTextEdit.h"
#include "ui/widgets/PartialDateEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sstc {

namespace {
enum PartyColumn
{
    OrganisationColumn,
    NameEnColumn,
    NameZhColumn,
    TitleEnColumn,
    TitleZhColumn,
    PartyColumnCount
};

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
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
    , m_parties(new QTableWidget(0, PartyColumnCount, this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("agreementEditorDialog"));
    setWindowTitle(id == 0 ? tr("New Agreement") : tr("Edit Agreement"));
    if (PortfolioStore *store = context.store()) {
        m_stored = AgreementRepository(*store).all();
        m_organisations = OrganisationRepository(*store).all();
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
    m_parties->setObjectName(QStringLiteral("partiesTable"));
    m_parties->setHorizontalHeaderLabels({tr("Organisation"), tr("Signatory (English)"),
                                          tr("Signatory (Chinese)"), tr("Position (English)"),
                                          tr("Position (Chinese)")});
    m_parties->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_parties->verticalHeader()->hide();
    m_parties->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setObjectName(QStringLiteral("agreementProblems"));
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problems->setWordWrap(true);
    m_problems->hide();

    auto *addParty = new QPushButton(tr("Add Party"), this);
    addParty->setObjectName(QStringLiteral("addPartyButton"));
    auto *removeParty = new QPushButton(tr("Remove Party"), this);
    removeParty->setObjectName(QStringLiteral("removePartyButton"));
    connect(addParty, &QPushButton::clicked, this, [this] { addPartyRow({}); });
    connect(removeParty, &QPushButton::clicked, this, [this] {
        if (m_parties->currentRow() >= 0)
            m_parties->removeRow(m_parties->currentRow());
    });
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveAgreementButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

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
    auto *partyButtons = new QHBoxLayout;
    partyButtons->addWidget(addParty);
    partyButtons->addWidget(removeParty);
    partyButtons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Parties and signatories:"), this));
    layout->addWidget(m_parties, 1);
    layout->addLayout(partyButtons);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
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

void AgreementEditorDialog::addPartyRow(const AgreementParty &party)
{
    const int row = m_parties->rowCount();
    m_parties->insertRow(row);
    auto *organisation = new QComboBox(m_parties);
    organisation->setObjectName(QStringLiteral("partyOrganisationCombo%1").arg(row));
    organisation->addItem(tr("(choose)"), qlonglong(0));
    for (const Organisation &candidate : m_organisations) {
        const QString name = candidate.name.preferring(m_context.language());
        organisation->addItem(candidate.acronym.isEmpty()
                                  ? name
                                  : QStringLiteral("%1 — %2").arg(candidate.acronym, name),
                              qlonglong(candidate.id));
    }
    organisation->setCurrentIndex(
        std::max(0, organisation->findData(qlonglong(party.organisationId))));
    m_parties->setCellWidget(row, OrganisationColumn, organisation);
    m_parties->setItem(row, NameEnColumn, new QTableWidgetItem(party.signatoryName.en));
    m_parties->setItem(row, NameZhColumn, new QTableWidgetItem(party.signatoryName.zh));
    m_parties->setItem(row, TitleEnColumn, new QTableWidgetItem(party.signatoryTitle.en));
    m_parties->setItem(row, TitleZhColumn, new QTableWidgetItem(party.signatoryTitle.zh));
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
    m_parties->setRowCount(0);
    for (const AgreementParty &party : agreement.parties)
        addPartyRow(party);
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
    for (int row = 0; row < m_parties->rowCount(); ++row) {
        AgreementParty party;
        if (auto *combo = qobject_cast<QComboBox *>(m_parties->cellWidget(row, OrganisationColumn)))
            party.organisationId = combo->currentData().toLongLong();
        party.signatoryName = {cellText(m_parties, row, NameEnColumn),
                               cellText(m_parties, row, NameZhColumn)};
        party.signatoryTitle = {cellText(m_parties, row, TitleEnColumn),
                                cellText(m_parties, row, TitleZhColumn)};
        agreement.parties.append(party);
    }
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
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
}

bool AgreementEditorDialog::save()
{
    const ValidationProblems found = problems();
    showProblems(found);
    if (!found.isEmpty())
        return false;
    try {
        m_savedId = AgreementChangeCommand::apply(
            m_context, m_before, agreement(),
            m_before
                ? tr("Edit agreement “%1”").arg(agreement().title.preferring(m_context.language()))
                : tr("New agreement “%1”").arg(agreement().title.preferring(m_context.language())));
    } catch (const StoreError &error) {
        showProblems({{QString(), error.message()}});
        return false;
    }
    return true;
}

} // namespace sstc
