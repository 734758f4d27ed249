#pragma once

#include "models/domain/Language.h"
#include "ui/funding/FundingChartData.h"

#include <QFrame>
#include <QPoint>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QTableWidget;
class QToolButton;

namespace sstc {

// One chart of the funding dashboard with its title and tools: show the data as a table,
// export PNG or SVG. Tooltips give each bar's exact amount; a click on a bar is reported
// with the keys of its category and series.
class FundingChartPanel : public QFrame
{
    Q_OBJECT

public:
    // `name` prefixes the objectNames of the panel's widgets ("countryChart" gives
    // "countryChartView", "countryChartTable", "countryChartTableToggle"...).
    explicit FundingChartPanel(const QString &name, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setData(const FundingChartData &data, Language language);
    const FundingChartData &data() const { return m_data; }
    // While new figures are computed: says so, greys the figures shown and ignores clicks on
    // their bars (they may not stand for the current filter any more). Tables and exports
    // keep working on the figures shown.
    void setLoading(bool loading);
    bool isLoading() const { return m_loading; }

    QChartView *chartView() const { return m_chartView; }
    QTableWidget *table() const { return m_table; }
    bool showsTable() const;
    void setShowsTable(bool table);
    // The tooltip text of a bar, as shown on hover.
    QString barText(int series, int category) const;

    // Write the chart to a file; false when it could not be written.
    bool exportPng(const QString &path) const;
    bool exportSvg(const QString &path) const;

signals:
    void barClicked(const QString &categoryKey, const QString &seriesKey);
    void exported(const QString &path); // the chart was written to a file

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void rebuildChart();
    void rebuildTable();
    void askExport(bool svg);
    QString money(double hundredths) const;
    // The amount of a bar, or the report's dash when no line stands behind it.
    QString amountText(int series, int category) const;
    QString elided(const QString &label) const;

    FundingChartData m_data;
    Language m_language = Language::English;
    bool m_loading = false;
    QString m_name;
    QLabel *m_title;
    QToolButton *m_tableToggle;
    QToolButton *m_pngButton;
    QToolButton *m_svgButton;
    QStackedWidget *m_stack;
    QChartView *m_chartView;
    QTableWidget *m_table;
    QLabel *m_loadingLabel;      // over the chart or table, veiling the figures being replaced
    QPoint m_hoveredBar{-1, -1}; // series and category under the mouse; -1 for none
};

} // namespace sstc
