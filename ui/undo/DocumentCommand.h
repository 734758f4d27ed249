#pragma once

#include "models/changes/DocumentChanges.h"
#include "ui/undo/ChangeCommand.h"

namespace sstc {

// Attaching or removing a document, undoably. The command keeps the file's bytes, so that
// undoing a removal puts back the very same file under the same id.
class DocumentCommand : public ChangeCommand<DocumentChanges>
{
public:
    // Both throw StoreError, with nothing written or pushed, on failure.
    static qint64 attach(PortfolioContext &context, const Document &document,
                         const QByteArray &content);
    static void remove(PortfolioContext &context, qint64 documentId);

private:
    using ChangeCommand::ChangeCommand;
};

} // namespace sstc
