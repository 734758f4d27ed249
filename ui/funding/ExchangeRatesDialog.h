#pragma once

#include "models/domain/FundingLine.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sstc {

class ExchangeRatesTable;
class PortfolioContext;
class SaveDialogFooter;

// The exchange-rate table: every rate with its currency pair, date and source, added,
// edited and removed in place or imported from CSV (see ExchangeRateCsv for the format).
// Saved whole in one transaction, undoable. A CSV file with a bad line is refused whole,
// with a message naming the first few bad lines and counting the rest. The file's encoding is
// detected (UTF-8, UTF-16, GB18030 from Chinese Excel) or chosen beside the Import button.
class ExchangeRatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExchangeRatesDialog(PortfolioContext &context, QWidget *parent = nullptr);

    QTableWidget *table() const;
    // The rates as edited; problems, naming their rows, when some are not valid.
    QList<ExchangeRate> rates(QStringList &problems) const;
    // Adds the rates of a CSV file (replacing those of the same currencies and day); false,
    // with the reason shown and nothing added, when the file cannot be read or has a bad line.
    // The file is read in the encoding chosen in ratesEncodingCombo.
    bool importFile(const QString &path);
    QString problemText() const;

public slots:
    void accept() override;
    void addRate();
    void removeSelectedRates();
    void chooseImportFile();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    ExchangeRate newRate() const;

    PortfolioContext &m_context;
    QList<ExchangeRate> m_before;
    ExchangeRatesTable *m_rates;
    QLabel *m_hint;
    QPushButton *m_importButton;
    QLabel *m_encodingLabel;
    QComboBox *m_encodingCombo;
    SaveDialogFooter *m_footer;
};

} // namespace sstc
