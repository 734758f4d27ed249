#include "models/changes/DocumentChanges.h"

#include "models/audit/AuditRows.h"
#include "models/repositories/DocumentRepository.h"
#include "models/store/WriteTransaction.h"

namespace sstc {

DocumentChanges::State DocumentChanges::apply(const State &from, const State &to)
{
    WriteTransaction transaction(m_store);
    DocumentRepository repository(m_store);
    QList<AuditedRow> before;
    if (from) {
        if (const std::optional<Document> stored = repository.find(from->document.id)) {
            before << AuditRows::of(*stored);
            repository.remove(stored->id);
        }
    }
    State after;
    QList<AuditedRow> afterRows;
    if (to) {
        // Read back: the size and checksum recorded are those computed on the way in.
        const Document stored = *repository.find(repository.insert(to->document, to->content));
        after = AttachedDocument{stored, to->content};
        afterRows << AuditRows::of(stored);
    }
    AuditLog(m_store).record(before, afterRows, m_actor);
    transaction.commit();
    return after;
}

} // namespace sstc
