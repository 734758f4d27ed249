// ExchangeRateCsv reading hostile and foreign files: a 2 MB field, 100,000 bad lines, files
// in UTF-8, UTF-16 and GB18030 (Chinese Excel), bytes that are none of these, and text that a
// spreadsheet would run as a formula.
#include "models/funding/ExchangeRateCsv.h"
#include "models/text/ProblemList.h"

#include <QBuffer>
#include <QtTest>

using namespace sstc;

namespace {
const QByteArray header = "currency,to_currency,date,rate,source\n";

QByteArray utf16(const QString &text, bool bigEndian)
{
    QByteArray bytes;
    for (QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xff);
        bytes += bigEndian ? QByteArray{&high, 1} + QByteArray{&low, 1}
                           : QByteArray{&low, 1} + QByteArray{&high, 1};
    }
    return bytes;
}
} // namespace

class TestExchangeRateCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoMegabyteFieldGivesOneShortProblem_data();
    void twoMegabyteFieldGivesOneShortProblem();
    void manyBadLinesAreCountedNotAllKept();
    void encodings_data();
    void encodings();
    void chosenEncoding();
    void undecodableBytesAreRefusedWithTheirLine_data();
    void undecodableBytesAreRefusedWithTheirLine();
    void formulaTextIsKeptAndNeutralisedWhenWritten();
    void rateAboveZeroOnly_data();
    void rateAboveZeroOnly();
};

void TestExchangeRateCsv::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestExchangeRateCsv::twoMegabyteFieldGivesOneShortProblem_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("start");
    const QByteArray big(2 * 1024 * 1024, 'A');
    QTest::newRow("currency") << big + ",USD,2019-01-02,0.1456,PBC"
                              << QStringLiteral("Line 2: field 1 is longer than 1,000 characters: "
                                                "“AAAAAAAAAA");
    QTest::newRow("quoted source, never closed")
        << "CNY,USD,2019-01-02,0.1456,\"" + big
        << QStringLiteral("Line 2: field 5 is longer than 1,000 characters: “AAAA");
    // Cut inside a character: still one problem, not "not UTF-8".
    QByteArray chinese;
    for (int i = 0; i < 700000; ++i)
        chinese += "\xE4\xB8\xAD"; // 中
    QTest::newRow("Chinese source") << "CNY,USD,2019-01-02,0.1456," + chinese
                                    << QStringLiteral("Line 2: field 5 is longer than 1,000 "
                                                      "characters: “中中中");
}

void TestExchangeRateCsv::twoMegabyteFieldGivesOneShortProblem()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, start);
    const ExchangeRateCsv::Result result =
        ExchangeRateCsv::parse(header + line + "\nCNY,USD,2019-03-01,0.1490,PBC\n");
    QVERIFY(result.rates.isEmpty());
    QCOMPARE(result.errorCount, 1);
    QCOMPARE(result.errors.size(), 1);
    const QString problem = result.errors.at(0);
    QVERIFY2(problem.startsWith(start), qPrintable(problem.left(200)));
    // A short excerpt, cut with an ellipsis: the message stays one short line.
    QVERIFY2(problem.size() < 150, qPrintable(QString::number(problem.size())));
    QVERIFY(problem.endsWith(QStringLiteral("…”.")));
}

void TestExchangeRateCsv::manyBadLinesAreCountedNotAllKept()
{
    QByteArray bytes = header;
    for (int i = 0; i < 100000; ++i)
        bytes += "XXX,USD,2019-01-02,0.1456,PBC\n";
    const ExchangeRateCsv::Result result = ExchangeRateCsv::parse(bytes);
    QVERIFY(result.rates.isEmpty());
    QCOMPARE(result.errorCount, 100000);
    QCOMPARE(result.errors.size(), ExchangeRateCsv::keptErrors);
    QCOMPARE(result.errors.at(0), QStringLiteral("Line 2: “XXX” is not an ISO 4217 currency code "
                                                 "such as USD or CNY."));
    const QStringList shown = ProblemList::firstOf(result.errors, result.errorCount);
    QCOMPARE(shown.size(), ProblemList::shown + 1);
    QCOMPARE(shown.at(ProblemList::shown - 1).left(8), QStringLiteral("Line 11:"));
    // Without the English plural forms loaded: "problem(s)".
    QVERIFY2(shown.last().startsWith(QStringLiteral("… and 99,990 more problem")),
             qPrintable(shown.last()));
}

void TestExchangeRateCsv::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("source");
    const QString bank = QStringLiteral("中国人民银行 é 𠀀");
    const QString text = QString::fromUtf8(header) + QStringLiteral("CNY,USD,2019-01-02,0.1456,") +
                         bank + QStringLiteral("\r\nUSD,CNY,2020-01-02,6.9762,x\r\n");
    QTest::newRow("UTF-8") << text.toUtf8() << int(TextEncoding::Utf8) << bank;
    QTest::newRow("UTF-8 with BOM")
        << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << int(TextEncoding::Utf8) << bank;
    QTest::newRow("UTF-16LE with BOM")
        << QByteArray("\xFF\xFE") + utf16(text, false) << int(TextEncoding::Utf16) << bank;
    QTest::newRow("UTF-16BE with BOM")
        << QByteArray("\xFE\xFF") + utf16(text, true) << int(TextEncoding::Utf16) << bank;
    // What Chinese Excel saves, written by `iconv -f UTF-8 -t GB18030`: two-byte GBK for the
    // bank's name, four-byte sequences for é (BMP) and 𠀀 (beyond the BMP).
    QTest::newRow("GB18030") << header + "CNY,USD,2019-01-02,0.1456,"
                                         "\xD6\xD0\xB9\xFA\xC8\xCB\xC3\xF1\xD2\xF8\xD0\xD0 "
                                         "\xA8\xA6 \x95\x32\x82\x36\r\n"
                                         "USD,CNY,2020-01-02,6.9762,x\r\n"
                             << int(TextEncoding::Gb18030) << bank;
}

void TestExchangeRateCsv::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(QString, source);
    const ExchangeRateCsv::Result result = ExchangeRateCsv::parse(bytes);
    QCOMPARE(result.errors, QStringList());
    QCOMPARE(int(result.encoding), encoding);
    QCOMPARE(result.rates.size(), 2);
    QCOMPARE(result.rates.at(0).source, source);
    QCOMPARE(result.rates.at(1).rate, 6.9762);
    QCOMPARE(result.rates.at(1).source, QStringLiteral("x"));
}

void TestExchangeRateCsv::chosenEncoding()
{
    const QByteArray gb = header + "CNY,USD,2019-01-02,0.1456,\xC8\xCB\xC3\xF1\xB1\xD2\n";
    // Chosen: read as such, whatever detection would say.
    ExchangeRateCsv::Result result = ExchangeRateCsv::parse(gb, TextEncoding::Gb18030);
    QCOMPARE(result.errors, QStringList());
    QCOMPARE(result.rates.at(0).source, QStringLiteral("人民币"));
    result = ExchangeRateCsv::parse(gb, TextEncoding::Utf8);
    QVERIFY(result.rates.isEmpty());
    QCOMPARE(result.errors, QStringList{QStringLiteral(
                                "Line 2: this is not UTF-8 text. Choose the file's encoding, or "
                                "save the file as UTF-8 and import it again.")});
    // UTF-16 without a byte-order mark is taken as Windows writes it, little-endian.
    result = ExchangeRateCsv::parse(utf16(QString::fromUtf8(gb.left(header.size())) +
                                              QStringLiteral("CNY,USD,2019-01-02,0.1456,人民币\n"),
                                          false),
                                    TextEncoding::Utf16);
    QCOMPARE(result.errors, QStringList());
    QCOMPARE(result.rates.at(0).source, QStringLiteral("人民币"));
}

void TestExchangeRateCsv::undecodableBytesAreRefusedWithTheirLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    // Latin-1 "é" (E9) before a comma or at a line's end is neither UTF-8 nor GB18030.
    QTest::newRow("Latin-1") << header + "CNY,USD,2019-01-02,0.1456,PBC\n"
                                         "EUR,USD,2019-01-02,1.14,Banque de France, caf\xE9\n"
                                         "EUR,USD,2019-01-03,1.15,x\n"
                             << QStringLiteral("Line 3: this is neither UTF-8 nor GB18030 text. "
                                               "Save the file as UTF-8 (in Excel: CSV UTF-8) and "
                                               "import it again.");
    QTest::newRow("single 0x80 byte") << header + "\x80UR,USD,2019-01-02,1.14,x\n"
                                      << QStringLiteral("Line 2: this is neither UTF-8 nor");
    QTest::newRow("UTF-16 cut in half")
        << QByteArray("\xFF\xFE") + utf16(QString::fromUtf8(header), false) + "C"
        << QStringLiteral("Line 2: this is not UTF-16 text.");
}

void TestExchangeRateCsv::undecodableBytesAreRefusedWithTheirLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const ExchangeRateCsv::Result result = ExchangeRateCsv::parse(bytes);
    QVERIFY(result.rates.isEmpty());
    QCOMPARE(result.errorCount, 1);
    QVERIFY2(result.errors.at(0).startsWith(error), qPrintable(result.errors.at(0)));
    QVERIFY(!result.errors.at(0).contains(QChar(0xFFFD)));
}

void TestExchangeRateCsv::formulaTextIsKeptAndNeutralisedWhenWritten()
{
    const QString formula = QStringLiteral("=cmd|' /C calc'!A0");
    const ExchangeRateCsv::Result result =
        ExchangeRateCsv::parse(header + "CNY,USD,2019-01-02,0.1456," + formula.toUtf8() + "\n" +
                               "USD,CNY,2019-01-02,7,@SUM(A1)\n");
    QCOMPARE(result.errors, QStringList());
    // Stored as typed...
    QCOMPARE(result.rates.at(0).source, formula);
    QCOMPARE(result.rates.at(1).source, QStringLiteral("@SUM(A1)"));
    // ...and written so that a spreadsheet shows it as text.
    const QStringList lines = QString::fromUtf8(ExchangeRateCsv::write(result.rates)).split('\n');
    QCOMPARE(lines.at(1), QStringLiteral("CNY,USD,2019-01-02,0.1456,'") + formula);
    QCOMPARE(lines.at(2), QStringLiteral("USD,CNY,2019-01-02,7,'@SUM(A1)"));
}

void TestExchangeRateCsv::rateAboveZeroOnly_data()
{
    QTest::addColumn<QByteArray>("rate");
    // Each of these, converted, would make an amount vanish or become meaningless.
    for (const char *rate : {"0", "0.0", "0.000", "-0", "+0", "0e0", "-6.5", "nan", "inf", ""})
        QTest::newRow(*rate ? rate : "empty") << QByteArray(rate);
}

void TestExchangeRateCsv::rateAboveZeroOnly()
{
    QFETCH(QByteArray, rate);
    const ExchangeRateCsv::Result result = ExchangeRateCsv::parse(
        header + "CNY,USD,2019-01-02," + rate + ",PBC\nCNY,USD,2019-03-01,0.1490,PBC\n");
    QVERIFY(result.rates.isEmpty());
    QCOMPARE(result.errorCount, 1);
    QCOMPARE(result.errors.value(0), QStringLiteral("Line 2: The rate must be a number above zero."));
}

QTEST_GUILESS_MAIN(TestExchangeRateCsv)
#include "tst_exchangeratecsv.moc"
