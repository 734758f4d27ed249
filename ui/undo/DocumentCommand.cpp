#include "ui/undo/DocumentCommand.h"

#include "models/repositories/DocumentRepository.h"

#include <QCoreApplication>

namespace sstc {

qint64 DocumentCommand::attach(PortfolioContext &context, const Document &document,
                               const QByteArray &content)
{
    const State stored = push<DocumentCommand>(
        context, std::nullopt, AttachedDocument{document, content},
        QCoreApplication::translate("sstc::DocumentCommand", "Attach “%1”").arg(document.fileName));
    return stored ? stored->document.id : 0;
}

void DocumentCommand::remove(PortfolioContext &context, qint64 documentId)
{
    if (!context.store())
        return;
    DocumentRepository repository(*context.store());
    const std::optional<Document> document = repository.find(documentId);
    if (!document)
        return;
    push<DocumentCommand>(context, AttachedDocument{*document, repository.content(documentId)},
                          std::nullopt,
                          QCoreApplication::translate("sstc::DocumentCommand", "Remove “%1”")
                              .arg(document->fileName));
}

} // namespace sstc
