#include "ui/funding/FundingView.h"

#include "models/domain/FundingLine.h"
#include "models/funding/DeliveryRate.h"
#include "models/funding/FundingBarNames.h"
#include "models/funding/FundingBreakdowns.h"
#include "models/funding/FundingFiguresLoader.h"
#include "models/funding/ReportingCurrencies.h"
#include "models/store/PortfolioStore.h"
#include "models/store/StoreError.h"
#include "models/text/DomainNames.h"
#include "models/text/Formats.h"
#include "ui/funding/ExchangeRatesDialog.h"
#include "ui/funding/FundingChartPanel.h"
#include "ui/funding/FundingCharts.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/shell/RefreshWhenShown.h"
#include "ui/shell/SettingsKeys.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QPainter>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace sstc {

namespace {

// Bars a horizontal chart draws at most; the rest are in its table.
constexpr int horizontalChartLimit = 20;

// Keys in the order a chart lists them: years and goals by number, the rest by amount,
// largest first; the "unspecified" bucket (empty key) always last.
QStringList orderedKeys(FundingChart::Axis axis, const QMap<QString, double> &totals)
{
    QStringList keys = totals.keys();
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        if (a.isEmpty() != b.isEmpty())
            return b.isEmpty();
        if (axis == FundingChart::Axis::Numbered)
            return a.toInt() < b.toInt();
        if (totals.value(a) != totals.value(b))
            return totals.value(a) > totals.value(b);
        return a < b;
    });
    return keys;
}

} // namespace

FundingView::FundingView(PortfolioContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_measureLabel(new QLabel(this))
    , m_measureCombo(new QComboBox(this))
    , m_currencyLabel(new QLabel(this))
    , m_currencyCombo(new QComboBox(this))
    , m_ratesButton(new QPushButton(this))
    , m_notice(new QLabel(this))
    , m_filterLabel(new QLabel(this))
    , m_clearFilterButton(new QPushButton(this))
    , m_emptyLabel(new QLabel(this))
    , m_emptyRatesButton(new QPushButton(this))
    , m_exchangeRatesAction(new QAction(this))
    , m_refresh(new RefreshWhenShown(this, [this] { reloadNow(); }))
    , m_loader(new FundingFiguresLoader(this))
{
    setObjectName(QStringLiteral("fundingView"));
    m_measureCombo->setObjectName(QStringLiteral("fundingMeasureCombo"));
    m_currencyCombo->setObjectName(QStringLiteral("reportingCurrencyCombo"));
    m_ratesButton->setObjectName(QStringLiteral("exchangeRatesButton"));
    m_notice->setObjectName(QStringLiteral("unconvertedNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; "
                                           "border: 1px solid #e0c060; padding: 4px; }"));
    m_notice->hide();
    m_emptyLabel->setObjectName(QStringLiteral("fundingEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->hide();
    m_emptyRatesButton->setObjectName(QStringLiteral("fundingEmptyRatesButton"));
    m_emptyRatesButton->hide();
    m_exchangeRatesAction->setObjectName(QStringLiteral("exchangeRatesAction"));
    m_loader->setObjectName(QStringLiteral("fundingFiguresLoader"));
    m_measureLabel->setBuddy(m_measureCombo);
    m_currencyLabel->setBuddy(m_currencyCombo);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_measureLabel);
    bar->addWidget(m_measureCombo);
    bar->addSpacing(16);
    bar->addWidget(m_currencyLabel);
    bar->addWidget(m_currencyCombo);
    bar->addSpacing(16);
    bar->addWidget(m_ratesButton);
    bar->addStretch(1);
    m_filterLabel->setObjectName(QStringLiteral("fundingFilterLabel"));
    m_filterLabel->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; color: #0b5394; }"));
    m_clearFilterButton->setObjectName(QStringLiteral("fundingClearFilterButton"));
    bar->addWidget(m_filterLabel);
    bar->addWidget(m_clearFilterButton);
    connect(m_clearFilterButton, &QPushButton::clicked, this, [this] { m_context.setFilter({}); });
    const auto showFilter = [this] {
        const bool filtered = m_context.filter() != ProjectFilter();
        m_filterLabel->setVisible(filtered);
        m_clearFilterButton->setVisible(filtered);
    };
    showFilter();
    connect(&m_context, &PortfolioContext::filterChanged, this, showFilter);

    auto *charts = new QWidget;
    charts->setObjectName(QStringLiteral("fundingCharts"));
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    for (const FundingChart &chart : FundingCharts::all()) {
        auto *panel = new FundingChartPanel(chart.objectName, charts);
        const FundingBreakdown breakdown = chart.breakdown;
        connect(panel, &FundingChartPanel::barClicked, this,
                [this, breakdown](const QString &category, const QString &series) {
                    narrowTo(breakdown, category, series);
                });
        connect(panel, &FundingChartPanel::exported, &m_context, &PortfolioContext::reportSaved);
        m_panels << panel;
        grid->addWidget(panel, chart.row, chart.column, 1, chart.columnSpan);
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("fundingScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(charts);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    auto *empty = new QHBoxLayout;
    empty->addWidget(m_emptyLabel, 1);
    empty->addWidget(m_emptyRatesButton, 0, Qt::AlignTop);
    layout->addLayout(empty);
    layout->addWidget(scroll, 1);

    connect(m_loader, &FundingFiguresLoader::loaded, this, &FundingView::showLoaded);
    connect(m_loader, &FundingFiguresLoader::failed, this, &FundingView::showFailed);

    const QString saved = QSettings()
                              .value(SettingsKeys::reportingCurrency, reportingCurrencies().first())
                              .toString();
    fillMeasureCombo();
    fillCurrencyCombo();
    setReportingCurrency(saved);
    retranslate();

    connect(m_measureCombo, &QComboBox::currentIndexChanged, this, &FundingView::reload);
    connect(m_currencyCombo, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(SettingsKeys::reportingCurrency, reportingCurrency());
        reload();
    });
    connect(m_ratesButton, &QPushButton::clicked, m_exchangeRatesAction, &QAction::trigger);
    connect(m_emptyRatesButton, &QPushButton::clicked, m_exchangeRatesAction, &QAction::trigger);
    connect(m_exchangeRatesAction, &QAction::triggered, this, &FundingView::editExchangeRates);
    connect(&m_context, &PortfolioContext::storeChanged, this, &FundingView::reload);
    connect(&m_context, &PortfolioContext::filterChanged, this, &FundingView::reload);
    connect(&m_context, &PortfolioContext::dataChanged, this, &FundingView::reload);
    // The figures carry their labels in both languages: a new language shows them anew,
    // at once, without computing them again.
    connect(&m_context, &PortfolioContext::languageChanged, this, &FundingView::showFigures);
    reload();
}

FundingChartPanel *FundingView::panel(FundingBreakdown breakdown) const
{
    return m_panels.at(FundingBreakdowns::indexOf(breakdown));
}

QString FundingView::reportingCurrency() const
{
    return m_currencyCombo->currentData().toString();
}

void FundingView::setReportingCurrency(const QString &currency)
{
    const int index = m_currencyCombo->findData(currency);
    m_currencyCombo->setCurrentIndex(index >= 0 ? index : 0);
}

FundingMeasure FundingView::measure() const
{
    return FundingMeasure(m_measureCombo->currentData().toInt());
}

void FundingView::setMeasure(FundingMeasure measure)
{
    m_measureCombo->setCurrentIndex(m_measureCombo->findData(int(measure)));
}

QString FundingView::unconvertedNotice() const
{
    return m_notice->isVisible() || !m_notice->isHidden() ? m_notice->text() : QString();
}

void FundingView::fillMeasureCombo()
{
    const QSignalBlocker blocker(m_measureCombo);
    const int current = m_measureCombo->currentIndex();
    m_measureCombo->clear();
    for (FundingMeasure measure : fundingMeasures) {
        const std::optional<FundingKind> kind = fundingKindOf(measure);
        m_measureCombo->addItem(kind ? DomainNames::fundingKind(*kind)
                                     : tr("Budget", "the revised budget, else the original one"),
                                int(measure));
    }
    m_measureCombo->setCurrentIndex(qMax(current, 0));
}

void FundingView::fillCurrencyCombo()
{
    const QSignalBlocker blocker(m_currencyCombo);
    const int current = m_currencyCombo->currentIndex();
    m_currencyCombo->clear();
    m_currencyCombo->addItem(tr("US dollars (USD)"), reportingCurrencies().at(0));
    m_currencyCombo->addItem(tr("Chinese yuan (CNY)"), reportingCurrencies().at(1));
    m_currencyCombo->setCurrentIndex(qMax(current, 0));
}

void FundingView::retranslate()
{
    m_filterLabel->setText(tr("Filtered: projects the portfolio's filters show"));
    m_clearFilterButton->setText(tr("Clear Filters"));
    m_measureLabel->setText(tr("&Amounts:"));
    m_currencyLabel->setText(tr("&Reporting currency:"));
    m_ratesButton->setText(tr("E&xchange Rates…"));
    m_emptyRatesButton->setText(tr("Enter Exchange Rates…"));
    m_exchangeRatesAction->setText(tr("E&xchange Rates…"));
    m_exchangeRatesAction->setStatusTip(
        tr("Edit the exchange rates that convert amounts to the reporting currency"));
    fillMeasureCombo();
    fillCurrencyCombo();
    showFigures();
}

void FundingView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// Hidden behind another tab, the dashboard waits until it is shown: on a large portfolio
// its five queries are not free.
void FundingView::reload()
{
    m_refresh->request();
}

bool FundingView::isLoading() const
{
    return m_loader->isBusy();
}

// A request overtakes the one still running: the loader answers only the newest.
void FundingView::reloadNow()
{
    PortfolioStore *store = m_context.store();
    if (!store) {
        m_loader->cancel();
        m_shown = {};
        m_shownCurrency = reportingCurrency();
        m_shownMeasure = measure();
        setLoading(false);
        showFigures();
        return;
    }
    setLoading(true);
    m_loader->start(*store, {m_context.filter(), measure(), reportingCurrency()});
}

void FundingView::setLoading(bool loading)
{
    if (loading) {
        m_emptyLabel->hide(); // not known to be empty before the figures come
        m_emptyRatesButton->hide();
    }
    for (FundingChartPanel *chart : std::as_const(m_panels))
        chart->setLoading(loading);
}

void FundingView::showLoaded(quint64 request, const FundingDashboardFigures &figures)
{
    if (request != m_loader->latestRequest())
        return;
    m_shown = figures;
    m_shownCurrency = reportingCurrency(); // the newest request's
    m_shownMeasure = measure();
    setLoading(false);
    showFigures();
}

void FundingView::showFailed(quint64 request, const StoreError &error)
{
    if (request != m_loader->latestRequest())
        return;
    m_shown = {};
    m_shownCurrency = reportingCurrency();
    m_shownMeasure = measure();
    setLoading(false);
    showFigures();
    m_context.reportError(error.message());
}

// Draws the figures held, in the current language.
void FundingView::showFigures()
{
    const Language language = m_context.language();
    const QString currency = m_shownCurrency.isEmpty() ? reportingCurrency() : m_shownCurrency;
    // The year chart splits no line: what it could not convert is the measure's, to the cent.
    const QList<UnconvertedAmount> unconverted =
        m_shown.of(FundingBreakdown::YearByDonor, currency).unconverted;
    const QList<UnconvertedAmount> unconvertedDelivery =
        m_shown.of(FundingBreakdown::DeliveryByProject, currency).unconverted;
    bool empty = true;
    // The measure of the figures shown, which a newer request may have changed already.
    const QString measureName =
        m_measureCombo->itemText(qMax(0, m_measureCombo->findData(int(m_shownMeasure))));
    for (const FundingChart &chart : FundingCharts::all()) {
        const FundingFigures figures = m_shown.of(chart.breakdown, currency);
        const FundingChartData data = chartData(chart, figures);
        empty = empty && data.isEmpty();
        FundingChartPanel *shown = panel(chart.breakdown);
        shown->setData(data, language);
        // A chart per project shows every measure: its title names none.
        QString title = FundingBreakdowns::of(chart.breakdown).perProject
                            ? tr(chart.title)
                            : tr(chart.title).arg(measureName);
        if (figures.projectsLeftOut > 0)
            title =
                tr("%1 (the largest %2 of %3 projects; the table lists the largest %4)")
                    .arg(title, Formats::number(data.chartedCount(), language),
                         Formats::number(double(data.categories.size() + figures.projectsLeftOut),
                                         language),
                         Formats::number(double(data.categories.size()), language));
        else if (data.chartedCount() < data.categories.size())
            title = tr("%1 (the largest %2 of %3; all of them in the table)")
                        .arg(title, Formats::number(data.chartedCount(), language),
                             Formats::number(double(data.categories.size()), language));
        shown->setTitle(title);
    }
    QList<UnconvertedAmount> wantingRate;
    QList<UnconvertedAmount> undated;
    for (const UnconvertedAmount &amount : unconverted)
        (amount.undated ? undated : wantingRate) << amount;
    QStringList notices;
    if (!wantingRate.isEmpty())
        notices << tr("Not converted to %1, for want of an exchange rate on their value date, "
                      "and left out of the charts: %2.")
                       .arg(DomainNames::currency(currency), unconvertedText(wantingRate));
    // No rate converts a line without a date: the user must date it, not look for rates.
    if (!undated.isEmpty())
        notices << tr("Not converted to %1, having no date (neither a value date nor a period), "
                      "and left out of the charts: %2.")
                       .arg(DomainNames::currency(currency), unconvertedText(undated));
    // With budgets shown, the delivery chart usually misses the same amounts: say it once.
    if (!unconvertedDelivery.isEmpty() &&
        unconvertedText(unconvertedDelivery) != unconvertedText(unconverted))
        notices
            << tr("Left out of the delivery chart: %1.").arg(unconvertedText(unconvertedDelivery));
    m_notice->setText(notices.join(QLatin1Char(' ')));
    m_notice->setVisible(!notices.isEmpty());
    // Lines there are, but none could be converted: that is not "no funding lines".
    const bool noneConverted = empty && (!unconverted.isEmpty() || !unconvertedDelivery.isEmpty());
    bool rateWouldHelp = !wantingRate.isEmpty();
    for (const UnconvertedAmount &amount : unconvertedDelivery)
        rateWouldHelp = rateWouldHelp || !amount.undated;
    if (!noneConverted)
        m_emptyLabel->setText(tr("No funding lines of this kind in the projects shown. Add them "
                                 "in the project editor, or choose other amounts or filters."));
    else if (rateWouldHelp)
        m_emptyLabel->setText(
            tr("None of these funding lines could be converted to %1: no exchange rate is in "
               "force on their value dates. Enter the rates, or show the amounts in another "
               "reporting currency.")
                .arg(DomainNames::currency(currency)));
    else
        m_emptyLabel->setText(tr("None of these funding lines could be converted to %1: they "
                                 "have no date. Give them a value date in the project editor.")
                                  .arg(DomainNames::currency(currency)));
    m_emptyLabel->setVisible(empty && !isLoading());
    m_emptyRatesButton->setVisible(empty && !isLoading() && noneConverted && rateWouldHelp);
}

QString FundingView::unconvertedText(const QList<UnconvertedAmount> &amounts) const
{
    QStringList parts;
    for (const UnconvertedAmount &amount : amounts)
        parts << tr("%1 in %n line(s)", "", amount.lines)
                     .arg(Formats::money(Money{qRound64(amount.hundredths), amount.currency},
                                         m_context.language()));
    return QLocale().createSeparatedList(parts);
}

FundingChartData FundingView::chartData(const FundingChart &chart,
                                        const FundingFigures &figures) const
{
    const Language language = m_context.language();
    const bool perProject = FundingBreakdowns::of(chart.breakdown).perProject;
    FundingChartData data;
    data.currency = figures.reportingCurrency;
    data.stacked = chart.stacked;
    if (chart.categoryTitle)
        data.categoryTitle = tr(chart.categoryTitle);
    data.horizontal = chart.axis == FundingChart::Axis::Ranked;
    if (data.horizontal)
        data.chartLimit = horizontalChartLimit;

    QMap<QString, double> totals;    // by category; for delivery, the budget
    QMap<QString, QString> labels;   // category key -> label
    QMap<QString, QString> seriesOf; // series key -> label
    QMap<QPair<QString, QString>, double> amounts;
    for (const FundingBar &bar : figures.bars) {
        const bool counts = !perProject || bar.seriesKey == QLatin1String("budget");
        totals[bar.key] += counts ? bar.hundredths : 0;
        labels[bar.key] = FundingBarNames::category(chart.breakdown, bar, language);
        seriesOf[bar.seriesKey] = data.stacked ? FundingBarNames::donor(bar, language)
                                               : bar.seriesLabel.preferring(language);
        amounts[{bar.key, bar.seriesKey}] += bar.hundredths;
    }
    if (perProject) {
        seriesOf = {};
        data.series = {{QStringLiteral("budget"), tr("Budget")},
                       {QStringLiteral("incoming_funds"), tr("Received", "funds")},
                       {QStringLiteral("expenditure"), tr("Spent")}};
    } else {
        QStringList seriesKeys = seriesOf.keys();
        // Donors by name, the unrecorded one last.
        std::sort(seriesKeys.begin(), seriesKeys.end(), [&](const QString &a, const QString &b) {
            if (a.isEmpty() != b.isEmpty())
                return b.isEmpty();
            return seriesOf.value(a).localeAwareCompare(seriesOf.value(b)) < 0;
        });
        for (const QString &key : seriesKeys)
            data.series.append({key, data.stacked ? seriesOf.value(key) : QString()});
    }
    for (const QString &key : orderedKeys(chart.axis, totals)) {
        QString note;
        if (perProject) {
            const QPair<QString, QString> spent{key, QStringLiteral("expenditure")};
            const std::optional<double> delivered = DeliveryRate::percent(
                amounts.value(spent), amounts.value({key, QStringLiteral("budget")}));
            // No expenditure recorded is not "0 % spent": the note stays empty (a dash in
            // the table), as the donor report prints it.
            if (!delivered)
                note = tr("no budget");
            else if (amounts.contains(spent))
                note = tr("%1 spent").arg(Formats::percentage(*delivered, language));
        }
        // Goal numbers alone on the axis, under its title: "SDG 8" five times over would
        // not fit a narrow chart in Chinese.
        const QString axisLabel = chart.categoryTitle && !key.isEmpty()
                                      ? Formats::number(key.toInt(), language)
                                      : QString();
        data.categories.append({key, labels.value(key), note, axisLabel});
    }
    for (const auto &series : data.series) {
        QList<double> row;
        QList<bool> recorded;
        for (const auto &category : data.categories) {
            row << amounts.value({category.key, series.key});
            recorded << amounts.contains({category.key, series.key});
        }
        data.values << row;
        data.recorded << recorded;
    }
    return data;
}

void FundingView::narrowTo(FundingBreakdown breakdown, const QString &categoryKey,
                           const QString &seriesKey)
{
    const FundingChart &chart = FundingCharts::of(breakdown);
    if (!chart.narrow) {
        m_context.setCurrentProject(categoryKey.toLongLong());
        return;
    }
    ProjectFilter filter = m_context.filter();
    if (!chart.narrow(filter, categoryKey, seriesKey))
        return;
    if (filter != m_context.filter())
        m_context.setFilter(filter);
}

void FundingView::editExchangeRates()
{
    if (!m_context.store())
        return;
    ExchangeRatesDialog dialog(m_context, this);
    dialog.exec();
}

void FundingView::print(QPrinter &printer) const
{
    constexpr int resolution = 96; // the screen's logical dots: the charts keep their proportions
    printer.setResolution(resolution);
    QPainter painter;
    if (!painter.begin(&printer))
        return;
    const QRectF page(QPointF(0, 0), printer.pageLayout().paintRectPixels(resolution).size());
    const double slotHeight = page.height() / 2;
    int placed = 0;
    for (FundingChartPanel *panel : m_panels) {
        if (!panel->isVisible() || panel->width() <= 0 || panel->height() <= 0)
            continue;
        if (placed == 2) {
            printer.newPage();
            placed = 0;
        }
        const QRectF slot(0, placed * slotHeight, page.width(), slotHeight - 12);
        const double scale = qMin(slot.width() / panel->width(), slot.height() / panel->height());
        painter.save();
        painter.translate(slot.topLeft());
        painter.scale(scale, scale);
        panel->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.restore();
        ++placed;
    }
    painter.end();
}

} // namespace sstc
