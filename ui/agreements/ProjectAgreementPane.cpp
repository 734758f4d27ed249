#include "ui/agreements/ProjectAgreementPane.h"

#include "models/text/DomainNames.h"
#include "models/text/Formats.h"
#include "ui/agreements/DocumentsPanel.h"
#include "ui/shell/PortfolioContext.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace sstc {

ProjectAgreementPane::ProjectAgreementPane(PortfolioContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_heading(new QLabel(this))
    , m_agreement(new QLabel(this))
    , m_documentsHeading(new QLabel(this))
    , m_documents(new DocumentsPanel(context, this))
{
    setObjectName(QStringLiteral("projectAgreementPane"));
    m_agreement->setObjectName(QStringLiteral("projectAgreementLink"));
    m_agreement->setWordWrap(true);
    m_agreement->setTextFormat(Qt::RichText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_documentsHeading->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_agreement);
    layout->addSpacing(8);
    layout->addWidget(m_documentsHeading);
    layout->addWidget(m_documents, 1);
    connect(m_agreement, &QLabel::linkActivated, this,
            [this](const QString &link) { emit agreementActivated(link.toLongLong()); });
    connect(&m_context, &PortfolioContext::languageChanged, this, &ProjectAgreementPane::render);
    render();
}

void ProjectAgreementPane::showProject(qint64 projectId, const std::optional<Agreement> &agreement)
{
    m_projectId = projectId;
    m_shown = agreement;
    m_documents->setOwner(0, projectId);
    render();
}

void ProjectAgreementPane::render()
{
    const Language language = m_context.language();
    m_heading->setText(tr("Agreement the project rests on"));
    m_documentsHeading->setText(tr("Documents of the project"));
    if (m_projectId == 0)
        m_agreement->setText(tr("Select a project."));
    else if (!m_shown)
        m_agreement->setText(tr("No agreement recorded."));
    else
        m_agreement->setText(
            QStringLiteral("<a href='%1'>%2</a><br><span style='color:#555'>%3 · %4</span>")
                .arg(m_shown->id)
                .arg(m_shown->title.preferring(language).toHtmlEscaped(),
                     DomainNames::agreementKind(m_shown->kind).toHtmlEscaped(),
                     Formats::date(m_shown->signedOn.isNull() ? m_shown->validFrom
                                                              : m_shown->signedOn,
                                   language)
                         .toHtmlEscaped()));
}

void ProjectAgreementPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace sstc
