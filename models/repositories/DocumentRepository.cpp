#include "models/repositories/DocumentRepository.h"

#include "models/store/PortfolioStore.h"
#include "models/store/SqlValues.h"
#include "models/store/WriteTransaction.h"

#include <QCryptographicHash>

namespace sstc {

using namespace sql;

qint64 DocumentRepository::insert(const Document &document, const QByteArray &content)
{
    const QByteArray checksum =
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    QVariantList values = {nullableId(document.projectId),
                           nullableId(document.agreementId),
                           document.title.en,
                           document.title.zh,
                           codeOf(documentKindCodes, document.kind),
                           document.languageCode,
                           dateValue(document.date),
                           document.fileName,
                           document.mimeType,
                           qlonglong(content.size()),
                           QString::fromLatin1(checksum),
                           content};
    const QString sql = keepingId(
        QStringLiteral("INSERT INTO documents (project_id, agreement_id, title_en, title_zh, kind, "
                       "language, document_date, file_name, mime_type, size, sha256, content) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        document.id, values);
    WriteTransaction transaction(m_store);
    const qint64 id = m_store.insert(sql, values);
    transaction.commit();
    return id;
}

void DocumentRepository::remove(qint64 id)
{
    WriteTransaction transaction(m_store);
    m_store.run(QStringLiteral("DELETE FROM documents WHERE id = ?"), {id});
    transaction.commit();
}

QByteArray DocumentRepository::content(qint64 id)
{
    QSqlQuery query =
        m_store.run(QStringLiteral("SELECT content FROM documents WHERE id = ?"), {id});
    return query.next() ? query.value(0).toByteArray() : QByteArray();
}

std::optional<Document> DocumentRepository::find(qint64 id)
{
    const QList<Document> found = load(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Document>(found.first());
}

QList<Document> DocumentRepository::ofProject(qint64 projectId)
{
    return load(QStringLiteral("WHERE project_id = ?"), {projectId});
}

QList<Document> DocumentRepository::ofAgreement(qint64 agreementId)
{
    return load(QStringLiteral("WHERE agreement_id = ?"), {agreementId});
}

// `where` is one of the fixed clauses above, never user text.
QList<Document> DocumentRepository::load(const QString &where, const QVariantList &values)
{
    QSqlQuery query = m_store.run(
        QStringLiteral("SELECT id, project_id, agreement_id, title_en, title_zh, kind, language, "
                       "document_date, file_name, mime_type, size, sha256 FROM documents ") +
            where + QStringLiteral(" ORDER BY document_date IS NULL, document_date, id"),
        values);
    QList<Document> result;
    while (query.next()) {
        Document document;
        document.id = query.value(0).toLongLong();
        document.projectId = query.value(1).toLongLong();
        document.agreementId = query.value(2).toLongLong();
        document.title = textAt(query, 3);
        document.kind =
            valueOfCode(documentKindCodes, query.value(5).toString()).value_or(DocumentKind::Other);
        document.languageCode = query.value(6).toString();
        document.date = dateAt(query, 7);
        document.fileName = query.value(8).toString();
        document.mimeType = query.value(9).toString();
        document.size = query.value(10).toLongLong();
        document.sha256 = query.value(11).toString().toLatin1();
        result.append(document);
    }
    return result;
}

} // namespace sstc
