// Documents: the metadata and the bytes written are read back, a document belongs to a
// project or an agreement, and removing either removes its documents.
#include "tests/support/RepositoryTest.h"
#include "tests/support/RepositoryTestSupport.h"

#include "models/repositories/AgreementRepository.h"
#include "models/repositories/DocumentRepository.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace sstc;
using namespace testsupport;

class TestDocumentRepository : public RepositoryTest
{
    Q_OBJECT

private slots:
    void documents();
};

void TestDocumentRepository::documents()
{
    const qint64 project = addProject(*m_store, QStringLiteral("Documented"));
    Agreement mou;
    mou.title.en = QStringLiteral("MOU");
    const qint64 agreement = AgreementRepository(*m_store).insert(mou);
    DocumentRepository repository(*m_store);

    // Binary content with NUL bytes and every byte value, over a megabyte.
    QByteArray content;
    for (int i = 0; i < 1100 * 1024; ++i)
        content.append(char((i * 31 + i / 256) % 256));
    content.prepend(QByteArray("%PDF-1.7\0\0\xff", 11));

    Document signedCopy;
    signedCopy.agreementId = agreement;
    signedCopy.title = text("Signed MOU", "已签署的谅解备忘录");
    signedCopy.kind = DocumentKind::SignedAgreement;
    signedCopy.languageCode = QStringLiteral("zh");
    signedCopy.date = PartialDate::fromIso(QStringLiteral("2016-09-06"));
    signedCopy.fileName = QStringLiteral("谅解备忘录 2016.pdf");
    signedCopy.mimeType = QStringLiteral("application/pdf");
    signedCopy.size = 1;         // not trusted
    signedCopy.sha256 = "wrong"; // not trusted
    signedCopy.id = repository.insert(signedCopy, content);

    Document report;
    report.projectId = project;
    report.title = text("Progress report", "");
    report.kind = DocumentKind::Report;
    report.date = PartialDate::fromIso(QStringLiteral("2019"));
    report.fileName = QStringLiteral("report.txt");
    report.id = repository.insert(report, QByteArray("first line\r\nsecond line\n"));

    Document empty;
    empty.projectId = project;
    empty.kind = DocumentKind::Brochure;
    empty.fileName = QStringLiteral("empty.txt");
    empty.id = repository.insert(empty, QByteArray());

    const QList<Document> ofAgreement = repository.ofAgreement(agreement);
    QCOMPARE(ofAgreement.size(), 1);
    const Document &read = ofAgreement.first();
    QCOMPARE(read.id, signedCopy.id);
    QCOMPARE(read.agreementId, agreement);
    QCOMPARE(read.projectId, 0);
    COMPARE_TEXT(read.title, signedCopy.title);
    QCOMPARE(int(read.kind), int(DocumentKind::SignedAgreement));
    QCOMPARE(read.languageCode, QStringLiteral("zh"));
    QCOMPARE(show(read.date), QStringLiteral("2016-09-06"));
    QCOMPARE(read.fileName, signedCopy.fileName);
    QCOMPARE(read.mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(read.size, qint64(content.size()));
    QCOMPARE(read.sha256, QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const QByteArray readContent = repository.content(signedCopy.id);
    QCOMPARE(readContent.size(), content.size());
    QVERIFY(readContent == content);

    // Lists by date, undated last; the content is read on its own.
    const QList<Document> ofProject = repository.ofProject(project);
    QCOMPARE(ofProject.size(), 2);
    QCOMPARE(ofProject.at(0).id, report.id);
    QCOMPARE(int(ofProject.at(0).kind), int(DocumentKind::Report));
    QCOMPARE(ofProject.at(0).languageCode, QString());
    QCOMPARE(repository.content(report.id), QByteArray("first line\r\nsecond line\n"));
    QCOMPARE(ofProject.at(1).id, empty.id);
    QCOMPARE(int(ofProject.at(1).kind), int(DocumentKind::Brochure));
    QCOMPARE(ofProject.at(1).size, 0);
    QCOMPARE(ofProject.at(1).sha256,
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(repository.content(empty.id), QByteArray());
    QCOMPARE(repository.content(424242), QByteArray());

    // A document belongs to a project or an agreement.
    Document nowhere;
    nowhere.fileName = QStringLiteral("lost.pdf");
    QCOMPARE(errorKindOf([&] { repository.insert(nowhere, "x"); }), QStringLiteral("InvalidData"));

    repository.remove(report.id);
    QCOMPARE(repository.ofProject(project).size(), 1);
    QCOMPARE(repository.content(report.id), QByteArray());
    // Removing the agreement removes its documents.
    AgreementRepository(*m_store).remove(agreement);
    QVERIFY(repository.ofAgreement(agreement).isEmpty());
}

QTEST_GUILESS_MAIN(TestDocumentRepository)
#include "tst_documentrepository.moc"
