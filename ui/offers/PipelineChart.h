#pragma once

#include "models/domain/Language.h"
#include "models/domain/Proposal.h"

#include <QWidget>

#include <memory>

class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QLabel;

namespace sstc {

class ProposalPipeline;

// The pipeline of funding offers: a bar chart of the proposals' totals by status, or by year
// stacked by status, in one currency at a time. Hovering a bar shows its exact amount in the
// UI language's format.
class PipelineChart : public QWidget
{
    Q_OBJECT

public:
    enum class Grouping
    {
        ByStatus,
        ByYear
    };

    explicit PipelineChart(QWidget *parent = nullptr);
    ~PipelineChart() override;

    void setProposals(const QList<Proposal> &proposals, Language language);
    void setGrouping(Grouping grouping);
    Grouping grouping() const;
    QString currency() const;
    QChart *chart() const { return m_chart; }
    // What hovering bar `index` of bar set `set` shows; the series' bar sets in order.
    QString hoverText(int set, int index) const;
    QList<QBarSet *> barSets() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void showHover(bool entered, int index, QBarSet *set);

    QComboBox *m_groupingCombo;
    QComboBox *m_currencyCombo;
    QLabel *m_emptyLabel;
    QChart *m_chart;
    QChartView *m_view;
    std::unique_ptr<ProposalPipeline> m_pipeline;
    Language m_language = Language::English;
    QStringList m_categories;
    QList<int> m_years;
};

} // namespace sstc
