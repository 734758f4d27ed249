// Documents kept in the portfolio: a file attached and read back byte for byte with its
// checksum, damage detected on reading, the size limit and unreadable files refused with a
// message, anything but a regular file (a pipe, a socket, a device, a folder) refused without
// being opened for reading, and a copy written out.
#include "tests/support/StoreTestSupport.h"
#include "tests/support/TestFolders.h"

#include "models/documents/DocumentFile.h"
#include "models/repositories/AgreementRepository.h"
#include "models/repositories/DocumentRepository.h"
#include "models/store/PortfolioOpener.h"

#include <QRandomGenerator>

#include <QtTest>
#include <fcntl.h>
#include <sys/fsuid.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <chrono>
#include <future>
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
    void refusesFilesWithoutPermission();
    void refusesFilesThatChangeWhileRead();
    void refusesWhatIsNotARegularFile_data();
    void refusesWhatIsNotARegularFile();
    void followsSymbolicLinksToFiles();
    void writesACopy();
    void safeFileNames();

private:
    // Reads on another thread: opening a pipe for reading waits for a writer, so reading code
    // that opens one would never return. After a minute (far more than any read here takes,
    // even under a sanitizer) the test opens and closes the pipe's writing end to end the wait,
    // and reports that the read had hung.
    static DocumentFile::Loaded readWithWatchdog(const QString &path, bool *hung);

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

DocumentFile::Loaded TestDocumentFile::readWithWatchdog(const QString &path, bool *hung)
{
    std::future<DocumentFile::Loaded> reading =
        std::async(std::launch::async, [path] { return DocumentFile::read(path); });
    *hung = reading.wait_for(std::chrono::minutes(1)) != std::future_status::ready;
    if (*hung) {
        const int writer = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK);
        if (writer >= 0)
            ::close(writer);
    }
    return reading.get();
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

    // The real limit: a sparse file of 50 MiB and one byte is refused without reading it, with
    // a message that tells its size apart from the limit.
    const QString huge = m_folders.filePath(QStringLiteral("huge.bin"));
    QFile file(huge);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(DocumentFile::maxSize + 1));
    file.close();
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    loaded = DocumentFile::read(huge);
    QLocale::setDefault(previous);
    QVERIFY(loaded.content.isEmpty());
    QCOMPARE(DocumentFile::checkAttachable(huge, DocumentFile::maxSize + 1), QString());
    QCOMPARE(loaded.error, QStringLiteral("“%1” is 50.0 MiB (52,428,801 bytes); files of up to "
                                          "50 MiB (52,428,800 bytes) can be attached.")
                               .arg(QDir::toNativeSeparators(huge)));
}

void TestDocumentFile::refusesUnreadableFiles()
{
    DocumentFile::Loaded loaded = DocumentFile::read(m_folders.filePath(QStringLiteral("none")));
    QVERIFY(loaded.error.contains(QStringLiteral("could not be read")));
    // A regular file that opens but fails to read: /proc/self/mem at address 0, which is never
    // mapped, fails with an I/O error even for root.
    loaded = DocumentFile::read(QStringLiteral("/proc/self/mem"));
    QVERIFY2(loaded.error.contains(QStringLiteral("could not be read")), qPrintable(loaded.error));
    QVERIFY(loaded.content.isEmpty());
}

void TestDocumentFile::refusesFilesWithoutPermission()
{
    const QString locked = m_folders.filePath(QStringLiteral("locked.pdf"));
    QVERIFY(writeFile(locked, "secret"));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
    // Root reads a file whatever its permissions (CI runs as root). With the file-system user
    // id of "nobody" the kernel drops those capabilities for this thread, and the permissions
    // apply; the folder is opened to others so that only the file's own permissions refuse.
    const bool asRoot = geteuid() == 0;
    if (asRoot) {
        QVERIFY(QFile::setPermissions(m_folders.path(), QFile::permissions(m_folders.path()) |
                                                            QFileDevice::ExeOther));
        setfsuid(65534);
        QCOMPARE(int(setfsuid(-1)), 65534);
    }
    const DocumentFile::Loaded loaded = DocumentFile::read(locked);
    if (asRoot)
        setfsuid(0);
    QVERIFY2(loaded.error.contains(QStringLiteral("could not be read")), qPrintable(loaded.error));
    QVERIFY(loaded.content.isEmpty());
}

void TestDocumentFile::refusesFilesThatChangeWhileRead()
{
    // The kernel's files under /proc are regular files that say they are empty and then give
    // text when read: the same as a file that grows while it is being read.
    const QString path = QStringLiteral("/proc/self/status");
    QCOMPARE(QFileInfo(path).size(), 0);
    DocumentFile::Loaded loaded = DocumentFile::read(path);
    QVERIFY2(loaded.error.contains(QStringLiteral("changed while it was being read")),
             qPrintable(loaded.error));
    QVERIFY(loaded.content.isEmpty());
    // …also when it grows past the limit.
    loaded = DocumentFile::read(path, 10);
    QVERIFY2(loaded.error.contains(QStringLiteral("changed while it was being read")),
             qPrintable(loaded.error));
}

void TestDocumentFile::refusesWhatIsNotARegularFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    const QString pipe = m_folders.filePath(QStringLiteral("pipe.pdf"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    QTest::newRow("named pipe") << pipe << QStringLiteral("is a named pipe, not a file");
    const QString linkToPipe = m_folders.filePath(QStringLiteral("link to pipe.pdf"));
    QVERIFY(QFile::link(pipe, linkToPipe));
    QTest::newRow("link to a named pipe")
        << linkToPipe << QStringLiteral("is a named pipe, not a file");

    const QString socketPath = m_folders.filePath(QStringLiteral("socket.pdf"));
    const int socket = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(socket >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(socketPath);
    QVERIFY(size_t(encoded.size()) < sizeof(address.sun_path));
    std::copy(encoded.begin(), encoded.end(), address.sun_path);
    QCOMPARE(::bind(socket, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(socket); // the socket file stays behind
    QTest::newRow("socket") << socketPath << QStringLiteral("is a socket, not a file");

    const QString device = QStringLiteral("is a device, not a file");
    QTest::newRow("/dev/null") << QStringLiteral("/dev/null") << device;
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << device;
    QTest::newRow("folder") << m_folders.path() << QStringLiteral("is a folder, not a file");
}

void TestDocumentFile::refusesWhatIsNotARegularFile()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    bool hung = false;
    const DocumentFile::Loaded loaded = readWithWatchdog(path, &hung);
    QVERIFY2(!hung, "reading waited on the pipe: it was opened for reading");
    QVERIFY2(loaded.error.contains(expected), qPrintable(loaded.error));
    QVERIFY(loaded.error.contains(QDir::toNativeSeparators(path)));
    QVERIFY(loaded.content.isEmpty());
    // The same answer when asked before reading, as the attach button does.
    QCOMPARE(DocumentFile::checkAttachable(path), loaded.error);
}

void TestDocumentFile::followsSymbolicLinksToFiles()
{
    const QString target = m_folders.filePath(QStringLiteral("minutes.txt"));
    QVERIFY(writeFile(target, "Minutes of the steering committee"));
    const QString link = m_folders.filePath(QStringLiteral("link to minutes.txt"));
    QVERIFY(QFile::link(target, link));
    const DocumentFile::Loaded loaded = DocumentFile::read(link);
    QCOMPARE(loaded.error, QString());
    QCOMPARE(loaded.content, QByteArray("Minutes of the steering committee"));
    QCOMPARE(loaded.sha256, fileChecksum(target));
    QCOMPARE(DocumentFile::checkAttachable(link), QString());
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
