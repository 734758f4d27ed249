#include "ui/undo/ExchangeRatesCommand.h"

#include "models/audit/AuditLog.h"
#include "models/changes/ExchangeRateChanges.h"
#include "models/repositories/FundingRepository.h"
#include "ui/shell/PortfolioContext.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace sstc {

ExchangeRatesCommand::ExchangeRatesCommand(PortfolioContext &context, QList<ExchangeRate> before,
                                           QList<ExchangeRate> after)
    : StoreCommand(context,
                   QCoreApplication::translate("sstc::ExchangeRatesCommand", "Edit exchange rates"))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void ExchangeRatesCommand::apply(PortfolioContext &context, const QList<ExchangeRate> &before,
                                 const QList<ExchangeRate> &after)
{
    if (!context.store())
        return;
    ExchangeRateChanges(*context.store(), AuditLog::userName()).replace(after);
    // Read back, so that undo and redo put back the ids the new rows were given.
    const QList<ExchangeRate> stored = FundingRepository(*context.store()).rates();
    context.undoStack()->push(new ExchangeRatesCommand(context, before, stored));
    context.notifyDataChanged();
}

void ExchangeRatesCommand::write(bool forward)
{
    ExchangeRateChanges(*context().store(), AuditLog::userName())
        .replace(forward ? m_after : m_before);
}

} // namespace sstc
