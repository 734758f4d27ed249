#include "ui/offers/ProposalComposer.h"

#include "models/domain/Clock.h"
#include "models/export/TableExporter.h"
#include "models/itemmodels/ProposalTableModel.h"
#include "models/repositories/ProposalRepository.h"
#include "models/text/DomainNames.h"
#include "models/text/Formats.h"
#include "models/text/TextInput.h"
#include "ui/shell/FallbackTextDelegate.h"
#include "ui/shell/FileDialogs.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/undo/ProposalCommand.h"
#include "ui/widgets/SaveAttempt.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace sstc {

namespace {
constexpr ProposalStatus statuses[] = {ProposalStatus::Draft, ProposalStatus::Submitted,
                                       ProposalStatus::Accepted, ProposalStatus::Declined};
// The date edit's lowest date stands for "no date" (shown as its special value text).
const QDate noDate(2000, 1, 1);
constexpr int largestQuantity = 1000000;
} // namespace

ProposalComposer::ProposalComposer(PortfolioContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ProposalTableModel(this))
    , m_heading(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_donorLabel(new QLabel(this))
    , m_donor(new QComboBox(this))
    , m_dateLabel(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_lines(new QTableView(this))
    , m_total(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_removeLine(new QPushButton(this))
    , m_new(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_export(new QPushButton(this))
{
    setObjectName(QStringLiteral("proposalComposer"));
    m_heading->setObjectName(QStringLiteral("proposalHeading"));
    m_title->setObjectName(QStringLiteral("proposalTitleEdit"));
    m_title->setMaxLength(300);
    m_donor->setObjectName(QStringLiteral("proposalDonorCombo"));
    m_donor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_donor->setMinimumContentsLength(16);
    m_date->setObjectName(QStringLiteral("proposalDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumWidth(150);
    m_date->setMinimumDate(noDate);
    m_date->setDate(Clock::today());
    m_status->setObjectName(QStringLiteral("proposalStatusCombo"));
    for (ProposalStatus status : statuses)
        m_status->addItem(QString(), int(status));
    m_lines->setObjectName(QStringLiteral("proposalLinesTable"));
    m_lines->setModel(m_model);
    m_lines->setItemDelegate(new FallbackTextDelegate(m_lines));
    m_lines->verticalHeader()->hide();
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers); // quantities have spin boxes
    m_lines->setWordWrap(false);
    m_lines->horizontalHeader()->setSectionResizeMode(ProposalTableModel::Offer,
                                                      QHeaderView::Stretch);
    // Amounts grow as quantities are raised ("US$150,…" once): their columns follow them.
    for (int column : {ProposalTableModel::UnitCost, ProposalTableModel::LineTotal})
        m_lines->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_total->setObjectName(QStringLiteral("proposalTotalLabel"));
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_problem->setObjectName(QStringLiteral("proposalProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_removeLine->setObjectName(QStringLiteral("removeProposalLineButton"));
    m_new->setObjectName(QStringLiteral("newProposalButton"));
    m_save->setObjectName(QStringLiteral("saveProposalButton"));
    m_copy->setObjectName(QStringLiteral("copyProposalButton"));
    m_export->setObjectName(QStringLiteral("exportProposalButton"));

    auto *form = new QGridLayout;
    form->addWidget(m_titleLabel, 0, 0);
    form->addWidget(m_title, 0, 1);
    form->addWidget(m_donorLabel, 0, 2);
    form->addWidget(m_donor, 0, 3);
    form->addWidget(m_dateLabel, 1, 0);
    form->addWidget(m_date, 1, 1, Qt::AlignLeft);
    form->addWidget(m_statusLabel, 1, 2);
    form->addWidget(m_status, 1, 3, Qt::AlignLeft);
    form->setColumnStretch(1, 3);
    form->setColumnStretch(3, 2);
    for (QLabel *label : {m_titleLabel, m_donorLabel, m_dateLabel, m_statusLabel})
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_titleLabel->setBuddy(m_title);
    m_donorLabel->setBuddy(m_donor);
    m_dateLabel->setBuddy(m_date);
    m_statusLabel->setBuddy(m_status);

    auto *totalRow = new QHBoxLayout;
    totalRow->addWidget(m_removeLine);
    totalRow->addStretch();
    totalRow->addWidget(m_total);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_lines, 1);
    layout->addLayout(totalRow);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(m_model, &QAbstractItemModel::modelReset, this,
            &ProposalComposer::rebuildQuantityEditors);
    connect(m_model, &ProposalTableModel::linesChanged, this, &ProposalComposer::updateTotal);
    connect(m_removeLine, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_lines->currentIndex();
        if (current.isValid())
            m_model->removeLine(current.row());
    });
    connect(m_new, &QPushButton::clicked, this, &ProposalComposer::startNew);
    connect(m_save, &QPushButton::clicked, this, &ProposalComposer::save);
    connect(m_copy, &QPushButton::clicked, this, &ProposalComposer::copyTable);
    connect(m_export, &QPushButton::clicked, this, &ProposalComposer::exportCsvDialog);
    setLanguage(context.language());
    retranslate();
}

void ProposalComposer::addOffer(const FundingOffer &offer)
{
    const int row = m_model->addOffer(offer);
    m_lines->setCurrentIndex(m_model->index(row, ProposalTableModel::Quantity));
    m_problem->hide();
}

void ProposalComposer::loadProposal(const Proposal &proposal)
{
    m_proposalId = proposal.id;
    m_unstoredId = 0; // another proposal now: a redo of the forgotten one is not this one
    m_title->setText(proposal.title);
    m_donor->setCurrentIndex(qMax(0, m_donor->findData(proposal.donorId)));
    m_date->setDate(proposal.date.isValid() ? proposal.date : noDate);
    m_status->setCurrentIndex(m_status->findData(int(proposal.status)));
    m_model->setLines(proposal.lines);
    m_problem->hide();
    retranslate();
}

void ProposalComposer::startNew()
{
    Proposal fresh;
    fresh.date = Clock::today();
    loadProposal(fresh);
}

Proposal ProposalComposer::proposal() const
{
    Proposal result;
    result.id = m_proposalId;
    result.title = TextInput::withoutControlCharacters(m_title->text()).trimmed();
    result.donorId = m_donor->currentData().toLongLong();
    result.date = m_date->date() == noDate ? QDate() : m_date->date();
    result.status = ProposalStatus(m_status->currentData().toInt());
    result.lines = m_model->lines();
    return result;
}

void ProposalComposer::setOrganisations(const QList<Organisation> &organisations)
{
    m_organisations = organisations;
    const qint64 chosen = m_donor->currentData().toLongLong();
    const Language language = m_context.language();
    QList<Organisation> sorted = organisations;
    std::sort(
        sorted.begin(), sorted.end(), [language](const Organisation &a, const Organisation &b) {
            return a.name.preferring(language).localeAwareCompare(b.name.preferring(language)) < 0;
        });
    const QSignalBlocker blocker(m_donor);
    m_donor->clear();
    m_donor->addItem(tr("No donor yet", "proposal donor"), qint64(0));
    for (const Organisation &organisation : sorted) {
        QString name = organisation.name.preferring(language);
        if (!organisation.acronym.isEmpty() && organisation.acronym != name)
            name += QStringLiteral(" (%1)").arg(organisation.acronym);
        m_donor->addItem(name, organisation.id);
    }
    m_donor->setCurrentIndex(qMax(0, m_donor->findData(chosen)));
}

void ProposalComposer::keepOnly(const QList<qint64> &storedIds)
{
    if (m_proposalId != 0 && !storedIds.contains(m_proposalId)) {
        m_unstoredId = m_proposalId;
        m_proposalId = 0;
        retranslate();
    } else if (m_proposalId == 0 && m_unstoredId != 0 && storedIds.contains(m_unstoredId)) {
        // Redone: the proposal is stored again under its own id, and a save must change it
        // rather than create a twin.
        m_proposalId = m_unstoredId;
        m_unstoredId = 0;
        retranslate();
    }
}

void ProposalComposer::setLanguage(Language language)
{
    m_model->setLanguage(language);
    const QLocale locale = Formats::locale(language);
    m_date->setLocale(locale);
    m_date->setDisplayFormat(language == Language::Chinese ? QStringLiteral("yyyy年M月d日")
                                                           : QStringLiteral("d MMM yyyy"));
    setOrganisations(m_organisations);
    rebuildQuantityEditors();
    updateTotal();
}

void ProposalComposer::rebuildQuantityEditors()
{
    const QLocale locale = Formats::locale(m_context.language());
    for (int row = 0; row < m_model->lineCount(); ++row) {
        auto *spin = new QSpinBox;
        spin->setObjectName(QStringLiteral("quantitySpinBox"));
        spin->setProperty("line", row);
        spin->setRange(1, largestQuantity);
        spin->setLocale(locale);
        spin->setGroupSeparatorShown(true);
        spin->setAlignment(Qt::AlignRight);
        spin->setValue(m_model->lines().at(row).quantity);
        connect(spin, &QSpinBox::valueChanged, m_model,
                [this, row](int value) { m_model->setQuantity(row, value); });
        m_lines->setIndexWidget(m_model->index(row, ProposalTableModel::Quantity), spin);
    }
    m_lines->resizeColumnsToContents();
    m_lines->horizontalHeader()->setSectionResizeMode(ProposalTableModel::Offer,
                                                      QHeaderView::Stretch);
    m_lines->setColumnWidth(ProposalTableModel::Quantity,
                            qMax(m_lines->columnWidth(ProposalTableModel::Quantity), 110));
}

void ProposalComposer::updateTotal()
{
    const Language language = m_context.language();
    const bool empty = m_model->lineCount() == 0;
    const std::optional<QList<Money>> totals = m_model->totals();
    if (empty)
        m_total->setText(tr("No offers chosen yet: add offers from the catalogue."));
    else if (!totals)
        m_total->setText(tr("The total is too large to compute."));
    else
        m_total->setText(tr("Total: %1").arg(Formats::moneyList(*totals, language)));
    m_removeLine->setEnabled(!empty);
    m_copy->setEnabled(!empty);
    m_export->setEnabled(!empty);
    m_save->setEnabled(!empty && m_context.store());
}

bool ProposalComposer::save()
{
    const Proposal composed = proposal();
    if (const ValidationProblems problems = ProposalRepository::problems(composed);
        !problems.isEmpty()) {
        m_problem->setText(problems.first().message);
        m_problem->show();
        return false;
    }
    m_unstoredId = 0; // saved anew: the undone creation is gone from the redo stack
    if (const QString failure = SaveAttempt::failureOf(
            [&] { m_proposalId = ProposalCommand::save(m_context, composed); });
        !failure.isEmpty()) {
        m_problem->setText(failure);
        m_problem->show();
        return false;
    }
    m_problem->hide();
    retranslate();
    emit proposalSaved(m_proposalId);
    return true;
}

QList<int> ProposalComposer::columns() const
{
    QList<int> result;
    for (int column = 0; column < ProposalTableModel::ColumnCount; ++column)
        result << column;
    return result;
}

QString ProposalComposer::html() const
{
    const Proposal composed = proposal();
    const Language language = m_context.language();
    QStringList facts;
    if (!composed.title.isEmpty())
        facts << QStringLiteral("<b>%1</b>").arg(composed.title.toHtmlEscaped());
    if (composed.donorId != 0)
        facts << tr("Donor: %1").arg(m_donor->currentText()).toHtmlEscaped();
    if (composed.date.isValid())
        facts << tr("Date: %1")
                     .arg(Formats::date(PartialDate::day(composed.date), language))
                     .toHtmlEscaped();
    const QString heading =
        facts.isEmpty() ? QString()
                        : QStringLiteral("<p>%1</p>\n").arg(facts.join(QStringLiteral("<br>")));
    return heading + TableExporter::html(*m_model, columns());
}

void ProposalComposer::copyTable()
{
    if (m_model->lineCount() == 0)
        return;
    QList<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row)
        rows << row;
    auto *mime = new QMimeData;
    mime->setText(TableExporter::tabSeparated(*m_model, rows, columns()));
    mime->setHtml(html());
    QApplication::clipboard()->setMimeData(mime);
}

QString ProposalComposer::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("“%1” could not be written: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    file.write(TableExporter::spreadsheetCsv(*m_model, columns()));
    if (!file.commit())
        return tr("“%1” could not be written: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void ProposalComposer::exportCsvDialog()
{
    const QString path = FileDialogs::saveFile(this, tr("Export Proposal as CSV"),
                                               FileDialogs::inLastFolder(tr("proposal.csv")),
                                               tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString problem = exportCsv(path); !problem.isEmpty())
        m_context.reportError(problem);
    else
        m_context.reportSaved(path);
}

void ProposalComposer::retranslate()
{
    m_heading->setText(m_proposalId == 0
                           ? tr("New proposal")
                           : tr("Saved proposal: changes are kept when you save them"));
    m_titleLabel->setText(tr("&Title:"));
    m_title->setPlaceholderText(tr("What the donor is asked to fund"));
    m_donorLabel->setText(tr("D&onor:"));
    m_dateLabel->setText(tr("&Date:"));
    m_date->setSpecialValueText(tr("No date"));
    m_statusLabel->setText(tr("S&tatus:"));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(
            i, DomainNames::proposalStatus(ProposalStatus(m_status->itemData(i).toInt())));
    if (m_donor->count() > 0)
        m_donor->setItemText(0, tr("No donor yet", "proposal donor"));
    m_removeLine->setText(tr("Remove &Line"));
    m_new->setText(tr("&New Proposal"));
    m_save->setText(m_proposalId == 0 ? tr("&Save Proposal") : tr("&Save Changes"));
    m_copy->setText(tr("&Copy Table"));
    m_copy->setToolTip(
        tr("Copies the lines and totals, for a spreadsheet, a document or an e-mail"));
    m_export->setText(tr("&Export CSV…"));
    updateTotal();
}

void ProposalComposer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace sstc
