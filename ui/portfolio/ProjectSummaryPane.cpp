#include "ui/portfolio/ProjectSummaryPane.h"

#include "models/text/DomainNames.h"
#include "models/text/Formats.h"

#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sstc {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    if (valueHtml.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='color:#555;padding-right:12px;white-space:nowrap'>%1"
                          "</td><td>%2</td></tr>")
        .arg(escaped(label), valueHtml);
}

QString period(const PartialDate &start, const PartialDate &end, Language language)
{
    if (start.isNull() && end.isNull())
        return {};
    return escaped(Formats::date(start, language)) + QStringLiteral(" – ") +
           escaped(Formats::date(end, language));
}
} // namespace

ProjectSummaryPane::ProjectSummaryPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_browser(new QTextBrowser(this))
{
    m_placeholder->setObjectName(QStringLiteral("projectSummaryPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_browser->setObjectName(QStringLiteral("projectSummary"));
    m_browser->setOpenLinks(false);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_browser);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    render();
}

void ProjectSummaryPane::showProject(std::optional<ProjectDetails> details)
{
    m_details = std::move(details);
    render();
}

void ProjectSummaryPane::setLanguage(Language language)
{
    m_language = language;
    render();
}

void ProjectSummaryPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void ProjectSummaryPane::render()
{
    m_placeholder->setText(tr("Select a project to see its details."));
    if (!m_details) {
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    m_browser->setHtml(html());
    m_stack->setCurrentWidget(m_browser);
}

QString ProjectSummaryPane::html() const
{
    const ProjectDetails &details = *m_details;
    const Project &project = details.project;
    const Language language = m_language;
    const Language other = otherLanguage(language);
    const QString separator =
        language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", ");

    QString out = QStringLiteral("<h2>%1</h2>").arg(escaped(project.title.preferring(language)));
    if (!project.title.in(other).isEmpty() && !project.title.in(language).isEmpty())
        out += QStringLiteral("<p style='color:#555'>%1</p>").arg(escaped(project.title.in(other)));
    if (project.title.in(language).isEmpty())
        out += QStringLiteral("<p style='color:#a60'><i>%1</i></p>")
                   .arg(escaped(tr("No title in this language yet; shown in the other language.")));

    out += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    out += row(tr("Code"), escaped(project.code));
    out += row(tr("Status"),
               project.status ? escaped(DomainNames::status(*project.status)) : QString());
    out += row(tr("Planned dates"), period(project.plannedStart, project.plannedEnd, language));
    out += row(tr("Actual dates"), period(project.actualStart, project.actualEnd, language));

    QStringList countries;
    for (const RecipientCountry &recipient : project.countries) {
        QString name = details.countries.value(recipient.countryCode).name.preferring(language);
        if (name.isEmpty())
            name = recipient.countryCode;
        if (recipient.percentage)
            name = tr("%1 (%2)", "a country and its share")
                       .arg(name, Formats::percentage(*recipient.percentage, language));
        countries << escaped(name);
    }
    out += row(tr("Countries"), countries.join(separator));

    QStringList organisations;
    for (const ParticipatingOrganisation &participant : project.organisations) {
        const Organisation organisation = details.organisations.value(participant.organisationId);
        organisations << escaped(
            tr("%1 (%2)", "an organisation and its role")
                .arg(organisation.name.preferring(language), DomainNames::role(participant.role)));
    }
    out += row(tr("Organisations"), organisations.join(QStringLiteral("<br>")));
    if (details.agreement)
        out += row(tr("Agreement"), escaped(details.agreement->title.preferring(language)));

    QStringList funding;
    for (const FundingLine &line : details.funding)
        funding << escaped(
            tr("%1: %2", "a kind of funding and its amount")
                .arg(DomainNames::fundingKind(line.kind), Formats::money(line.amount, language)));
    out += row(tr("Funding"), funding.join(QStringLiteral("<br>")));

    QStringList goals;
    for (int goal : project.sdgGoals)
        goals << QString::number(goal);
    out += row(tr("SDGs"), escaped(goals.join(separator)));
    QStringList themes;
    for (const Theme &theme : details.themes)
        themes << escaped(theme.name.preferring(language));
    out += row(tr("Themes"), themes.join(separator));
    out += QStringLiteral("</table>");

    if (!project.description.preferring(language).isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(escaped(project.description.preferring(language)));

    if (!details.events.isEmpty()) {
        out += QStringLiteral("<h3>%1</h3><ul>").arg(escaped(tr("Events")));
        for (const Event &event : details.events) {
            QString line = escaped(event.title.preferring(language));
            QStringList facts;
            if (!event.startOn.isNull())
                facts << (event.endOn.isNull() || event.endOn == event.startOn
                              ? escaped(Formats::date(event.startOn, language))
                              : period(event.startOn, event.endOn, language));
            if (!event.place.preferring(language).isEmpty())
                facts << escaped(event.place.preferring(language));
            if (event.participants.total)
                facts << escaped(
                    tr("%1 participants")
                        .arg(Formats::count(*event.participants.total,
                                            event.participants.totalIsMinimum, language)));
            if (!facts.isEmpty())
                line += QStringLiteral(" <span style='color:#555'>%1</span>")
                            .arg(tr("(%1)", "facts of an event").arg(facts.join(separator)));
            out += QStringLiteral("<li>%1</li>").arg(line);
        }
        out += QStringLiteral("</ul>");
    }

    if (!details.indicators.isEmpty()) {
        out += QStringLiteral("<h3>%1</h3><ul>").arg(escaped(tr("Results")));
        for (const Indicator &indicator : details.indicators) {
            QStringList values;
            for (const IndicatorPeriod &result : indicator.periods) {
                if (result.target)
                    values << tr("target %1").arg(Formats::count(*result.target, false, language));
                if (result.actual)
                    values << tr("actual %1")
                                  .arg(Formats::count(*result.actual, result.actualIsMinimum,
                                                      language));
                if (result.actualWomen)
                    values << tr("of whom %1 women")
                                  .arg(Formats::count(*result.actualWomen, false, language));
            }
            out += QStringLiteral("<li>%1</li>")
                       .arg(escaped(
                           tr("%1: %2", "an indicator and its values")
                               .arg(indicator.title.preferring(language), values.join(separator))));
        }
        out += QStringLiteral("</ul>");
    }
    return out;
}

} // namespace sstc
