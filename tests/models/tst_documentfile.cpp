// Documents kept in the portfolio: a file attached and read back byte for byte with its
// checksum, damage detected on reading, the size limit and unreadable files refused with a
// message, and a copy written out.
#include "tests/support/StoreTestSupport.h"
#include "tests/support/TestFolders.h"

#include "models/documents/DocumentFile.h"
#include "models/repositories/AgreementRepository.h"
#include "models/repositories/DocumentRepository.h"
#include "models/store/PortfolioOpener.h"

#include <QRandomGenerator>

#include <QtTest>
#include <unistd.h>

#include <memory>

using namespace sstc;
using namespace testsupport;

class TestDocumentFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void attachAndReopenByteForByte();
    void keepsIdWhenPutBack();
    void detectsDamage();
    void refusesFilesOverTheLimit();
    void refusesUnreadableFiles();
    void writesACopy();
    void safeFileNames();

private:
    TestFolders m_folders;
    std::unique_ptr<PortfolioStore> m_store;
    qint64 m_agreementId = 0;
};

void TestDocumentFile::initTestCase()
{
    m_store = PortfolioOpener::open(m_folders.filePath(QStringLiteral("sample.sstc")),
                                    PortfolioOpener::NewFileContent::Sample);
    m_agreementId = AgreementRepository(*m_store).all().first().id;
}

void TestDocumentFile::cleanupTestCase()
{
    m_store.reset();
}

void TestDocumentFile::attachAndReopenByteForByte()
{
    // 3 MB of every byte value, so that nothing is lost to text handling or block edges.
    QByteArray bytes(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    const QString path = m_folders.filePath(QStringLiteral("signed MOU.pdf"));
    QVERIFY(writeFile(path, bytes));

    const DocumentFile::Loaded loaded = DocumentFile::read(path);
    QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
    QCOMPARE(loaded.content, bytes);
    QCOMPARE(loaded.sha256, fileChecksum(path));

    Document document;
    document.agreementId = m_agreementId;
    document.title.en = QStringLiteral("Signed MOU");
    document.kind = DocumentKind::SignedAgreement;
    document.languageCode = QStringLiteral("zh");
    document.date = PartialDate::year(2001);
    document.fileName = QStringLiteral("signed MOU.pdf");
    DocumentRepository repository(*m_store);
    const qint64 id = repository.insert(document, loaded.content);

    const std::optional<Document> stored = repository.find(id);
    QVERIFY(stored);
    QCOMPARE(stored->size, bytes.size());
    QCOMPARE(stored->sha256, loaded.sha256);
    QCOMPARE(stored->languageCode, QStringLiteral("zh"));
    QCOMPARE(stored->date, PartialDate::year(2001));
    const QByteArray back = repository.content(id);
    QCOMPARE(back, bytes);
    QCOMPARE(DocumentFile::verify(*stored, back), QString());
    QCOMPARE(repository.ofAgreement(m_agreementId).size(), 1);
    repository.remove(id);
    QVERIFY(repository.ofAgreement(m_agreementId).isEmpty());
}

void TestDocumentFile::keepsIdWhenPutBack()
{
    DocumentRepository repository(*m_store);
    Document document;
    document.agreementId = m_agreementId;
    document.fileName = QStringLiteral("report.txt");
    document.id = repository.insert(document, QByteArray("first"));
    repository.remove(document.id);
    QCOMPARE(repository.insert(document, QByteArray("first")), document.id);
    QCOMPARE(repository.content(document.id), QByteArray("first"));
    repository.remove(document.id);
}

void TestDocumentFile::detectsDamage()
{
    Document document;
    document.fileName = QStringLiteral("a.pdf");
    document.size = 3;
    document.sha256 = DocumentFile::checksum(QByteArray("abc"));
    QCOMPARE(DocumentFile::verify(document, QByteArray("abc")), QString());
    QVERIFY(DocumentFile::verify(document, QByteArray("abd")).contains(QStringLiteral("damaged")));
    QVERIFY(!DocumentFile::verify(document, QByteArray("ab")).isEmpty());
}

void TestDocumentFile::refusesFilesOverTheLimit()
{
    const QString path = m_folders.filePath(QStringLiteral("big.bin"));
    QVERIFY(writeFile(path, QByteArray(2048, 'x')));
    DocumentFile::Loaded loaded = DocumentFile::read(path, 2047);
    QVERIFY(loaded.content.isEmpty());
    QVERIFY(loaded.error.contains(QStringLiteral("big.bin")));
    QVERIFY(loaded.error.contains(QStringLiteral("can be attached")));
    loaded = DocumentFile::read(path, 2048);
    QCOMPARE(loaded.error, QString());
    QCOMPARE(loaded.content.size(), 2048);

    // The real limit: a sparse file of 50 MB and one byte is refused without reading it.
    const QString huge = m_folders.filePath(QStringLiteral("huge.bin"));
    QFile file(huge);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(DocumentFile::maxSize + 1));
    file.close();
    loaded = DocumentFile::read(huge);
    QVERIFY(!loaded.error.isEmpty());
    QVERIFY(loaded.content.isEmpty());
}

void TestDocumentFile::refusesUnreadableFiles()
{
    DocumentFile::Loaded loaded = DocumentFile::read(m_folders.filePath(QStringLiteral("none")));
    QVERIFY(loaded.error.contains(QStringLiteral("could not be read")));
    loaded = DocumentFile::read(m_folders.path());
    QVERIFY(loaded.error.contains(QStringLiteral("folder")));
    if (geteuid() != 0) { // root reads anything
        const QString locked = m_folders.filePath(QStringLiteral("locked.pdf"));
        QVERIFY(writeFile(locked, "secret"));
        QFile::setPermissions(locked, QFileDevice::WriteOwner);
        loaded = DocumentFile::read(locked);
        QVERIFY(loaded.error.contains(QStringLiteral("could not be read")));
    }
}

void TestDocumentFile::writesACopy()
{
    const QString path = m_folders.filePath(QStringLiteral("copy.pdf"));
    QCOMPARE(DocumentFile::writeCopy(QByteArray("%PDF-1.4\n\x00\xff", 11), path), QString());
    QCOMPARE(fileBytes(path), QByteArray("%PDF-1.4\n\x00\xff", 11));
    const QString problem =
        DocumentFile::writeCopy("x", m_folders.filePath(QStringLiteral("no/such/folder/a.pdf")));
    QVERIFY(problem.contains(QStringLiteral("could not be written")));
}

void TestDocumentFile::safeFileNames()
{
    QCOMPARE(DocumentFile::safeFileName(QStringLiteral("../../etc/passwd")),
             QStringLiteral(".._.._etc_passwd"));
    QCOMPARE(DocumentFile::safeFileName(QStringLiteral("..")), QStringLiteral("document"));
    QCOMPARE(DocumentFile::safeFileName(QStringLiteral("协议.pdf")), QStringLiteral("协议.pdf"));
}

QTEST_GUILESS_MAIN(TestDocumentFile)
#include "tst_documentfile.moc"
