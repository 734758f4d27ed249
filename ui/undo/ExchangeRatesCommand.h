#pragma once

#include "models/domain/FundingLine.h"
#include "ui/undo/StoreCommand.h"

#include <QList>

namespace sstc {

// An undoable save of the exchange-rate table: undo writes the table back as it was.
class ExchangeRatesCommand : public StoreCommand
{
public:
    // Saves `after` in one transaction and puts the change on the undo stack; throws
    // StoreError, with nothing written or pushed, on failure.
    static void apply(PortfolioContext &context, const QList<ExchangeRate> &before,
                      const QList<ExchangeRate> &after);

private:
    ExchangeRatesCommand(PortfolioContext &context, QList<ExchangeRate> before,
                         QList<ExchangeRate> after);
    void write(bool forward) override;

    QList<ExchangeRate> m_before;
    QList<ExchangeRate> m_after;
};

} // namespace sstc
