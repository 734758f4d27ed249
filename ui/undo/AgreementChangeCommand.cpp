#include "ui/undo/AgreementChangeCommand.h"

#include "models/audit/AuditLog.h"
#include "models/changes/AgreementChanges.h"
#include "ui/shell/PortfolioContext.h"

#include <QUndoStack>

namespace sstc {

namespace {
// Writes `to` over `from`; returns the id `to` was stored under (0 when removed).
qint64 change(PortfolioStore &store, const std::optional<Agreement> &from,
              const std::optional<Agreement> &to)
{
    AgreementChanges changes(store, AuditLog::userName());
    if (!to) {
        if (from)
            changes.remove(from->id);
        return 0;
    }
    return changes.save(*to);
}
} // namespace

AgreementChangeCommand::AgreementChangeCommand(PortfolioContext &context,
                                               std::optional<Agreement> before,
                                               std::optional<Agreement> after, const QString &text)
    : StoreCommand(context, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

qint64 AgreementChangeCommand::apply(PortfolioContext &context,
                                     const std::optional<Agreement> &before, const Agreement &after,
                                     const QString &text)
{
    if (!context.store())
        return 0;
    Agreement stored = after;
    stored.id = change(*context.store(), before, after);
    context.undoStack()->push(new AgreementChangeCommand(context, before, stored, text));
    context.notifyDataChanged();
    return stored.id;
}

void AgreementChangeCommand::write(bool forward)
{
    change(*context().store(), forward ? m_before : m_after, forward ? m_after : m_before);
}

} // namespace sstc
