// A deterministic mutation fuzz of the IATI import: the files of tests/models/data/iati and the
// sample's export, damaged by seeded byte flips, truncations, duplicated and spliced elements
// and garbage attribute values, go through IatiImporter, a dry run and then a real run into a
// portfolio. After each, the portfolio must be sound (integrity check) and the import all or
// nothing: a dry run or a refusal changes nothing, a failure rolls everything back.
//
// A crash fails the test (the process dies), a hang runs into CTest's timeout, and in the
// SSTC_SANITIZE build any AddressSanitizer / UndefinedBehaviorSanitizer report stops it. The
// input being tried is kept in iatifuzz-current.xml (the working folder) until the run ends
// well, so that a crash or hang leaves it behind to reproduce.
//
// Bounded by iterations, not time: SSTC_FUZZ_ITERATIONS (default below, about a minute here)
// and SSTC_FUZZ_SEED run it longer or differently; see README.
#include "tests/support/TemporaryPortfolio.h"

#include "models/audit/AuditActor.h"
#include "models/iati/IatiImporter.h"
#include "models/store/PortfolioChecksum.h"
#include "models/store/PortfolioIntegrity.h"
#include "models/store/StoreError.h"

#include <QDirIterator>
#include <QFile>
#include <QtTest>

#include <random>

using namespace sstc;

namespace {

constexpr int defaultIterations = 1000;

int environmentNumber(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

// Turns one seed file into a damaged one, the same way for the same random state.
class IatiMutator
{
public:
    explicit IatiMutator(std::mt19937 &random)
        : m_random(random)
    {}

    QByteArray mutate(QByteArray data)
    {
        // Mostly damage that keeps the file XML, so that the importer, not only the parser,
        // meets it; now and then damage that makes it no XML at all.
        const int rounds = 1 + pick(3);
        for (int i = 0; i < rounds && !data.isEmpty(); ++i) {
            switch (pick(12)) {
            case 0: flipBytes(data); break;
            case 1: data.truncate(pick(int(data.size()))); break;
            case 2: case 3: duplicateElement(data); break;
            case 4: case 5: garbleAttribute(data); break;
            case 6: case 7: spliceElement(data); break;
            case 8: insertMarkup(data); break;
            default: garbleText(data); break;
            }
        }
        return data;
    }

private:
    int pick(int below) { return below <= 0 ? 0 : int(m_random() % unsigned(below)); }

    void flipBytes(QByteArray &data)
    {
        for (int n = 1 + pick(8); n > 0; --n)
            data[pick(int(data.size()))] = char(m_random() & 0xff);
    }

    // Where a start tag begins, chosen at random; -1 when there is none.
    qsizetype startTag(const QByteArray &data)
    {
        for (int tries = 0; tries < 20; ++tries) {
            const qsizetype at = data.indexOf('<', pick(int(data.size())));
            if (at >= 0 && at + 1 < data.size() && data.at(at + 1) != '/' &&
                data.at(at + 1) != '?' && data.at(at + 1) != '!')
                return at;
        }
        return -1;
    }

    // The element starting at `at`, to its end tag (or as far as the text goes).
    QByteArray elementAt(const QByteArray &data, qsizetype at)
    {
        qsizetype nameEnd = at + 1;
        while (nameEnd < data.size() && !QChar::isSpace(uchar(data.at(nameEnd))) &&
               data.at(nameEnd) != '>' && data.at(nameEnd) != '/')
            ++nameEnd;
        const QByteArray name = data.mid(at + 1, nameEnd - at - 1);
        const qsizetype end = data.indexOf("</" + name + '>', nameEnd);
        if (end < 0) {
            const qsizetype close = data.indexOf('>', nameEnd);
            return data.mid(at, close < 0 ? -1 : close - at + 1);
        }
        return data.mid(at, end - at + name.size() + 3);
    }

    void duplicateElement(QByteArray &data)
    {
        const qsizetype at = startTag(data);
        if (at < 0)
            return;
        const QByteArray element = elementAt(data, at);
        data.insert(at, element.repeated(1 + pick(3)));
    }

    // An element moved into another place: the wrong parent, a wrong order.
    void spliceElement(QByteArray &data)
    {
        const qsizetype from = startTag(data);
        const qsizetype to = startTag(data);
        if (from < 0 || to < 0)
            return;
        data.insert(to, elementAt(data, from));
    }

    QByteArray garbage()
    {
        static const QByteArray values[] = {
            "", " ", "-1", "0", "1e308", "-1e308", "NaN", "inf", "99999999999999999999999",
            "0.0000001", "2019-02-30", "0000-00-00", "9999-12-31T25:61:61Z", "20190101",
            "&amp;", "&lt;x&gt;", "&#0;", "&#xD800;", "&undefined;", "x\"y", "\xe4\xb8\xad\xe6\x96\x87",
            "\xff\xfe", "zh", "fr", "XDR", "1.3.9", "A1", "sex", "female", "99",
        };
        if (pick(4) == 0) {
            QByteArray random(1 + pick(40), '\0');
            for (char &c : random)
                c = char(32 + pick(95));
            return random;
        }
        return values[pick(int(std::size(values)))];
    }

    void garbleAttribute(QByteArray &data)
    {
        const qsizetype at = data.indexOf("=\"", pick(int(data.size())));
        if (at < 0)
            return;
        const qsizetype end = data.indexOf('"', at + 2);
        if (end < 0)
            return;
        data.replace(at + 2, end - at - 2, garbage());
    }

    void garbleText(QByteArray &data)
    {
        const qsizetype at = data.indexOf('>', pick(int(data.size())));
        if (at < 0)
            return;
        const qsizetype end = data.indexOf('<', at);
        if (end < 0)
            return;
        data.replace(at + 1, end - at - 1, garbage());
    }

    void insertMarkup(QByteArray &data)
    {
        static const QByteArray markup[] = {
            "<iati-activity>", "</iati-activity>", "<narrative xml:lang=\"zh\">",
            "<value currency=\"USD\" value-date=\"2019-01-01\">-5</value>",
            "<planned-disbursement><value>1</value></planned-disbursement>",
            "<transaction><transaction-type code=\"D\"/><value>1</value></transaction>",
            "<participating-org role=\"9\"/>", "<result><indicator/></result>",
            "<related-activity ref=\"\" type=\"1\"/>", "<!DOCTYPE x [<!ENTITY a \"b\">]>",
            "&a;", "<![CDATA[<x>]]>", "<!-- -->", "<?pi x?>", "<sstc:at-least/>",
            "<iati-identifier></iati-identifier>",
        };
        data.insert(pick(int(data.size())), markup[pick(int(std::size(markup)))]);
    }

    std::mt19937 &m_random;
};

} // namespace

class TestIatiFuzz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mutatedFilesNeitherCrashNorDamage();

private:
    QList<QPair<QString, QByteArray>> m_seeds;
};

void TestIatiFuzz::initTestCase()
{
    QDirIterator files(QStringLiteral(SSTC_SOURCE_DIR "/tests/models/data/iati"),
                       {QStringLiteral("*.xml")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (files.hasNext())
        paths << files.next();
    paths << QStringLiteral(SSTC_SOURCE_DIR "/tests/models/golden/iati-sample.xml");
    paths.sort(); // the same order everywhere, so a seed means the same run
    for (const QString &path : std::as_const(paths)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_seeds.append({path, file.readAll()});
    }
    QVERIFY(m_seeds.size() > 100);
}

void TestIatiFuzz::mutatedFilesNeitherCrashNorDamage()
{
    const int iterations = environmentNumber("SSTC_FUZZ_ITERATIONS", defaultIterations);
    const auto seed = quint32(environmentNumber("SSTC_FUZZ_SEED", 20261203));
    std::mt19937 random(seed);
    IatiMutator mutator(random);
    // Sample content, so that mutated activities also update and link to existing projects.
    TemporaryPortfolio portfolio;
    PortfolioStore &store = portfolio.store();
    const QString current = QDir::current().filePath(QStringLiteral("iatifuzz-current.xml"));
    IatiImporter importer(store, AuditActor(QStringLiteral("fuzz")));
    int imported = 0;
    int refused = 0;

    for (int i = 0; i < iterations; ++i) {
        const auto &[seedPath, seedData] = m_seeds.at(int(random() % unsigned(m_seeds.size())));
        const QByteArray input = mutator.mutate(seedData);
        {
            QFile file(current);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(input);
        }
        const QString what = QStringLiteral("iteration %1 (seed %2) of %3")
                                 .arg(i)
                                 .arg(seed)
                                 .arg(QFileInfo(seedPath).fileName());
        const QByteArray before = PortfolioChecksum::of(store);
        for (const bool dryRun : {true, false}) {
            QString failure;
            IatiImportSummary summary;
            try {
                summary = importer.run({current}, dryRun);
            } catch (const StoreError &error) {
                failure = error.message();
            }
            const bool unchanged = PortfolioChecksum::of(store) == before;
            if (dryRun || summary.refused() || !failure.isEmpty())
                QVERIFY2(unchanged, qPrintable(what + QStringLiteral(": changed the portfolio")));
            // A damaged file is the import's to report, never the database's to refuse.
            QVERIFY2(failure.isEmpty(),
                     qPrintable(what + QStringLiteral(": the import failed: ") + failure));
            if (!dryRun) {
                refused += summary.refused() ? 1 : 0;
                imported += summary.created + summary.updated > 0 ? 1 : 0;
            }
        }
        // SQLite's quick check after every import, the full one (every page) now and then.
        const IntegrityReport report = PortfolioIntegrity::check(
            store, i % 100 == 0 ? PortfolioIntegrity::Depth::Full : PortfolioIntegrity::Depth::Quick);
        QVERIFY2(report.isSound(),
                 qPrintable(what + QStringLiteral(": ") +
                            PortfolioIntegrity::problemLines(report).join(QLatin1Char('\n'))));
    }
    const IntegrityReport report = PortfolioIntegrity::check(store);
    QVERIFY2(report.isSound(),
             qPrintable(PortfolioIntegrity::problemLines(report).join(QLatin1Char('\n'))));
    QFile::remove(current);
    qInfo("%d mutated files: %d imported something, %d refused", iterations, imported, refused);
    // The mutations are neither all harmless nor all fatal: both paths were taken.
    QVERIFY(imported > 0);
    QVERIFY(refused > 0);
}

QTEST_GUILESS_MAIN(TestIatiFuzz)
#include "tst_iatifuzz.moc"
