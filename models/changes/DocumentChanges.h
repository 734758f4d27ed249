#pragma once

#include "models/changes/AuditedChanges.h"
#include "models/domain/Document.h"

#include <QByteArray>

#include <optional>

namespace sstc {

// A document with its file's bytes, as attaching it (or undoing its removal) needs.
struct AttachedDocument
{
    Document document;
    QByteArray content;
};

// Attaching and removing documents. The rows name the project or agreement the document
// belongs to, so that its history shows them. An empty state is "not attached".
class DocumentChanges : public AuditedChanges
{
public:
    using State = std::optional<AttachedDocument>;
    using AuditedChanges::AuditedChanges;

    // A document is never edited in place: `from` is removed and `to` attached (under its id
    // when it has one, so that undo of a removal puts back the very same file).
    State apply(const State &from, const State &to);
};

} // namespace sstc
