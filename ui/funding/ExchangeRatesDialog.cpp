#include "ui/funding/ExchangeRatesDialog.h"

#include "models/domain/Clock.h"
#include "models/funding/ExchangeRateCsv.h"
#include "models/repositories/FundingRepository.h"
#include "ui/funding/ExchangeRatesTable.h"
#include "ui/shell/FileDialogs.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/undo/ExchangeRatesCommand.h"
#include "ui/widgets/SaveDialogFooter.h"

#include <QComboBox>
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
    , m_encodingLabel(new QLabel(this))
    , m_encodingCombo(new QComboBox(this))
    , m_footer(new SaveDialogFooter(this, QStringLiteral("ratesProblems")))
{
    setObjectName(QStringLiteral("exchangeRatesDialog"));
    m_importButton->setObjectName(QStringLiteral("importRatesButton"));
    m_hint->setWordWrap(true);
    m_encodingCombo->setObjectName(QStringLiteral("ratesEncodingCombo"));
    m_encodingLabel->setBuddy(m_encodingCombo);
    for (TextEncoding encoding :
         {TextEncoding::Automatic, TextEncoding::Utf8, TextEncoding::Gb18030, TextEncoding::Utf16})
        m_encodingCombo->addItem(QString(), int(encoding));
    // Inserted in turn after Remove: the label, the encoding and Import read left to right.
    m_rates->addButtonToRow(m_importButton);
    m_rates->addButtonToRow(m_encodingCombo);
    m_rates->addButtonToRow(m_encodingLabel);
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
    m_importButton->setToolTip(tr("A CSV file with the header %1").arg(ExchangeRateCsv::header()));
    m_encodingLabel->setText(tr("&Encoding:"));
    for (int i = 0; i < m_encodingCombo->count(); ++i)
        m_encodingCombo->setItemText(
            i, TextLineReader::displayName(TextEncoding(m_encodingCombo->itemData(i).toInt())));
    m_encodingCombo->setToolTip(
        tr("Automatic reads UTF-8 and UTF-16 files, and GB18030 files saved by Chinese "
           "Excel."));
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
    const auto chosen = TextEncoding(m_encodingCombo->currentData().toInt());
    const ExchangeRateCsv::Result result = ExchangeRateCsv::read(file, chosen);
    if (result.errorCount > 0) {
        m_footer->showProblems(tr("Nothing was imported from %1:").arg(path), result.errors,
                               result.errorCount);
        return false;
    }
    m_rates->addOrReplace(result.rates);
    QString note =
        tr("%n rate(s) imported from %1. Save to keep them.", "", int(result.rates.size()))
            .arg(path);
    // Said only when the program chose: the user sees a guess that was not UTF-8.
    if (chosen == TextEncoding::Automatic && result.encoding != TextEncoding::Utf8)
        note += QLatin1Char(' ') +
                tr("The file was read as %1.").arg(TextLineReader::displayName(result.encoding));
    m_footer->showNote(note);
    return true;
}

void ExchangeRatesDialog::chooseImportFile()
{
    const QString path =
        FileDialogs::openFile(this, tr("Import Exchange Rates"), FileDialogs::lastFolder(),
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
        m_footer->showProblems(tr("Not saved:"), problems, problems.size());
        return;
    }
    if (m_footer->save([&] { ExchangeRatesCommand::apply(m_context, m_before, edited); }))
        QDialog::accept();
}

} // namespace sstc
