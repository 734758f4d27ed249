#include "ui/undo/ExchangeRatesCommand.h"

#include <QCoreApplication>

namespace sstc {

void ExchangeRatesCommand::apply(PortfolioContext &context, const QList<ExchangeRate> &before,
                                 const QList<ExchangeRate> &after)
{
    push<ExchangeRatesCommand>(
        context, before, after,
        QCoreApplication::translate("sstc::ExchangeRatesCommand", "Edit exchange rates"));
}

} // namespace sstc
