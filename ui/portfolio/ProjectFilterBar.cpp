#include "ui/portfolio/ProjectFilterBar.h"

#include "models/query/FilterChoices.h"
#include "models/text/DomainNames.h"
#include "models/text/Formats.h"
#include "ui/portfolio/ChoiceFilterButton.h"
#include "ui/widgets/PartialDateEdit.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace sstc {

namespace {

PartialDateEdit *periodEdit(const char *objectName, bool end, QWidget *parent)
{
    auto *edit = new PartialDateEdit(QLatin1String(objectName), parent);
    edit->setEndOfPeriod(end);
    edit->setClearButtonEnabled(true); // back to "any"
    // Room for "30 Sep 2019" / "2019年9月30日" beside the calendar and clear buttons.
    const QFontMetrics metrics(edit->font());
    edit->setFixedWidth(std::max(metrics.horizontalAdvance(QStringLiteral("30 Sep 2019")),
                                 metrics.horizontalAdvance(QStringLiteral("2019年12月30日"))) +
                        2 * metrics.height() + 24);
    return edit;
}

// A field the filter cannot read stands out, with the reason as its tooltip.
void markUnreadable(PartialDateEdit *edit, const QString &readToolTip)
{
    const QString problem = edit->problem();
    edit->setToolTip(problem.isEmpty() ? readToolTip : problem);
    QPalette palette; // nothing set: the field inherits its colours
    if (!problem.isEmpty())
        palette.setColor(QPalette::Base, QColor(255, 218, 218));
    edit->setPalette(palette);
}

template<typename T>
QVariantList variants(const QList<T> &values)
{
    QVariantList result;
    for (const T &value : values)
        result << QVariant::fromValue(value);
    return result;
}

QList<qint64> ids(const QVariantList &values)
{
    QList<qint64> result;
    for (const QVariant &value : values)
        result << value.toLongLong();
    return result;
}

} // namespace

ProjectFilterBar::ProjectFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_status(addChoiceButton("statusFilterButton"))
    , m_country(addChoiceButton("countryFilterButton"))
    , m_donor(addChoiceButton("donorFilterButton"))
    , m_implementer(addChoiceButton("implementerFilterButton"))
    , m_agreement(addChoiceButton("agreementFilterButton"))
    , m_sdg(addChoiceButton("sdgFilterButton"))
    , m_theme(addChoiceButton("themeFilterButton"))
    , m_periodLabel(new QLabel(this))
    , m_from(periodEdit("periodFromEdit", false, this))
    , m_to(periodEdit("periodToEdit", true, this))
    , m_clear(new QToolButton(this))
{
    setObjectName(QStringLiteral("projectFilterBar"));
    m_search->setObjectName(QStringLiteral("projectSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(200);
    m_search->setMinimumWidth(160);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_periodLabel->setBuddy(m_from);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    for (QWidget *button :
         {m_status, m_country, m_donor, m_implementer, m_agreement, m_sdg, m_theme})
        layout->addWidget(button);
    layout->addWidget(m_periodLabel);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addWidget(m_clear);

    connect(m_search, &QLineEdit::textChanged, this, &ProjectFilterBar::emitFilter);
    // A period applies when the user is done with its field (typing "2019-06-15" passes
    // through "2019", a date too), or has emptied it with the clear button.
    for (PartialDateEdit *edit : {m_from, m_to}) {
        connect(edit, &PartialDateEdit::dateEntered, this, &ProjectFilterBar::emitFilter);
        connect(edit, &QLineEdit::textChanged, this, [this](const QString &text) {
            if (text.isEmpty())
                emitFilter();
        });
    }
    connect(m_clear, &QToolButton::clicked, this, [this] {
        setFilter({});
        emitFilter();
    });

    setChoices(nullptr, Language::English);
    retranslate();
}

ChoiceFilterButton *ProjectFilterBar::addChoiceButton(const char *objectName)
{
    auto *button = new ChoiceFilterButton(this);
    button->setObjectName(QLatin1String(objectName));
    connect(button, &ChoiceFilterButton::selectionChanged, this, &ProjectFilterBar::emitFilter);
    return button;
}

void ProjectFilterBar::setChoices(PortfolioStore *store, Language language)
{
    // Statuses are named by the translation, not by the data.
    QList<FilterChoice> statuses;
    for (const auto &entry : projectStatusCodes) {
        const QString name = DomainNames::status(entry.value);
        statuses.append(FilterChoice{int(entry.value), {name, name}});
    }
    m_status->setChoices(statuses, language);
    if (!store) {
        for (ChoiceFilterButton *button :
             {m_country, m_donor, m_implementer, m_agreement, m_sdg, m_theme})
            button->setChoices({}, language);
        return;
    }
    // Read when a menu opens, not now: on a large portfolio they take longer than the open.
    m_sdg->setChoiceSource(
        [store] {
            QList<FilterChoice> goals;
            for (int goal : FilterChoices(*store).sdgGoals()) {
                const QString name = tr("SDG %1").arg(goal);
                goals.append(FilterChoice{goal, {name, name}});
            }
            return goals;
        },
        language);
    m_country->setChoiceSource([store] { return FilterChoices(*store).countries(); }, language);
    m_donor->setChoiceSource([store] { return FilterChoices(*store).donors(); }, language);
    m_implementer->setChoiceSource([store] { return FilterChoices(*store).implementers(); },
                                   language);
    m_agreement->setChoiceSource([store] { return FilterChoices(*store).agreements(); }, language);
    m_theme->setChoiceSource([store] { return FilterChoices(*store).themes(); }, language);
}

void ProjectFilterBar::setFilter(const ProjectFilter &filter)
{
    m_updating = true;
    m_search->setText(filter.text);
    QVariantList statuses;
    for (ProjectStatus status : filter.statuses)
        statuses << int(status);
    m_status->setSelectedValues(statuses);
    m_country->setSelectedValues(variants(filter.countryCodes));
    m_donor->setSelectedValues(variants(filter.donorIds));
    m_implementer->setSelectedValues(variants(filter.implementerIds));
    m_agreement->setSelectedValues(variants(filter.agreementIds));
    m_sdg->setSelectedValues(variants(filter.sdgGoals));
    m_theme->setSelectedValues(variants(filter.themeIds));
    m_from->setDate(filter.from.isValid() ? PartialDate::day(filter.from) : PartialDate());
    m_to->setDate(filter.to.isValid() ? PartialDate::day(filter.to) : PartialDate());
    showPeriod();
    m_updating = false;
}

ProjectFilter ProjectFilterBar::filter() const
{
    ProjectFilter filter;
    filter.text = m_search->text();
    for (const QVariant &value : m_status->selectedValues())
        filter.statuses << ProjectStatus(value.toInt());
    for (const QVariant &value : m_country->selectedValues())
        filter.countryCodes << value.toString();
    filter.donorIds = ids(m_donor->selectedValues());
    filter.implementerIds = ids(m_implementer->selectedValues());
    filter.agreementIds = ids(m_agreement->selectedValues());
    for (const QVariant &value : m_sdg->selectedValues())
        filter.sdgGoals << value.toInt();
    filter.themeIds = ids(m_theme->selectedValues());
    filter.from = m_from->day();
    filter.to = m_to->day();
    return filter;
}

void ProjectFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ProjectFilterBar::emitFilter()
{
    showPeriod();
    if (!m_updating)
        emit filterChanged(filter());
}

void ProjectFilterBar::showPeriod()
{
    const Language language = PartialDateEdit::interfaceLanguage();
    const QDate from = m_from->day();
    const QDate to = m_to->day();
    markUnreadable(m_from, from.isValid()
                               ? tr("Projects running on or after %1")
                                     .arg(Formats::date(PartialDate::day(from), language))
                               : tr("Projects running on or after this date"));
    markUnreadable(m_to, to.isValid() ? tr("Projects running on or before %1")
                                            .arg(Formats::date(PartialDate::day(to), language))
                                      : tr("Projects running on or before this date"));
}

void ProjectFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProjectFilterBar::retranslate()
{
    m_search->setPlaceholderText(
        tr("Search codes, titles and descriptions, in English or Chinese"));
    m_status->setTitle(tr("Status"));
    m_country->setTitle(tr("Country"));
    m_donor->setTitle(tr("Donor"));
    m_implementer->setTitle(tr("Implementer"));
    m_agreement->setTitle(tr("Agreement"));
    m_sdg->setTitle(tr("SDG"));
    m_theme->setTitle(tr("Theme"));
    m_periodLabel->setText(tr("&Period:"));
    m_from->setPlaceholderText(tr("any", "period start"));
    m_to->setPlaceholderText(tr("any", "period end"));
    showPeriod();
    m_clear->setText(tr("Clear Filters"));
    m_clear->setToolTip(tr("Show every project (Ctrl+Shift+L)"));
}

} // namespace sstc
