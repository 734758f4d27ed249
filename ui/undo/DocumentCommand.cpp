#include "ui/undo/DocumentCommand.h"

#include "models/audit/AuditLog.h"
#include "models/changes/DocumentChanges.h"
#include "models/repositories/DocumentRepository.h"
#include "ui/shell/PortfolioContext.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace sstc {

DocumentCommand::DocumentCommand(PortfolioContext &context, Document document, QByteArray content,
                                 bool attaching, const QString &text)
    : StoreCommand(context, text)
    , m_document(std::move(document))
    , m_content(std::move(content))
    , m_attaching(attaching)
{}

qint64 DocumentCommand::attach(PortfolioContext &context, const Document &document,
                               const QByteArray &content)
{
    if (!context.store())
        return 0;
    Document stored = document;
    stored.id = DocumentChanges(*context.store(), AuditLog::userName()).attach(document, content);
    context.undoStack()->push(new DocumentCommand(
        context, stored, content, true,
        QCoreApplication::translate("sstc::DocumentCommand", "Attach “%1”").arg(stored.fileName)));
    context.notifyDataChanged();
    return stored.id;
}

void DocumentCommand::remove(PortfolioContext &context, qint64 documentId)
{
    if (!context.store())
        return;
    DocumentRepository repository(*context.store());
    const std::optional<Document> document = repository.find(documentId);
    if (!document)
        return;
    const QByteArray content = repository.content(documentId);
    DocumentChanges(*context.store(), AuditLog::userName()).remove(documentId);
    context.undoStack()->push(
        new DocumentCommand(context, *document, content, false,
                            QCoreApplication::translate("sstc::DocumentCommand", "Remove “%1”")
                                .arg(document->fileName)));
    context.notifyDataChanged();
}

void DocumentCommand::write(bool forward)
{
    DocumentChanges changes(*context().store(), AuditLog::userName());
    if (forward == m_attaching)
        changes.attach(m_document, m_content);
    else
        changes.remove(m_document.id);
}

} // namespace sstc
