#include "ui/agreements/AgreementDetailPane.h"

#include "models/audit/AuditLog.h"
#include "models/itemmodels/AgreementHistoryModel.h"
#include "models/itemmodels/AuditTableModel.h"
#include "models/store/StoreError.h"
#include "models/text/DomainNames.h"
#include "models/text/Formats.h"
#include "ui/agreements/DocumentsPanel.h"
#include "ui/shell/AuditTableLayout.h"
#include "ui/shell/PortfolioContext.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace sstc {

namespace {
const QString agreementScheme = QStringLiteral("agreement");

QString row(const QString &label, const QString &valueHtml)
{
    if (valueHtml.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='color:#555;padding-right:12px;white-space:nowrap'>%1"
                          "</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}
} // namespace

AgreementDetailPane::AgreementDetailPane(PortfolioContext &context,
                                         const AgreementHistoryModel &history, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_history(history)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_browser(new QTextBrowser(this))
    , m_projectsLabel(new QLabel(this))
    , m_projects(new QListWidget(this))
    , m_documentsLabel(new QLabel(this))
    , m_documents(new DocumentsPanel(context, this))
    , m_changesLabel(new QLabel(this))
    , m_changes(new AuditTableModel(this))
    , m_changesTable(new QTableView(this))
{
    setObjectName(QStringLiteral("agreementDetailPane"));
    m_placeholder->setObjectName(QStringLiteral("agreementPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_browser->setObjectName(QStringLiteral("agreementDetails"));
    m_browser->setOpenLinks(false);
    m_projects->setObjectName(QStringLiteral("agreementProjectsList"));
    m_projects->setWordWrap(true);
    m_projectsLabel->setObjectName(QStringLiteral("agreementProjectsLabel"));
    m_documentsLabel->setObjectName(QStringLiteral("agreementDocumentsLabel"));
    QFont bold = m_projectsLabel->font();
    bold.setBold(true);
    m_projectsLabel->setFont(bold);
    m_documentsLabel->setFont(bold);
    m_changesLabel->setObjectName(QStringLiteral("agreementChangesLabel"));
    m_changesLabel->setFont(bold);
    m_changesTable->setObjectName(QStringLiteral("agreementChangesTable"));
    m_changesTable->setModel(m_changes);
    // The pane is narrow: the columns share its width, two lines a row at most (rows fitted to
    // their contents grew to four lines and more), so that the new value stays in sight.
    m_changesTable->verticalHeader()->hide();
    AuditTableLayout::apply(m_changesTable);
    m_changesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setLanguage(m_context.language());

    auto *details = new QWidget(this);
    auto *splitter = new QSplitter(Qt::Vertical, details);
    splitter->setObjectName(QStringLiteral("agreementDetailSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_browser);
    // Each part under the summary: its heading over its list.
    const auto addSection = [splitter](QLabel *heading, QWidget *content) {
        auto *section = new QWidget(splitter);
        auto *layout = new QVBoxLayout(section);
        layout->setContentsMargins(0, 4, 0, 0);
        layout->addWidget(heading);
        layout->addWidget(content, 1);
        splitter->addWidget(section);
    };
    addSection(m_projectsLabel, m_projects);
    addSection(m_documentsLabel, m_documents);
    addSection(m_changesLabel, m_changesTable);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 1);
    splitter->setStretchFactor(3, 2);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(splitter);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == agreementScheme)
            emit agreementActivated(url.path().toLongLong());
    });
    connect(m_projects, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        emit projectActivated(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_projects, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit projectActivated(item->data(Qt::UserRole).toLongLong());
    });
    connect(&m_context, &PortfolioContext::languageChanged, this, [this](Language language) {
        m_changes->setLanguage(language);
        AuditTableLayout::fitColumns(m_changesTable);
        render();
    });
    render();
}

void AgreementDetailPane::showAgreement(qint64 id)
{
    m_agreementId = id;
    m_linked.clear();
    if (id != 0 && m_context.store()) {
        try {
            m_linked = AgreementRepository(*m_context.store()).projectsOf(id);
        } catch (const StoreError &error) {
            m_context.reportError(error.message());
        }
    }
    m_documents->setOwner(id, 0);
    loadChanges();
    render();
}

void AgreementDetailPane::loadChanges()
{
    AuditHistory history;
    if (m_agreementId != 0 && m_context.store()) {
        try {
            history = AuditHistory::withNames(
                *m_context.store(), AuditLog(*m_context.store()).ofAgreement(m_agreementId));
        } catch (const StoreError &error) {
            m_context.reportError(error.message());
        }
    }
    m_changes->setEntries(std::move(history.entries), std::move(history.names));
}

QString AgreementDetailPane::linkTo(qint64 id) const
{
    const std::optional<Agreement> target = m_history.agreement(id);
    if (!target)
        return {};
    const PartialDate date = target->signedOn.isNull() ? target->validFrom : target->signedOn;
    // The year as the language writes it, in its own brackets: " (2016)" / "（2016年）".
    const QString year = date.isNull()
                             ? QString()
                             : tr(" (%1)", "the year of a linked agreement")
                                   .arg(Formats::date(PartialDate::year(date.firstDay().year()),
                                                      m_context.language()));
    return QStringLiteral("<a href='%1:%2'>%3</a>%4")
        .arg(agreementScheme)
        .arg(id)
        .arg(target->title.preferring(m_context.language()).toHtmlEscaped(), year);
}

QString AgreementDetailPane::html(const Agreement &agreement) const
{
    const Language language = m_context.language();
    const auto date = [language](const PartialDate &value) {
        return Formats::date(value, language).toHtmlEscaped();
    };
    QString html =
        QStringLiteral("<h3>%1</h3>").arg(agreement.title.preferring(language).toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(tr("Kind:"), DomainNames::agreementKind(agreement.kind).toHtmlEscaped());
    QString status = DomainNames::agreementStatus(m_history.statusOf(agreement.id)).toHtmlEscaped();
    if (m_history.isExpiring(agreement.id))
        status += QStringLiteral(" — <span style='color:#a15c00'><b>%1</b></span>")
                      .arg(tr("expires on %1")
                               .arg(Formats::date(PartialDate::day(agreement.validTo.lastDay()),
                                                  language))
                               .toHtmlEscaped());
    html += row(tr("Status:"), status);
    html += row(tr("Signed:"), date(agreement.signedOn));
    html += row(tr("Place:", "where an agreement was signed"),
                agreement.signedPlace.preferring(language).toHtmlEscaped());
    if (!agreement.validFrom.isNull() || !agreement.validTo.isNull())
        html +=
            row(tr("Valid:"),
                QStringLiteral("%1 – %2").arg(
                    agreement.validFrom.isNull() ? QStringLiteral("…") : date(agreement.validFrom),
                    agreement.validTo.isNull() ? QStringLiteral("…") : date(agreement.validTo)));

    QStringList parties;
    for (const AgreementParty &party : agreement.parties) {
        QString line = m_history.organisationName(party.organisationId).toHtmlEscaped();
        const QString name = party.signatoryName.preferring(language);
        const QString title = party.signatoryTitle.preferring(language);
        if (!name.isEmpty())
            line += QStringLiteral(" — ") + name.toHtmlEscaped();
        if (!title.isEmpty())
            line += QStringLiteral(", <i>%1</i>").arg(title.toHtmlEscaped());
        parties << line;
    }
    html += row(tr("Parties:"), parties.join(QStringLiteral("<br>")));

    // The chain: what this one changes, and what changed it later.
    html += row(tr("Amends:"), linkTo(agreement.amendsId));
    html += row(tr("Replaces:"), linkTo(agreement.supersedesId));
    QStringList amendedBy;
    QStringList replacedBy;
    for (const Agreement &other : m_history.agreements()) {
        if (other.amendsId == agreement.id)
            amendedBy << linkTo(other.id);
        if (other.supersedesId == agreement.id)
            replacedBy << linkTo(other.id);
    }
    html += row(tr("Amended by:"), amendedBy.join(QStringLiteral("<br>")));
    html += row(tr("Replaced by:"), replacedBy.join(QStringLiteral("<br>")));
    html += QStringLiteral("</table>");

    const QString summary = agreement.summary.preferring(language);
    if (!summary.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(summary.toHtmlEscaped());
    return html;
}

void AgreementDetailPane::render()
{
    m_placeholder->setText(tr("Select an agreement to see its parties, validity, projects and "
                              "documents."));
    m_projectsLabel->setText(tr("Projects resting on this agreement"));
    m_documentsLabel->setText(tr("Documents"));
    m_changesLabel->setText(m_changes->rowCount() == 0
                                ? tr("Change history: no change recorded yet")
                                : tr("Change history (newest first)"));
    const std::optional<Agreement> agreement = m_history.agreement(m_agreementId);
    if (!agreement) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_browser->setHtml(html(*agreement));
    m_projects->clear();
    const Language language = m_context.language();
    for (const LinkedProject &project : m_linked) {
        const QString title = project.title.preferring(language);
        auto *item = new QListWidgetItem(
            project.code.isEmpty() ? title : QStringLiteral("%1 — %2").arg(project.code, title),
            m_projects);
        item->setData(Qt::UserRole, qlonglong(project.id));
        item->setToolTip(tr("Click to select this project in the portfolio"));
    }
    if (m_linked.isEmpty()) {
        auto *item =
            new QListWidgetItem(tr("No project in the portfolio rests on it."), m_projects);
        item->setFlags(Qt::NoItemFlags);
        item->setData(Qt::UserRole, qlonglong(0));
    }
}

void AgreementDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace sstc
