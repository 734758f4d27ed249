#pragma once

#include "models/domain/Document.h"
#include "ui/undo/StoreCommand.h"

#include <QByteArray>

namespace sstc {

// Attaching or removing a document, undoably. The command keeps the file's bytes, so that
// undoing a removal puts back the very same file under the same id.
class DocumentCommand : public StoreCommand
{
public:
    // Both throw StoreError, with nothing written or pushed, on failure.
    static qint64 attach(PortfolioContext &context, const Document &document,
                         const QByteArray &content);
    static void remove(PortfolioContext &context, qint64 documentId);

private:
    DocumentCommand(PortfolioContext &context, Document document, QByteArray content,
                    bool attaching, const QString &text);
    void write(bool forward) override;

    Document m_document;
    QByteArray m_content;
    bool m_attaching;
};

} // namespace sstc
