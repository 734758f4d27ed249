#pragma once

#include "models/domain/Document.h"

#include <QByteArray>

namespace sstc {

class PortfolioStore;

// Attaching and removing documents, each with its audit rows in the same transaction. The
// rows name the project or agreement the document belongs to, so that its history shows them.
class DocumentChanges
{
public:
    DocumentChanges(PortfolioStore &store, QString userName)
        : m_store(store)
        , m_userName(std::move(userName))
    {}

    qint64 attach(const Document &document, const QByteArray &content); // returns its id
    void remove(qint64 documentId);

private:
    PortfolioStore &m_store;
    QString m_userName;
};

} // namespace sstc
