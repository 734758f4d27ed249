#include "ui/funding/ExchangeRatesDialog.h"

#include "models/domain/Clock.h"
#include "models/funding/ExchangeRateCsv.h"
#include "models/repositories/FundingRepository.h"
#include "ui/funding/ExchangeRatesTable.h"
#include "ui/shell/FileDialogs.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/undo/ExchangeRatesCommand.h"
#include "ui/widgets/SaveDialogFooter.h"

#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sstc {

ExchangeRatesDialog::ExchangeRatesDialog(PortfolioContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_rates(new ExchangeRatesTable(this))
    , m_hint(new QLabel(this))
    , m_importButton(new QPushButton(this))
    , m_footer(new SaveDialogFooter(this, QStringLiteral("ratesProblems")))
{
    setObjectName(QStringLiteral("exchangeRatesDialog"));
    m_importButton->setObjectName(QStringLiteral("importRatesButton"));
    m_hint->setWordWrap(true);
    m_rates->addButtonToRow(m_importButton);
    m_rates->setNewRate([this] { return newRate(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_rates, 1);
    layout->addWidget(m_footer);

    connect(m_importButton, &QPushButton::clicked, this, &ExchangeRatesDialog::chooseImportFile);

    if (m_context.store())
        m_before = FundingRepository(*m_context.store()).rates();
    m_rates->setRates(m_before);
    retranslate();
    resize(760, 480);
}

void ExchangeRatesDialog::retranslate()
{
    setWindowTitle(tr("Exchange Rates"));
    m_hint->setText(tr("One unit of the currency is worth the rate in the other currency, from "
                       "its date until the next rate. Amounts dated before a currency's first "
                       "rate are shown as not converted."));
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

QTableWidget *ExchangeRatesDialog::table() const
{
    return m_rates->table();
}

QList<ExchangeRate> ExchangeRatesDialog::rates(QStringList &problems) const
{
    return m_rates->rates(problems);
}

ExchangeRate ExchangeRatesDialog::newRate() const
{
    return {0, QStringLiteral("CNY"), QStringLiteral("USD"), Clock::today(), 0, {}};
}

void ExchangeRatesDialog::addRate()
{
    m_rates->addNew();
}

void ExchangeRatesDialog::removeSelectedRates()
{
    m_rates->removeSelected();
}

bool ExchangeRatesDialog::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_footer->showProblems({tr("%1 could not be read: %2").arg(path, file.errorString())});
        return false;
    }
    const ExchangeRateCsv::Result result = ExchangeRateCsv::parse(file.readAll());
    if (!result.errors.isEmpty()) {
        m_footer->showProblems(QStringList{tr("Nothing was imported from %1:").arg(path)} +
                               result.errors);
        return false;
    }
    m_rates->addOrReplace(result.rates);
    m_footer->showNote(
        tr("%n rate(s) imported from %1. Save to keep them.", "", int(result.rates.size()))
            .arg(path));
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

QString ExchangeRatesDialog::problemText() const
{
    return m_footer->problemText();
}

void ExchangeRatesDialog::accept()
{
    QStringList problems;
    const QList<ExchangeRate> edited = rates(problems);
    if (!problems.isEmpty()) {
        m_footer->showProblems(QStringList{tr("Not saved:")} + problems);
        return;
    }
    if (m_footer->save([&] { ExchangeRatesCommand::apply(m_context, m_before, edited); }))
        QDialog::accept();
}

} // namespace sstc
