#pragma once

#include "models/changes/AgreementChanges.h"
#include "ui/undo/ChangeCommand.h"

namespace sstc {

// One undoable change to an agreement with its parties, from one state to another; an empty
// state means "no such agreement", so creation is a change too. Undo writes the old state
// back with the same id, so that amendments and projects pointing at it still do.
class AgreementChangeCommand : public ChangeCommand<AgreementChanges>
{
public:
    // Writes `after` (in one transaction, parties included) and puts the change on the undo
    // stack. Returns the id as stored. Throws StoreError, with nothing written or pushed.
    static qint64 apply(PortfolioContext &context, const std::optional<Agreement> &before,
                        const Agreement &after, const QString &text);

private:
    using ChangeCommand::ChangeCommand;
};

} // namespace sstc
