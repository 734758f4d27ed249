#include "ui/undo/AgreementChangeCommand.h"

namespace sstc {

qint64 AgreementChangeCommand::apply(PortfolioContext &context,
                                     const std::optional<Agreement> &before, const Agreement &after,
                                     const QString &text)
{
    const std::optional<Agreement> stored =
        push<AgreementChangeCommand>(context, before, after, text);
    return stored ? stored->id : 0;
}

} // namespace sstc
