#include "ui/iati/IatiImportCommand.h"

#include <QCoreApplication>

namespace sstc {

void IatiImportCommand::record(PortfolioContext &context, const IatiImportState &before,
                               const IatiImportState &after)
{
    context.undoStack()->push(new IatiImportCommand(
        context, QCoreApplication::translate("sstc::IatiImportCommand", "Import IATI activities"),
        before, after));
    context.notifyDataChanged();
}

} // namespace sstc
