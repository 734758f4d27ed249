#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sstc {

// What one dashboard chart shows, already in the UI language: categories along one axis,
// one bar set per series, the amounts in hundredths of the reporting currency.
struct FundingChartData
{
    struct Category
    {
        QString key;       // what a click narrows the portfolio to; empty for "unspecified"
        QString label;     // full text: the axis shows it elided, tooltips and the table in full
        QString note;      // shown after the label in tooltips and the table (a delivery rate)
        QString axisLabel; // a short form for the axis ("8" for "SDG 8"), when there is one
    };
    struct Series
    {
        QString key;
        QString label;
    };

    QList<Category> categories;
    QList<Series> series;
    QList<QList<double>> values; // values[series][category]
    // recorded[series][category]: whether any line stands behind the value (a zero without
    // one is "nothing recorded", shown as a dash). Empty: every value is recorded.
    QList<QList<bool>> recorded;
    QString currency;
    QString categoryTitle; // the category axis's title, when its labels need one
    // The chart draws at most this many categories (0: all), the first ones; the table
    // lists every one. Ten thousand projects as bars would be neither readable nor quick.
    int chartLimit = 0;
    bool stacked = false;    // one bar per category, series stacked
    bool horizontal = false; // categories down the side: room for long labels

    bool isEmpty() const { return categories.isEmpty(); }
    int chartedCount() const
    {
        const int all = int(categories.size());
        return chartLimit > 0 ? qMin(all, chartLimit) : all;
    }
    double value(int series, int category) const { return values.at(series).at(category); }
    bool isRecorded(int series, int category) const
    {
        return recorded.isEmpty() || recorded.at(series).at(category);
    }
};

} // namespace sstc
