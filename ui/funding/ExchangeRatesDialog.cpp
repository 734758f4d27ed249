#include "ui/funding/ExchangeRatesDialog.h"

#include "models/domain/Clock.h"
#include "models/funding/ExchangeRateCsv.h"
#include "models/repositories/FundingRepository.h"
#include "models/store/StoreError.h"
#include "ui/shell/FileDialogs.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/undo/ExchangeRatesCommand.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sstc {

namespace {
enum Column
{
    CurrencyColumn,
    ToCurrencyColumn,
    DateColumn,
    RateColumn,
    SourceColumn,
    ColumnCount
};

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QString rateKey(const ExchangeRate &rate)
{
    return rate.currency + QLatin1Char('/') + rate.toCurrency + QLatin1Char('/') +
           rate.date.toString(Qt::ISODate);
}
} // namespace

ExchangeRatesDialog::ExchangeRatesDialog(PortfolioContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_hint(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_addButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_importButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("exchangeRatesDialog"));
    m_table->setObjectName(QStringLiteral("exchangeRatesTable"));
    m_addButton->setObjectName(QStringLiteral("addRateButton"));
    m_removeButton->setObjectName(QStringLiteral("removeRateButton"));
    m_importButton->setObjectName(QStringLiteral("importRatesButton"));
    m_problems->setObjectName(QStringLiteral("ratesProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    m_problems->hide();
    m_hint->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_addButton);
    tools->addWidget(m_removeButton);
    tools->addWidget(m_importButton);
    tools->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(tools);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ExchangeRatesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &ExchangeRatesDialog::addRate);
    connect(m_removeButton, &QPushButton::clicked, this, &ExchangeRatesDialog::removeSelectedRates);
    connect(m_importButton, &QPushButton::clicked, this, &ExchangeRatesDialog::chooseImportFile);

    if (m_context.store())
        m_before = FundingRepository(*m_context.store()).rates();
    setRates(m_before);
    retranslate();
    resize(760, 480);
}

void ExchangeRatesDialog::retranslate()
{
    setWindowTitle(tr("Exchange Rates"));
    m_hint->setText(tr("One unit of the currency is worth the rate in the other currency, from "
                       "its date until the next rate. Amounts dated before a currency's first "
                       "rate are shown as not converted."));
    m_table->setHorizontalHeaderLabels({tr("Currency"), tr("In currency", "converted into"),
                                        tr("Date"), tr("Rate"), tr("Source")});
    m_addButton->setText(tr("&Add Rate"));
    m_removeButton->setText(tr("&Remove Rate"));
    m_importButton->setText(tr("&Import CSV…"));
    m_importButton->setToolTip(
        tr("A UTF-8 file with the header %1").arg(ExchangeRateCsv::header()));
}

void ExchangeRatesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExchangeRatesDialog::setRates(const QList<ExchangeRate> &rates)
{
    m_table->setRowCount(0);
    for (const ExchangeRate &rate : rates)
        appendRow(rate);
}

void ExchangeRatesDialog::appendRow(const ExchangeRate &rate)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *currency = new QTableWidgetItem(rate.currency);
    currency->setData(Qt::UserRole, rate.id);
    m_table->setItem(row, CurrencyColumn, currency);
    m_table->setItem(row, ToCurrencyColumn, new QTableWidgetItem(rate.toCurrency));
    m_table->setItem(row, DateColumn, new QTableWidgetItem(rate.date.toString(Qt::ISODate)));
    // Written as the C locale does, so that what the officer edits parses the same everywhere.
    m_table->setItem(
        row, RateColumn,
        new QTableWidgetItem(rate.rate > 0 ? QString::number(rate.rate, 'g', 12) : QString()));
    m_table->setItem(row, SourceColumn, new QTableWidgetItem(rate.source));
}

void ExchangeRatesDialog::addRate()
{
    appendRow({0, QStringLiteral("CNY"), QStringLiteral("USD"), Clock::today(), 0, {}});
    m_table->setCurrentCell(m_table->rowCount() - 1, RateColumn);
    m_table->editItem(m_table->currentItem());
}

void ExchangeRatesDialog::removeSelectedRates()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_table->removeRow(row);
}

QList<ExchangeRate> ExchangeRatesDialog::rates(QStringList &problems) const
{
    QList<ExchangeRate> result;
    QSet<QString> seen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ExchangeRate rate;
        rate.id = m_table->item(row, CurrencyColumn)
                      ? m_table->item(row, CurrencyColumn)->data(Qt::UserRole).toLongLong()
                      : 0;
        rate.currency = cell(m_table, row, CurrencyColumn).toUpper();
        rate.toCurrency = cell(m_table, row, ToCurrencyColumn).toUpper();
        rate.date = QDate::fromString(cell(m_table, row, DateColumn), Qt::ISODate);
        // A dot always works; the UI locale's decimal sign too.
        bool isNumber = false;
        const QString rateText = cell(m_table, row, RateColumn);
        rate.rate = rateText.toDouble(&isNumber);
        if (!isNumber)
            rate.rate = QLocale().toDouble(rateText, &isNumber);
        if (!isNumber)
            rate.rate = 0;
        rate.source = cell(m_table, row, SourceColumn);
        if (const QString why = ExchangeRateCsv::problem(rate); !why.isEmpty()) {
            problems << tr("Row %1: %2").arg(row + 1).arg(why);
            continue;
        }
        if (seen.contains(rateKey(rate))) {
            problems << tr("Row %1: a second %2 → %3 rate for %4.")
                            .arg(row + 1)
                            .arg(rate.currency, rate.toCurrency, rate.date.toString(Qt::ISODate));
            continue;
        }
        seen.insert(rateKey(rate));
        result << rate;
    }
    return result;
}

bool ExchangeRatesDialog::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblems(tr("%1 could not be read: %2").arg(path, file.errorString()));
        return false;
    }
    const ExchangeRateCsv::Result result = ExchangeRateCsv::parse(file.readAll());
    if (!result.errors.isEmpty()) {
        showProblems(tr("Nothing was imported from %1:").arg(path) + QLatin1Char('\n') +
                     result.errors.join(QLatin1Char('\n')));
        return false;
    }
    // A rate for a currency pair and day already in the table is replaced, not doubled.
    QHash<QString, int> rowOf;
    for (int row = 0; row < m_table->rowCount(); ++row)
        rowOf.insert(cell(m_table, row, CurrencyColumn) + QLatin1Char('/') +
                         cell(m_table, row, ToCurrencyColumn) + QLatin1Char('/') +
                         cell(m_table, row, DateColumn),
                     row);
    for (const ExchangeRate &rate : result.rates) {
        const int row = rowOf.value(rateKey(rate), -1);
        if (row < 0) {
            appendRow(rate);
            continue;
        }
        m_table->item(row, RateColumn)->setText(QString::number(rate.rate, 'g', 12));
        m_table->item(row, SourceColumn)->setText(rate.source);
    }
    showProblems(tr("%n rate(s) imported from %1. Save to keep them.", "", int(result.rates.size()))
                     .arg(path));
    m_problems->setStyleSheet(QString());
    return true;
}

void ExchangeRatesDialog::chooseImportFile()
{
    const QString path =
        FileDialogs::openFile(this, tr("Import Exchange Rates"),
                              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                              tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void ExchangeRatesDialog::showProblems(const QString &text)
{
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    m_problems->setText(text);
    m_problems->setVisible(!text.isEmpty());
}

QString ExchangeRatesDialog::problemText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

void ExchangeRatesDialog::accept()
{
    QStringList problems;
    const QList<ExchangeRate> edited = rates(problems);
    if (!problems.isEmpty()) {
        showProblems(tr("Not saved:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
        return;
    }
    try {
        ExchangeRatesCommand::apply(m_context, m_before, edited);
    } catch (const StoreError &error) {
        showProblems(tr("Not saved: %1").arg(error.message()));
        return;
    }
    QDialog::accept();
}

} // namespace sstc
