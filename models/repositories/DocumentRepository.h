#pragma once

#include "models/domain/Document.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace sstc {

class PortfolioStore;

// Files kept inside the portfolio. Lists carry the metadata only; content() reads one file.
class DocumentRepository
{
public:
    explicit DocumentRepository(PortfolioStore &store)
        : m_store(store)
    {}

    // Stores the content with its size and SHA-256 checksum (computed here, not trusted).
    // A document with an id keeps it (one put back by undo).
    qint64 insert(const Document &document, const QByteArray &content);
    std::optional<Document> find(qint64 id);
    void remove(qint64 id);
    QByteArray content(qint64 id);
    QList<Document> ofProject(qint64 projectId);
    QList<Document> ofAgreement(qint64 agreementId);

private:
    QList<Document> load(const QString &where, const QVariantList &values);

    PortfolioStore &m_store;
};

} // namespace sstc
