#include "models/changes/DocumentChanges.h"

#include "models/audit/AuditLog.h"
#include "models/audit/AuditRows.h"
#include "models/repositories/DocumentRepository.h"
#include "models/store/WriteTransaction.h"

namespace sstc {

qint64 DocumentChanges::attach(const Document &document, const QByteArray &content)
{
    WriteTransaction transaction(m_store);
    DocumentRepository repository(m_store);
    const qint64 id = repository.insert(document, content);
    // Read back: the size and checksum recorded are those computed on the way in.
    const std::optional<Document> stored = repository.find(id);
    AuditLog(m_store).record({}, {AuditRows::of(*stored)}, m_userName);
    transaction.commit();
    return id;
}

void DocumentChanges::remove(qint64 documentId)
{
    WriteTransaction transaction(m_store);
    DocumentRepository repository(m_store);
    const std::optional<Document> before = repository.find(documentId);
    repository.remove(documentId);
    if (before)
        AuditLog(m_store).record({AuditRows::of(*before)}, {}, m_userName);
    transaction.commit();
}

} // namespace sstc
