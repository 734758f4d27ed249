#include "ui/offers/PipelineChart.h"

#include "models/offers/ProposalPipeline.h"
#include "models/text/DomainNames.h"
#include "models/text/Formats.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace sstc {

namespace {
constexpr ProposalStatus statuses[] = {ProposalStatus::Draft, ProposalStatus::Submitted,
                                       ProposalStatus::Accepted, ProposalStatus::Declined};

QColor statusColor(ProposalStatus status)
{
    switch (status) {
    case ProposalStatus::Draft:
        return QColor(0x9e, 0x9e, 0x9e);
    case ProposalStatus::Submitted:
        return QColor(0x1e, 0x88, 0xe5);
    case ProposalStatus::Accepted:
        return QColor(0x43, 0xa0, 0x47);
    case ProposalStatus::Declined:
        return QColor(0xe5, 0x73, 0x73);
    }
    return Qt::gray;
}
} // namespace

PipelineChart::PipelineChart(QWidget *parent)
    : QWidget(parent)
    , m_groupingCombo(new QComboBox(this))
    , m_currencyCombo(new QComboBox(this))
    , m_emptyLabel(new QLabel(this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_pipeline(std::make_unique<ProposalPipeline>(QList<Proposal>()))
{
    setObjectName(QStringLiteral("pipelineChart"));
    m_groupingCombo->setObjectName(QStringLiteral("pipelineGroupingCombo"));
    m_currencyCombo->setObjectName(QStringLiteral("pipelineCurrencyCombo"));
    m_view->setObjectName(QStringLiteral("pipelineChartView"));
    m_emptyLabel->setObjectName(QStringLiteral("pipelineEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setLocalizeNumbers(true);
    m_groupingCombo->addItem(QString(), int(Grouping::ByStatus));
    m_groupingCombo->addItem(QString(), int(Grouping::ByYear));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_groupingCombo);
    controls->addWidget(m_currencyCombo);
    controls->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyLabel, 1);
    connect(m_groupingCombo, &QComboBox::currentIndexChanged, this, &PipelineChart::rebuild);
    connect(m_currencyCombo, &QComboBox::currentIndexChanged, this, &PipelineChart::rebuild);
    retranslate();
}

PipelineChart::~PipelineChart() = default;

void PipelineChart::setProposals(const QList<Proposal> &proposals, Language language)
{
    m_language = language;
    m_pipeline = std::make_unique<ProposalPipeline>(proposals);
    const QString previous = currency();
    const QSignalBlocker blocker(m_currencyCombo);
    m_currencyCombo->clear();
    m_currencyCombo->addItems(m_pipeline->currencies());
    m_currencyCombo->setCurrentIndex(qMax(0, m_currencyCombo->findText(previous)));
    // One currency needs no choice; several are never added up, so the user picks one.
    m_currencyCombo->setVisible(m_currencyCombo->count() > 1);
    rebuild();
}

void PipelineChart::setGrouping(Grouping grouping)
{
    m_groupingCombo->setCurrentIndex(m_groupingCombo->findData(int(grouping)));
}

PipelineChart::Grouping PipelineChart::grouping() const
{
    return Grouping(m_groupingCombo->currentData().toInt());
}

QString PipelineChart::currency() const
{
    return m_currencyCombo->currentText();
}

void PipelineChart::retranslate()
{
    m_groupingCombo->setItemText(0, tr("By status", "pipeline chart grouping"));
    m_groupingCombo->setItemText(1, tr("By year and status", "pipeline chart grouping"));
    m_currencyCombo->setToolTip(tr("Amounts in different currencies are shown separately."));
    m_emptyLabel->setText(tr("No proposals yet. Save a proposal to see the pipeline of "
                             "funding offers."));
    rebuild();
}

QList<QBarSet *> PipelineChart::barSets() const
{
    const QList<QAbstractSeries *> series = m_chart->series();
    if (series.isEmpty())
        return {};
    return static_cast<QAbstractBarSeries *>(series.first())->barSets();
}

void PipelineChart::rebuild()
{
    m_chart->removeAllSeries();
    // removeAxis() hands the axis back to the caller rather than deleting it.
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_categories.clear();
    m_years.clear();
    const QString currency = this->currency();
    m_chart->setLocale(Formats::locale(m_language));
    m_chart->setTitle(currency.isEmpty()
                          ? QString()
                          : tr("Proposal totals in %1", "chart title; %1 names a currency")
                                .arg(DomainNames::currency(currency)));
    const bool empty = currency.isEmpty();
    m_view->setVisible(!empty);
    m_emptyLabel->setVisible(empty);
    m_groupingCombo->setEnabled(!empty);
    if (empty)
        return;

    QAbstractBarSeries *series = nullptr;
    double largest = 0;
    if (grouping() == Grouping::ByStatus) {
        series = new QBarSeries;
        auto *set = new QBarSet(tr("Total"));
        set->setColor(statusColor(ProposalStatus::Submitted));
        for (ProposalStatus status : statuses) {
            m_categories << DomainNames::proposalStatus(status);
            const double value = m_pipeline->total(currency, status).value();
            *set << value;
            largest = qMax(largest, value);
        }
        series->append(set);
        m_chart->legend()->hide();
    } else {
        series = new QStackedBarSeries;
        m_years = m_pipeline->years(currency);
        for (int year : m_years)
            m_categories << (year == ProposalPipeline::undated ? tr("No date")
                                                               : QString::number(year));
        QList<double> stacked(m_years.size(), 0.0);
        for (ProposalStatus status : statuses) {
            auto *set = new QBarSet(DomainNames::proposalStatus(status));
            set->setColor(statusColor(status));
            for (int i = 0; i < m_years.size(); ++i) {
                const double value = m_pipeline->total(currency, status, m_years.at(i)).value();
                *set << value;
                stacked[i] += value;
            }
            series->append(set);
        }
        for (double value : stacked)
            largest = qMax(largest, value);
        m_chart->legend()->show();
        m_chart->legend()->setAlignment(Qt::AlignBottom);
    }
    m_chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(m_categories);
    m_chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, largest > 0 ? largest * 1.1 : 1);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->applyNiceNumbers();
    m_chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    connect(series, &QAbstractBarSeries::hovered, this, &PipelineChart::showHover);
}

QString PipelineChart::hoverText(int set, int index) const
{
    const QList<QBarSet *> sets = barSets();
    if (set < 0 || set >= sets.size() || index < 0 || index >= m_categories.size())
        return {};
    const QString currency = this->currency();
    // The exact amount, from the pipeline's hundredths rather than the bar's double.
    const Money amount = grouping() == Grouping::ByStatus
                             ? m_pipeline->total(currency, statuses[index])
                             : m_pipeline->total(currency, statuses[set], m_years.at(index));
    if (grouping() == Grouping::ByStatus)
        return tr("%1: %2", "status: amount")
            .arg(m_categories.at(index), Formats::money(amount, m_language));
    return tr("%1, %2: %3", "year, status: amount")
        .arg(m_categories.at(index), sets.at(set)->label(), Formats::money(amount, m_language));
}

void PipelineChart::showHover(bool entered, int index, QBarSet *set)
{
    if (!entered) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), hoverText(int(barSets().indexOf(set)), index), m_view);
}

void PipelineChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace sstc
