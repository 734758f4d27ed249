#include "ui/funding/FundingChartPanel.h"

#include "models/domain/Money.h"
#include "models/report/ReportWords.h"
#include "models/text/DomainNames.h"
#include "models/text/Formats.h"
#include "ui/shell/FileDialogs.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace sstc {

namespace {
// Axis labels longer than this are elided; the full text is in the tooltip and the table.
constexpr int maxLabelWidth = 240;
const QSize exportSize(1200, 700);
} // namespace

FundingChartPanel::FundingChartPanel(const QString &name, QWidget *parent)
    : QFrame(parent)
    , m_name(name)
    , m_title(new QLabel(this))
    , m_tableToggle(new QToolButton(this))
    , m_pngButton(new QToolButton(this))
    , m_svgButton(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_chartView(new QChartView(this))
    , m_table(new QTableWidget(this))
    , m_loadingLabel(new QLabel(m_stack))
{
    setObjectName(name);
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(name + QStringLiteral("Title"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_loadingLabel->setObjectName(name + QStringLiteral("Loading"));
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    m_loadingLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: rgba(255, 255, 255, 170); color: #303030; font-size: 16pt; }"));
    // Tooltips and the table's scrolling still reach the figures underneath; a chart's bars
    // are disabled instead.
    m_loadingLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_loadingLabel->hide();
    m_tableToggle->setObjectName(name + QStringLiteral("TableToggle"));
    m_tableToggle->setCheckable(true);
    m_pngButton->setObjectName(name + QStringLiteral("PngButton"));
    m_svgButton->setObjectName(name + QStringLiteral("SvgButton"));
    m_chartView->setObjectName(name + QStringLiteral("View"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    // The view starts with an empty chart of its own; rebuildChart() replaces it. (Setting
    // another one here leaked it: setChart() hands the previous chart back undeleted.)
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_stack->addWidget(m_chartView);
    m_stack->addWidget(m_table);
    m_stack->installEventFilter(this);                 // the veil follows the stack's size
    m_chartView->viewport()->installEventFilter(this); // the hovered bar's tooltip

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_tableToggle);
    header->addWidget(m_pngButton);
    header->addWidget(m_svgButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    connect(m_tableToggle, &QToolButton::toggled, this, &FundingChartPanel::setShowsTable);
    connect(m_pngButton, &QToolButton::clicked, this, [this] { askExport(false); });
    connect(m_svgButton, &QToolButton::clicked, this, [this] { askExport(true); });
    retranslate();
}

void FundingChartPanel::setTitle(const QString &title)
{
    m_title->setText(title);
    m_chartView->chart()->setTitle(QString()); // the label above says it, once
}

void FundingChartPanel::setData(const FundingChartData &data, Language language)
{
    m_data = data;
    m_language = language;
    rebuildChart();
    rebuildTable();
    // Horizontal charts grow with their categories so that labels keep their room.
    const int rows = data.horizontal ? data.chartedCount() : 0;
    const int perRow = data.stacked ? 22 : 10 + 10 * int(data.series.size());
    setMinimumHeight(data.horizontal ? qBound(300, 140 + rows * perRow, 1400) : 340);
}

void FundingChartPanel::setLoading(bool loading)
{
    m_loading = loading;
    m_loadingLabel->setGeometry(m_stack->rect());
    m_loadingLabel->setVisible(loading);
    m_loadingLabel->raise();
    m_chartView->setEnabled(!loading);
}

bool FundingChartPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_stack && event->type() == QEvent::Resize)
        m_loadingLabel->setGeometry(m_stack->rect());
    // The tooltip event that follows a rest of the mouse goes to the chart's scene, which
    // finds no item with a tooltip and hides the one the hover showed: answer it here.
    if (watched == m_chartView->viewport() && event->type() == QEvent::ToolTip &&
        m_hoveredBar.x() >= 0) {
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(),
                           barText(m_hoveredBar.x(), m_hoveredBar.y()), m_chartView);
        event->accept();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

bool FundingChartPanel::showsTable() const
{
    return m_stack->currentWidget() == m_table;
}

void FundingChartPanel::setShowsTable(bool table)
{
    m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_chartView);
    if (m_tableToggle->isChecked() != table)
        m_tableToggle->setChecked(table);
}

QString FundingChartPanel::money(double hundredths) const
{
    return Formats::money(Money{qRound64(hundredths), m_data.currency}, m_language);
}

QString FundingChartPanel::amountText(int series, int category) const
{
    return m_data.isRecorded(series, category) ? money(m_data.value(series, category))
                                               : ReportWords::dash();
}

QString FundingChartPanel::elided(const QString &label) const
{
    return m_chartView->fontMetrics().elidedText(label, Qt::ElideRight, maxLabelWidth);
}

QString FundingChartPanel::barText(int series, int category) const
{
    const FundingChartData::Category &what = m_data.categories.at(category);
    QString text = what.label;
    if (m_data.series.size() > 1 || !m_data.series.at(series).label.isEmpty())
        text += QStringLiteral(" · ") + m_data.series.at(series).label;
    text += QStringLiteral(": ") + amountText(series, category);
    if (!what.note.isEmpty())
        text += QStringLiteral(" (") + what.note + QLatin1Char(')');
    return text;
}

void FundingChartPanel::rebuildChart()
{
    m_hoveredBar = QPoint(-1, -1); // its bars are about to go
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // A stacked chart names its series even when there is one: it says whose money it is.
    chart->legend()->setVisible(m_data.stacked || m_data.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);

    QAbstractBarSeries *bars = nullptr;
    if (m_data.horizontal)
        bars = m_data.stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                              : new QHorizontalBarSeries;
    else
        bars = m_data.stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                              : new QBarSeries;

    // Horizontal charts list their first category at the top, where reading starts.
    const int count = m_data.chartedCount();
    auto categoryAt = [this, count](int index) {
        return m_data.horizontal ? count - 1 - index : index;
    };
    double largest = 0;
    QList<double> stackTotals(count, 0.0);
    // Amounts on the axis in units, thousands or millions, whichever keeps the labels short.
    for (int s = 0; s < m_data.series.size(); ++s)
        for (int c = 0; c < count; ++c) {
            stackTotals[c] += m_data.value(s, c);
            largest = qMax(largest, m_data.stacked ? stackTotals[c] : m_data.value(s, c));
        }
    const double units = largest / 100.0;
    const double scale = units >= 1e7 ? 1e6 : units >= 1e4 ? 1e3 : 1;

    for (int s = 0; s < m_data.series.size(); ++s) {
        auto *set = new QBarSet(m_data.series.at(s).label);
        for (int i = 0; i < count; ++i)
            *set << m_data.value(s, categoryAt(i)) / 100.0 / scale;
        connect(set, &QBarSet::hovered, this, [this, s, categoryAt](bool status, int index) {
            m_hoveredBar = status ? QPoint(s, categoryAt(index)) : QPoint(-1, -1);
            if (status)
                QToolTip::showText(QCursor::pos(), barText(s, categoryAt(index)), m_chartView);
            else
                QToolTip::hideText();
        });
        // Queued: what the click leads to (a new filter) rebuilds this chart, which must not
        // happen inside the clicked bar's own mouse handler.
        connect(
            set, &QBarSet::clicked, this,
            [this, s, categoryAt](int index) {
                emit barClicked(m_data.categories.at(categoryAt(index)).key,
                                m_data.series.at(s).key);
            },
            Qt::QueuedConnection);
        bars->append(set);
    }
    chart->addSeries(bars);

    // Category labels must be unique on the axis: elided twins get an invisible difference.
    QStringList labels;
    for (int i = 0; i < count; ++i) {
        const FundingChartData::Category &category = m_data.categories.at(categoryAt(i));
        QString label = category.axisLabel.isEmpty() ? elided(category.label) : category.axisLabel;
        while (labels.contains(label))
            label += QChar(0x200b);
        labels << label;
    }
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(labels);
    categoryAxis->setTitleText(m_data.categoryTitle);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, largest > 0 ? largest / 100.0 / scale * 1.08 : 1);
    valueAxis->setLabelFormat(largest / 100.0 / scale >= 10 ? QStringLiteral("%.0f")
                                                            : QStringLiteral("%.1f"));
    valueAxis->applyNiceNumbers();
    if (scale == 1e6)
        valueAxis->setTitleText(tr("Millions of %1").arg(DomainNames::currency(m_data.currency)));
    else if (scale == 1e3)
        valueAxis->setTitleText(tr("Thousands of %1").arg(DomainNames::currency(m_data.currency)));
    else
        valueAxis->setTitleText(DomainNames::currency(m_data.currency));
    chart->addAxis(categoryAxis, m_data.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, m_data.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);

    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    old->deleteLater(); // it may be handling an event that led here
}

void FundingChartPanel::rebuildTable()
{
    const bool withTotal = m_data.stacked && m_data.series.size() > 1;
    bool withNote = false;
    for (const auto &category : m_data.categories)
        withNote = withNote || !category.note.isEmpty();
    QStringList headers{QString()};
    for (const auto &series : m_data.series)
        headers << (series.label.isEmpty() ? tr("Amount") : series.label);
    if (withTotal)
        headers << tr("Total");
    if (withNote)
        headers << tr("Delivery rate");
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(m_data.categories.size()));
    for (int c = 0; c < m_data.categories.size(); ++c) {
        auto *label = new QTableWidgetItem(m_data.categories.at(c).label);
        label->setToolTip(m_data.categories.at(c).label);
        m_table->setItem(c, 0, label);
        double total = 0;
        int column = 1;
        for (int s = 0; s < m_data.series.size(); ++s, ++column) {
            total += m_data.value(s, c);
            auto *item = new QTableWidgetItem(amountText(s, c));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(c, column, item);
        }
        if (withTotal) {
            auto *item = new QTableWidgetItem(money(total));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(c, column++, item);
        }
        if (withNote) {
            const QString &note = m_data.categories.at(c).note;
            auto *item = new QTableWidgetItem(note.isEmpty() ? ReportWords::dash() : note);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(c, column, item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < m_table->columnCount(); ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
}

bool FundingChartPanel::exportPng(const QString &path) const
{
    // The chart may be hidden behind its table: give it the size of the export.
    if (!m_chartView->isVisible())
        m_chartView->resize(exportSize);
    QImage image(m_chartView->size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        m_chartView->render(&painter);
    }
    return image.save(path, "PNG");
}

bool FundingChartPanel::exportSvg(const QString &path) const
{
    if (!m_chartView->isVisible())
        m_chartView->resize(exportSize);
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(m_chartView->size());
    generator.setViewBox(QRect(QPoint(0, 0), m_chartView->size()));
    generator.setTitle(m_title->text());
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    m_chartView->render(&painter);
    return painter.end();
}

void FundingChartPanel::askExport(bool svg)
{
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    const QString path =
        FileDialogs::saveFile(this, svg ? tr("Export Chart as SVG") : tr("Export Chart as PNG"),
                              FileDialogs::inLastFolder(m_name + suffix),
                              svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!(svg ? exportSvg(path) : exportPng(path)))
        QMessageBox::warning(this, tr("Export Chart"),
                             tr("The chart could not be written to %1.").arg(path));
    else
        emit exported(path);
}

void FundingChartPanel::retranslate()
{
    m_loadingLabel->setText(tr("Loading…", "new figures of a chart are being computed"));
    m_tableToggle->setText(tr("Table", "show a chart's data as a table"));
    m_tableToggle->setToolTip(tr("Show the chart's figures as a table"));
    m_pngButton->setText(tr("PNG…"));
    m_pngButton->setToolTip(tr("Export the chart as a PNG image"));
    m_svgButton->setText(tr("SVG…"));
    m_svgButton->setToolTip(tr("Export the chart as an SVG drawing"));
}

void FundingChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace sstc
