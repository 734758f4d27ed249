#include "ui/funding/FundingView.h"

#include "models/domain/FundingLine.h"
#include "models/funding/FundingFiguresLoader.h"
#include "models/store/PortfolioStore.h"
#include "models/store/StoreError.h"
#include "models/text/DomainNames.h"
#include "models/text/Formats.h"
#include "ui/funding/ExchangeRatesDialog.h"
#include "ui/funding/FundingChartPanel.h"
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
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace sstc {

namespace {

// Bars a horizontal chart draws at most; the rest are in its table.
constexpr int horizontalChartLimit = 20;

const QStringList reportingCurrencies{QStringLiteral("USD"), QStringLiteral("CNY")};

const FundingBreakdown breakdowns[] = {FundingBreakdown::YearByDonor, FundingBreakdown::Country,
                                       FundingBreakdown::SdgGoal, FundingBreakdown::Theme,
                                       FundingBreakdown::DeliveryByProject};

QString panelName(FundingBreakdown breakdown)
{
    switch (breakdown) {
    case FundingBreakdown::YearByDonor:
        return QStringLiteral("yearDonorChart");
    case FundingBreakdown::Country:
        return QStringLiteral("countryChart");
    case FundingBreakdown::SdgGoal:
        return QStringLiteral("sdgChart");
    case FundingBreakdown::Theme:
        return QStringLiteral("themeChart");
    case FundingBreakdown::DeliveryByProject:
        return QStringLiteral("deliveryChart");
    }
    return {};
}

// Keys in the order a chart lists them: years and goals by number, the rest by amount,
// largest first; the "unspecified" bucket (empty key) always last.
QStringList orderedKeys(FundingBreakdown breakdown, const QMap<QString, double> &totals)
{
    QStringList keys = totals.keys();
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        if (a.isEmpty() != b.isEmpty())
            return b.isEmpty();
        if (breakdown == FundingBreakdown::YearByDonor || breakdown == FundingBreakdown::SdgGoal)
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
    , m_emptyLabel(new QLabel(this))
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

    auto *charts = new QWidget;
    charts->setObjectName(QStringLiteral("fundingCharts"));
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    for (FundingBreakdown breakdown : breakdowns) {
        auto *panel = new FundingChartPanel(panelName(breakdown), charts);
        connect(panel, &FundingChartPanel::barClicked, this,
                [this, breakdown](const QString &category, const QString &series) {
                    narrowTo(breakdown, category, series);
                });
        m_panels << panel;
    }
    // The wide charts span both columns: years with their donors' legend, and the
    // projects with their long titles.
    grid->addWidget(panel(FundingBreakdown::YearByDonor), 0, 0);
    grid->addWidget(panel(FundingBreakdown::SdgGoal), 0, 1);
    grid->addWidget(panel(FundingBreakdown::Country), 1, 0);
    grid->addWidget(panel(FundingBreakdown::Theme), 1, 1);
    grid->addWidget(panel(FundingBreakdown::DeliveryByProject), 2, 0, 1, 2);
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
    layout->addWidget(m_emptyLabel);
    layout->addWidget(scroll, 1);

    connect(m_loader, &FundingFiguresLoader::loaded, this, &FundingView::showLoaded);
    connect(m_loader, &FundingFiguresLoader::failed, this, &FundingView::showFailed);

    const QString saved =
        QSettings().value(SettingsKeys::reportingCurrency, reportingCurrencies.first()).toString();
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
    return m_panels.at(int(breakdown));
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
    m_currencyCombo->addItem(tr("US dollars (USD)"), reportingCurrencies.at(0));
    m_currencyCombo->addItem(tr("Chinese yuan (CNY)"), reportingCurrencies.at(1));
    m_currencyCombo->setCurrentIndex(qMax(current, 0));
}

void FundingView::retranslate()
{
    m_measureLabel->setText(tr("&Amounts:"));
    m_currencyLabel->setText(tr("&Reporting currency:"));
    m_ratesButton->setText(tr("E&xchange Rates…"));
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
    if (loading)
        m_emptyLabel->hide(); // not known to be empty before the figures come
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
    QList<UnconvertedAmount> unconverted;
    QList<UnconvertedAmount> unconvertedDelivery;
    bool empty = true;
    // The measure of the figures shown, which a newer request may have changed already.
    const QString measureName =
        m_measureCombo->itemText(qMax(0, m_measureCombo->findData(int(m_shownMeasure))));
    for (FundingBreakdown breakdown : breakdowns) {
        const FundingFigures figures = m_shown.of(breakdown, currency);
        if (breakdown == FundingBreakdown::YearByDonor)
            unconverted = figures.unconverted;
        if (breakdown == FundingBreakdown::DeliveryByProject)
            unconvertedDelivery = figures.unconverted;
        const FundingChartData data = chartData(breakdown, figures);
        empty = empty && data.isEmpty();
        FundingChartPanel *chart = panel(breakdown);
        chart->setData(data, language);
        QString title;
        switch (breakdown) {
        case FundingBreakdown::YearByDonor:
            title = tr("%1 by year and donor").arg(measureName);
            break;
        case FundingBreakdown::Country:
            title = tr("%1 by recipient country").arg(measureName);
            break;
        case FundingBreakdown::SdgGoal:
            title = tr("%1 by SDG goal").arg(measureName);
            break;
        case FundingBreakdown::Theme:
            title = tr("%1 by theme").arg(measureName);
            break;
        case FundingBreakdown::DeliveryByProject:
            title = tr("Delivery per project: budget, funds received and expenditure");
            break;
        }
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
        chart->setTitle(title);
    }
    QStringList notices;
    if (!unconverted.isEmpty())
        notices << tr("Not converted to %1, for want of an exchange rate on their value date, "
                      "and left out of the charts: %2.")
                       .arg(currency, unconvertedText(unconverted));
    // With budgets shown, the delivery chart usually misses the same amounts: say it once.
    if (!unconvertedDelivery.isEmpty() &&
        unconvertedText(unconvertedDelivery) != unconvertedText(unconverted))
        notices
            << tr("Left out of the delivery chart: %1.").arg(unconvertedText(unconvertedDelivery));
    m_notice->setText(notices.join(QLatin1Char(' ')));
    m_notice->setVisible(!notices.isEmpty());
    m_emptyLabel->setText(tr("No funding lines of this kind in the projects shown. Add them in "
                             "the project editor, or choose other amounts or filters."));
    m_emptyLabel->setVisible(empty && !isLoading());
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

QString FundingView::categoryLabel(FundingBreakdown breakdown, const FundingBar &bar) const
{
    const Language language = m_context.language();
    switch (breakdown) {
    case FundingBreakdown::YearByDonor:
        return bar.key.isEmpty() ? tr("Undated") : bar.key;
    case FundingBreakdown::Country:
        return bar.key.isEmpty() ? tr("No recipient country") : bar.label.preferring(language);
    case FundingBreakdown::SdgGoal:
        return bar.key.isEmpty() ? tr("No SDG goal") : tr("SDG %1").arg(bar.key);
    case FundingBreakdown::Theme:
        return bar.key.isEmpty() ? tr("No theme") : bar.label.preferring(language);
    case FundingBreakdown::DeliveryByProject:
        return bar.label.preferring(language);
    }
    return {};
}

FundingChartData FundingView::chartData(FundingBreakdown breakdown,
                                        const FundingFigures &figures) const
{
    const Language language = m_context.language();
    FundingChartData data;
    data.currency = figures.reportingCurrency;
    data.stacked = breakdown == FundingBreakdown::YearByDonor;
    if (breakdown == FundingBreakdown::SdgGoal)
        data.categoryTitle = tr("Sustainable Development Goal");
    data.horizontal = breakdown == FundingBreakdown::Country ||
                      breakdown == FundingBreakdown::Theme ||
                      breakdown == FundingBreakdown::DeliveryByProject;
    if (data.horizontal)
        data.chartLimit = horizontalChartLimit;

    QMap<QString, double> totals;    // by category; for delivery, the budget
    QMap<QString, QString> labels;   // category key -> label
    QMap<QString, QString> seriesOf; // series key -> label
    QMap<QPair<QString, QString>, double> amounts;
    for (const FundingBar &bar : figures.bars) {
        const bool counts = breakdown != FundingBreakdown::DeliveryByProject ||
                            bar.seriesKey == QLatin1String("budget");
        totals[bar.key] += counts ? bar.hundredths : 0;
        labels[bar.key] = categoryLabel(breakdown, bar);
        seriesOf[bar.seriesKey] = bar.seriesKey.isEmpty() && data.stacked
                                      ? tr("Donor not recorded")
                                      : bar.seriesLabel.preferring(language);
        amounts[{bar.key, bar.seriesKey}] += bar.hundredths;
    }
    if (breakdown == FundingBreakdown::DeliveryByProject) {
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
    for (const QString &key : orderedKeys(breakdown, totals)) {
        QString note;
        if (breakdown == FundingBreakdown::DeliveryByProject) {
            const double budget = amounts.value({key, QStringLiteral("budget")});
            const double spent = amounts.value({key, QStringLiteral("expenditure")});
            note = budget > 0 ? tr("%1 spent")
                                    .arg(Formats::percentage(std::round(spent / budget * 1000) / 10,
                                                             language))
                              : tr("no budget");
        }
        // Goal numbers alone on the axis, under its title: "SDG 8" five times over would
        // not fit a narrow chart in Chinese.
        const QString axisLabel = breakdown == FundingBreakdown::SdgGoal && !key.isEmpty()
                                      ? Formats::number(key.toInt(), language)
                                      : QString();
        data.categories.append({key, labels.value(key), note, axisLabel});
    }
    for (const auto &series : data.series) {
        QList<double> row;
        for (const auto &category : data.categories)
            row << amounts.value({category.key, series.key});
        data.values << row;
    }
    return data;
}

void FundingView::narrowTo(FundingBreakdown breakdown, const QString &categoryKey,
                           const QString &seriesKey)
{
    ProjectFilter filter = m_context.filter();
    switch (breakdown) {
    case FundingBreakdown::YearByDonor:
        if (!seriesKey.isEmpty())
            filter.donorIds = {seriesKey.toLongLong()};
        if (!categoryKey.isEmpty()) {
            const int year = categoryKey.toInt();
            filter.from = QDate(year, 1, 1);
            filter.to = QDate(year, 12, 31);
        }
        break;
    case FundingBreakdown::Country:
        if (categoryKey.isEmpty())
            return;
        filter.countryCodes = {categoryKey};
        break;
    case FundingBreakdown::SdgGoal:
        if (categoryKey.isEmpty())
            return;
        filter.sdgGoals = {categoryKey.toInt()};
        break;
    case FundingBreakdown::Theme:
        if (categoryKey.isEmpty())
            return;
        filter.themeIds = {categoryKey.toLongLong()};
        break;
    case FundingBreakdown::DeliveryByProject:
        m_context.setCurrentProject(categoryKey.toLongLong());
        return;
    }
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

} // namespace sstc
