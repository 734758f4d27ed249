#pragma once

#include "models/changes/IatiImportChanges.h"
#include "ui/undo/ChangeCommand.h"

namespace sstc {

// One undo step for a whole IATI import, which the importer has already written: undo
// removes the projects and organisations it made and puts back the projects it updated as
// they were; redo makes the same again, with the same ids.
class IatiImportCommand : public ChangeCommand<IatiImportChanges>
{
public:
    // Puts the import that took the portfolio from `before` to `after` on the undo stack.
    static void record(PortfolioContext &context, const IatiImportState &before,
                       const IatiImportState &after);

private:
    using ChangeCommand::ChangeCommand;
};

} // namespace sstc
