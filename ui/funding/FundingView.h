#pragma once

#include "models/funding/FundingDashboardFigures.h"
#include "models/funding/FundingFigures.h"
#include "ui/funding/FundingChartData.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;

namespace sstc {

class FundingFiguresLoader;
class RefreshWhenShown;
class StoreError;

struct FundingChart;
class FundingChartPanel;
class PortfolioContext;

// The funding dashboard: money by year and donor, by recipient country, by SDG goal and
// by theme, and each project's budget against what it received and spent. Follows the
// context's filter, data and language; amounts are converted to the reporting currency
// chosen here (remembered between runs), and what could not be converted is listed above
// the charts. A click on a bar narrows the portfolio filter to what the bar stands for.
class FundingView : public QWidget
{
    Q_OBJECT
    // True from a request for figures until they are shown (for tests and the benchmark).
    Q_PROPERTY(bool loading READ isLoading)

public:
    explicit FundingView(PortfolioContext &context, QWidget *parent = nullptr);

    QString reportingCurrency() const;
    void setReportingCurrency(const QString &currency);
    FundingMeasure measure() const;
    void setMeasure(FundingMeasure measure);
    FundingChartPanel *panel(FundingBreakdown breakdown) const;
    // The list of amounts that could not be converted; empty when all were.
    QString unconvertedNotice() const;
    // Whether new figures are being computed; the charts show the previous ones, greyed.
    bool isLoading() const;
    // Opens the exchange-rate editor; for the Edit menu.
    QAction *exchangeRatesAction() const { return m_exchangeRatesAction; }
    // The charts as shown, two to a page, for File → Print….
    void print(QPrinter &printer) const;

public slots:
    void reload();
    // What a click on a bar does: narrows the filter (or, for a project, makes it current).
    void narrowTo(sstc::FundingBreakdown breakdown, const QString &categoryKey,
                  const QString &seriesKey);
    void editExchangeRates();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillMeasureCombo();
    void fillCurrencyCombo();
    void reloadNow();
    void setLoading(bool loading);
    void showLoaded(quint64 request, const FundingDashboardFigures &figures);
    void showFailed(quint64 request, const StoreError &error);
    void showFigures();
    FundingChartData chartData(const FundingChart &chart, const FundingFigures &figures) const;
    QString unconvertedText(const QList<UnconvertedAmount> &amounts) const;

    PortfolioContext &m_context;
    QLabel *m_measureLabel;
    QComboBox *m_measureCombo;
    QLabel *m_currencyLabel;
    QComboBox *m_currencyCombo;
    QPushButton *m_ratesButton;
    QLabel *m_notice;
    // Says that the portfolio's filter (a chart click, say) narrows the charts, and clears it.
    QLabel *m_filterLabel;
    QPushButton *m_clearFilterButton;
    QLabel *m_emptyLabel;
    QPushButton *m_emptyRatesButton;     // beside the empty label when rates would fill the charts
    QList<FundingChartPanel *> m_panels; // in FundingBreakdowns order
    QAction *m_exchangeRatesAction;
    RefreshWhenShown *m_refresh;
    FundingFiguresLoader *m_loader;
    FundingDashboardFigures m_shown; // the figures the charts show, for a change of language
    QString m_shownCurrency;
    FundingMeasure m_shownMeasure = FundingMeasure::Budget;
};

} // namespace sstc
