#pragma once

#include "models/domain/FundingLine.h"
#include "ui/widgets/RecordTable.h"

#include <functional>

namespace sstc {

// The exchange rates, one a row: the currency, the currency it converts into, the day from
// which it holds, the rate and its source. Several rows may be chosen and removed at once.
class ExchangeRatesTable : public RecordTable
{
    Q_OBJECT

public:
    using NewRate = std::function<ExchangeRate()>;

    explicit ExchangeRatesTable(QWidget *parent = nullptr);

    // What Add puts in the new row.
    void setNewRate(NewRate newRate) { m_newRate = std::move(newRate); }
    void setRates(const QList<ExchangeRate> &rates);
    // The rates as edited; problems, naming their rows, when some are not valid.
    QList<ExchangeRate> rates(QStringList &problems) const;
    // Adds rates; one for a currency pair and day already in the table replaces that row's.
    void addOrReplace(const QList<ExchangeRate> &rates);

protected:
    void changeEvent(QEvent *event) override;
    void addChild() override;
    void removeChild(int row) override { m_ids.removeAt(row); }

private:
    void retranslate();
    void appendRate(const ExchangeRate &rate);
    void setRateAndSource(int row, const ExchangeRate &rate);

    QList<qint64> m_ids;
    NewRate m_newRate;
};

} // namespace sstc
