#include "ui/undo/LookupListsCommand.h"

#include <QCoreApplication>

namespace sstc {

void LookupListsCommand::apply(PortfolioContext &context, const LookupLists &before,
                               const LookupLists &after)
{
    push<LookupListsCommand>(
        context, before, after,
        QCoreApplication::translate("sstc::LookupListsCommand",
                                    "Edit organisations, countries and themes"));
}

} // namespace sstc
