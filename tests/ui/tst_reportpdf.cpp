// The donor report as a PDF: it passes qpdf's check, embeds the two report faces, gives back
// to pdftotext exactly the characters drawn in both languages (no Kangxi radicals for 月, 日,
// 目), numbers its pages "n of N", repeats a table's header row on every page the table
// crosses, is an archival PDF/A-1b with its title, author and languages in its metadata, and
// leaves no file behind when it cannot be written or is cancelled.
#include "tests/support/ExternalTools.h"
#include "tests/support/StoreTestSupport.h"
#include "tests/support/TestFolders.h"

#include "app/bench/ReportBenchmark.h"
#include "models/report/ReportBuilder.h"
#include "models/store/PortfolioOpener.h"
#include "models/store/PortfolioStore.h"
#include "ui/report/ReportLayout.h"
#include "ui/report/ReportRenderer.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace sstc;
using testsupport::haveTool;
using testsupport::runTool;

namespace {
// Keeps a report for review beside the screenshots, with a PNG of its first pages.
void keepForReview(const QString &path, const QString &name)
{
    const QString folder = qEnvironmentVariable("SSTC_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    const QString target = QDir(folder).filePath(name + QStringLiteral(".pdf"));
    QFile::remove(target);
    QFile::copy(path, target);
    if (haveTool(QStringLiteral("pdftoppm")))
        runTool(QStringLiteral("pdftoppm"),
                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                 QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                 QStringLiteral("3"), path, QDir(folder).filePath(name)});
}

// Without white space: the layout breaks lines where it wraps them (Chinese has no spaces
// to break at), and pdftotext gives those breaks back.
QString collapsed(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}
} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void samplePdfIsValidAndSearchable_data();
    void samplePdfIsValidAndSearchable();
    void longTableRepeatsItsHeader();
    void headingsStayWithWhatTheyHead();
    void eachLanguageHasItsRunningHeader();
    void eachLanguageHasItsFooter();
    void letterPaper();
    void archivesAsPdfA_data();
    void archivesAsPdfA();
    void unwritablePathLeavesNoFile();
    void cancelLeavesExistingFileUntouched();
    void benchmarkHookReportsOnTheFirstProjects();

private:
    ReportDocument sampleDocument(ReportLanguages languages);

    TestFolders m_folders;
    std::unique_ptr<PortfolioStore> m_store;
};

void TestReportPdf::initTestCase()
{
    m_store = PortfolioOpener::open(m_folders.filePath(QStringLiteral("sample.sstc")),
                                    PortfolioOpener::NewFileContent::Sample);
}

void TestReportPdf::cleanupTestCase()
{
    m_store.reset();
}

ReportDocument TestReportPdf::sampleDocument(ReportLanguages languages)
{
    QSqlQuery query =
        m_store->run(QStringLiteral("SELECT id FROM organisations WHERE acronym = 'MOHRSS'"));
    ReportRequest request;
    request.donorId = query.next() ? query.value(0).toLongLong() : 0;
    request.from = QDate(2016, 1, 1);
    request.to = QDate(2019, 12, 31);
    request.languages = languages;
    request.issuedOn = QDate(2026, 1, 15);
    return ReportBuilder(*m_store).build(request);
}

void TestReportPdf::samplePdfIsValidAndSearchable_data()
{
    QTest::addColumn<int>("languages");
    QTest::addColumn<QString>("name");
    QTest::newRow("en") << int(ReportLanguages::English) << QStringLiteral("report-en");
    QTest::newRow("zh") << int(ReportLanguages::Chinese) << QStringLiteral("report-zh");
    QTest::newRow("both") << int(ReportLanguages::Both) << QStringLiteral("report-both");
}

void TestReportPdf::samplePdfIsValidAndSearchable()
{
    QFETCH(int, languages);
    QFETCH(QString, name);
    const ReportDocument document = sampleDocument(ReportLanguages(languages));
    const ReportRenderer renderer(document, QPageSize::A4);
    QVERIFY(renderer.pageCount() >= 3);
    const QString path = m_folders.filePath(name + QStringLiteral(".pdf"));
    QCOMPARE(renderer.savePdf(path), QString());
    keepForReview(path, name);
    SSTC_REQUIRE_TOOL("pdftotext", "poppler-utils");
    SSTC_REQUIRE_TOOL("qpdf", "qpdf");

    int exitCode = -1;
    const QString check =
        runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(check));

    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.contains(
                 QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(renderer.pageCount()))),
             qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("595 x 842 pts (A4)")), qPrintable(info));

    // Both faces embedded; never the Japanese CJK face Qt may fall back to.
    const QString fonts = runTool(QStringLiteral("pdffonts"), {path});
    const QStringList fontLines = fonts.split(QLatin1Char('\n')).mid(2);
    for (const QString &line : fontLines) {
        if (line.trimmed().isEmpty())
            continue;
        QVERIFY2(line.contains(QRegularExpression(QStringLiteral("\\byes\\s+\\w+\\s+yes\\b"))),
                 qPrintable(fonts)); // embedded, with a Unicode map
        QVERIFY2(!line.contains(QStringLiteral("JP")), qPrintable(fonts));
    }
    // Subsets: Qt embeds only the glyphs used (without the "ABCDEF+" name prefix, so pdffonts'
    // "sub" column says no); the whole faces alone would be 0.7 MB (DejaVu) and 5 MB (WenQuanYi).
    QVERIFY2(QFileInfo(path).size() < 250 * 1024,
             qPrintable(QString::number(QFileInfo(path).size())));
    const bool chinese = languages != int(ReportLanguages::English);
    QVERIFY2(fonts.contains(QStringLiteral("DejaVuSans")), qPrintable(fonts));
    if (chinese)
        QVERIFY2(fonts.contains(QStringLiteral("WenQuanYiMicroHei")), qPrintable(fonts));

    // Every line of the content is in the PDF's text, exactly as drawn.
    // -raw: in drawing order, so that a wrapped table cell is not interleaved with its row.
    const QString text =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    const QString flat = collapsed(text);
    for (const QChar c : text)
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF,
                 qPrintable(QStringLiteral("radical U+%1 in the text")
                                .arg(c.unicode(), 4, 16, QLatin1Char('0'))));
    int checked = 0;
    for (const ReportBlock &block : document.blocks) {
        QStringList expected;
        if (block.kind == ReportBlockKind::Table)
            expected = block.table.header + block.table.rows.value(0);
        else if (block.kind != ReportBlockKind::Figure && block.kind != ReportBlockKind::PageBreak)
            expected << block.text;
        for (const QString &line : std::as_const(expected)) {
            QVERIFY2(flat.contains(collapsed(line)), qPrintable(line));
            ++checked;
        }
    }
    QVERIFY(checked > 40);
    if (chinese) {
        QVERIFY(text.contains(QStringLiteral("报告期：2016年1月1日至2019年12月31日")));
        QVERIFY(text.contains(QStringLiteral("项目所依据的协议")));
        QVERIFY(text.contains(QStringLiteral("第 1 页，共 %1 页").arg(renderer.pageCount())));
    }
    // The last page is in the report's last language, and so is its footer.
    if (languages == int(ReportLanguages::English))
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(renderer.pageCount())));
    if (languages == int(ReportLanguages::Both)) {
        QVERIFY(text.contains(QStringLiteral("Page 2 of %1").arg(renderer.pageCount())));
        QVERIFY(text.contains(QStringLiteral("第 %1 页，共 %1 页").arg(renderer.pageCount())));
    }
}

void TestReportPdf::longTableRepeatsItsHeader()
{
    ReportDocument document;
    document.pageFooter = QStringLiteral("Page %1 of %2");
    document.add(ReportBlockKind::Heading, QStringLiteral("Long"));
    ReportTable table;
    table.header = QStringList{QStringLiteral("Year"), QStringLiteral("Amount 金额")};
    for (int i = 0; i < 150; ++i)
        table.rows << QStringList{QString::number(1900 + i), QStringLiteral("row %1").arg(i)};
    document.addTable(table);
    const ReportRenderer renderer(document, QPageSize::A4);
    QVERIFY(renderer.pageCount() >= 3);
    const QString path = m_folders.filePath(QStringLiteral("long.pdf"));
    QCOMPARE(renderer.savePdf(path), QString());
    SSTC_REQUIRE_TOOL("pdftotext", "poppler-utils");
    int rows = 0;
    for (int page = 1; page <= renderer.pageCount(); ++page) {
        const QString text =
            runTool(QStringLiteral("pdftotext"),
                    {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                     QString::number(page), path, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("Amount 金额")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(renderer.pageCount())));
        rows += int(text.count(QRegularExpression(QStringLiteral("\\brow \\d+\\b"))));
    }
    QCOMPARE(rows, 150); // every row once, none lost at a page break
}

namespace {
// Whether a page's last text is a heading or subheading: a heading left at the foot of a page,
// away from what it heads. Headings are the only bold text set at 15 or 11 points.
bool endsWithHeading(const ReportPage &page)
{
    for (auto item = page.items.crbegin(); item != page.items.crend(); ++item) {
        if (item->kind != ReportPageItem::Kind::Text)
            continue;
        const int pixels = item->font.pixelSize();
        return item->font.bold() && (pixels == 150 || pixels == 110);
    }
    return false;
}
} // namespace

void TestReportPdf::headingsStayWithWhatTheyHead()
{
    // The sample over its whole history, where 活动与会议 once stood alone at a page's foot.
    QSqlQuery query =
        m_store->run(QStringLiteral("SELECT id FROM organisations WHERE acronym = 'MOHRSS'"));
    ReportRequest request;
    request.donorId = query.next() ? query.value(0).toLongLong() : 0;
    request.from = QDate(2013, 1, 1);
    request.to = QDate(2026, 12, 3);
    request.languages = ReportLanguages::Both;
    request.issuedOn = QDate(2026, 12, 4);
    QList<ReportDocument> documents{ReportBuilder(*m_store).build(request)};
    // A heading, a subheading and a table after every amount of text that fills a page.
    for (int fillers = 0; fillers < 70; ++fillers) {
        ReportDocument document;
        for (int i = 0; i < fillers; ++i)
            document.add(ReportBlockKind::Paragraph, QStringLiteral("Line %1 of text.").arg(i));
        document.add(ReportBlockKind::Heading, QStringLiteral("Events and meetings"));
        document.add(ReportBlockKind::Subheading, QStringLiteral("1. A project"));
        ReportTable table;
        table.header = QStringList{QStringLiteral("Date"), QStringLiteral("Event")};
        table.rows = {{QStringLiteral("2019"), QStringLiteral("A seminar")}};
        document.addTable(table);
        documents << document;
    }
    for (const ReportDocument &document : std::as_const(documents)) {
        const ReportLayout layout(document, QPageSize::A4);
        for (int page = 0; page < layout.pages().size(); ++page)
            QVERIFY2(!endsWithHeading(layout.pages().at(page)),
                     qPrintable(QStringLiteral("page %1 of %2 ends with a heading")
                                    .arg(page + 1)
                                    .arg(layout.pages().size())));
    }
}

// A bilingual report's Chinese pages are headed in Chinese, and every header fits its line:
// the period stays whole (it was cut off behind the donor's long English name).
void TestReportPdf::eachLanguageHasItsRunningHeader()
{
    const ReportDocument document = sampleDocument(ReportLanguages::Both);
    const ReportLayout layout(document, QPageSize::A4);
    const QList<ReportPage> &pages = layout.pages();
    QCOMPARE(pages.first().header, QString()); // the cover
    const QString english =
        QStringLiteral("ILO · Progress report · 1 Jan 2016 – 31 Dec 2019 · MOHRSS");
    const QString chinese = QStringLiteral("国际劳工组织 · 进展报告 · 2016年1月1日至2019年12月31日 "
                                           "· 中华人民共和国人力资源和社会保障部");
    QCOMPARE(pages.at(1).header, english);
    QCOMPARE(pages.last().header, chinese);
    int englishPages = 0;
    for (int page = 1; page < pages.size(); ++page) {
        const QString &header = pages.at(page).header;
        QVERIFY2(header == english || header == chinese, qPrintable(header));
        // English pages first, then Chinese ones: never back again.
        if (header == english)
            QCOMPARE(englishPages++, page - 1);
        const double room = layout.pageSize().width() - 2 * 560;
        QVERIFY2(QFontMetricsF(ReportLayout::font(7.5)).horizontalAdvance(header) <= room,
                 qPrintable(header));
    }
    QVERIFY(englishPages > 0 && englishPages < pages.size() - 1);

    const ReportRenderer renderer(document, QPageSize::A4);
    const QString path = m_folders.filePath(QStringLiteral("headers.pdf"));
    QCOMPARE(renderer.savePdf(path), QString());
    SSTC_REQUIRE_TOOL("pdftotext", "poppler-utils");
    const QString last = QString::number(renderer.pageCount());
    const QString text =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), last, QStringLiteral("-l"),
                                              last, path, QStringLiteral("-")});
    QVERIFY2(collapsed(text).contains(collapsed(chinese)), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Progress report")), qPrintable(text));
}

// Issue 21, item 10: the footer follows each page's language as the header does; the cover,
// in both languages, keeps both.
void TestReportPdf::eachLanguageHasItsFooter()
{
    const ReportDocument document = sampleDocument(ReportLanguages::Both);
    const ReportLayout layout(document, QPageSize::A4);
    const QList<ReportPage> &pages = layout.pages();
    QCOMPARE(pages.first().footer, QString()); // the cover: the document's, in both
    QCOMPARE(pages.at(1).footer, QStringLiteral("Page %1 of %2"));
    QCOMPARE(pages.last().footer, QStringLiteral("第 %1 页，共 %2 页"));

    const ReportRenderer renderer(document, QPageSize::A4);
    const QString path = m_folders.filePath(QStringLiteral("footers.pdf"));
    QCOMPARE(renderer.savePdf(path), QString());
    SSTC_REQUIRE_TOOL("pdftotext", "poppler-utils");
    const auto pageText = [&](int page) {
        const QString number = QString::number(page);
        return runTool(QStringLiteral("pdftotext"),
                       {QStringLiteral("-f"), number, QStringLiteral("-l"), number, path,
                        QStringLiteral("-")});
    };
    const int count = renderer.pageCount();
    const QString cover = pageText(1);
    QVERIFY2(cover.contains(QStringLiteral("Page 1 of %1").arg(count)), qPrintable(cover));
    QVERIFY2(collapsed(cover).contains(collapsed(QStringLiteral("第 1 页，共 %1 页").arg(count))),
             qPrintable(cover));
    const QString english = pageText(2);
    QVERIFY2(english.contains(QStringLiteral("Page 2 of %1").arg(count)), qPrintable(english));
    QVERIFY2(!english.contains(QStringLiteral("第 2 页")), qPrintable(english));
    const QString chinese = pageText(count);
    QVERIFY2(
        collapsed(chinese).contains(collapsed(QStringLiteral("第 %1 页，共 %1 页").arg(count))),
        qPrintable(chinese));
    QVERIFY2(!chinese.contains(QStringLiteral("Page ")), qPrintable(chinese));
}

void TestReportPdf::letterPaper()
{
    const ReportDocument document = sampleDocument(ReportLanguages::English);
    const ReportRenderer renderer(document, QPageSize::Letter);
    const QString path = m_folders.filePath(QStringLiteral("letter.pdf"));
    QCOMPARE(renderer.savePdf(path), QString());
    SSTC_REQUIRE_TOOL("pdfinfo", "poppler-utils");
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.contains(QStringLiteral("612 x 792")), qPrintable(info));
}

void TestReportPdf::archivesAsPdfA_data()
{
    QTest::addColumn<int>("languages");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QStringList>("languageTags");
    QTest::newRow("en") << int(ReportLanguages::English)
                        << QStringLiteral("International Labour Organization (ILO)")
                        << QStringList{QStringLiteral("en")};
    QTest::newRow("zh") << int(ReportLanguages::Chinese) << QStringLiteral("国际劳工组织")
                        << QStringList{QStringLiteral("zh-CN")};
    QTest::newRow("both") << int(ReportLanguages::Both)
                          << QStringLiteral("International Labour Organization (ILO) · 国际劳工组织")
                          << QStringList{QStringLiteral("en"), QStringLiteral("zh-CN")};
}

// An archive accepts the report as PDF/A-1b: the claim in its XMP, and the title, author and
// languages both in the document information and the XMP, agreeing with each other.
void TestReportPdf::archivesAsPdfA()
{
    QFETCH(int, languages);
    QFETCH(QString, author);
    QFETCH(QStringList, languageTags);
    const ReportDocument document = sampleDocument(ReportLanguages(languages));
    const ReportRenderer renderer(document, QPageSize::A4);
    const QString path = m_folders.filePath(QStringLiteral("archive.pdf"));
    QCOMPARE(renderer.savePdf(path), QString());
    SSTC_REQUIRE_TOOL("pdfinfo", "poppler-utils");
    SSTC_REQUIRE_TOOL("qpdf", "qpdf");

    // The edited file's cross-references are exact: qpdf warns (exit 3) about any it repairs.
    int exitCode = -1;
    const QString check =
        runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &exitCode);
    QVERIFY2(exitCode == 0 && !check.contains(QStringLiteral("WARNING")), qPrintable(check));

    const QString info =
        runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-isodates"), path});
    const auto field = [&info](const char *name, const QString &value) {
        return info.contains(QRegularExpression(
            QStringLiteral("\\n%1:\\s+%2\\n")
                .arg(QLatin1String(name), QRegularExpression::escape(value))));
    };
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("^Title:\\s+%1\\n").arg(
                 QRegularExpression::escape(document.title)))),
             qPrintable(info));
    QVERIFY2(field("Author", author), qPrintable(info));
    QVERIFY2(field("Pages", QString::number(renderer.pageCount())), qPrintable(info));

    const QString xmp = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
    QVERIFY2(xmp.contains(QStringLiteral("pdfaid:part=\"1\"")) &&
                 xmp.contains(QStringLiteral("pdfaid:conformance=\"B\"")),
             qPrintable(xmp));
    QVERIFY2(xmp.contains(QStringLiteral("<rdf:li xml:lang=\"x-default\">") + document.title),
             qPrintable(xmp));
    QVERIFY2(xmp.contains(QStringLiteral("<dc:creator><rdf:Seq><rdf:li>") + author.toHtmlEscaped()),
             qPrintable(xmp));
    QString bag;
    for (const QString &tag : std::as_const(languageTags))
        bag += QStringLiteral("<rdf:li>%1</rdf:li>").arg(tag);
    QVERIFY2(xmp.contains(QStringLiteral("<dc:language><rdf:Bag>%1</rdf:Bag>").arg(bag)),
             qPrintable(xmp));
    // The XMP creation date is the document information's (PDF/A requires them equal).
    const QRegularExpressionMatch created =
        QRegularExpression(QStringLiteral("CreationDate:\\s+(\\S+)")).match(info);
    const QRegularExpressionMatch xmpCreated =
        QRegularExpression(QStringLiteral("xmp:CreateDate=\"([^\"]+)\"")).match(xmp);
    QVERIFY2(created.hasMatch() && xmpCreated.hasMatch(), qPrintable(info + xmp));
    QCOMPARE(QDateTime::fromString(xmpCreated.captured(1), Qt::ISODate).toSecsSinceEpoch(),
             QDateTime::fromString(created.captured(1), Qt::ISODate).toSecsSinceEpoch());

    // The catalogue names the main language, for screen readers and text extraction.
    const QString json = runTool(QStringLiteral("qpdf"), {QStringLiteral("--json"), path});
    QVERIFY2(json.contains(QRegularExpression(
                 QStringLiteral("\"/Lang\":\\s*\"u:%1\"").arg(languageTags.first()))),
             qPrintable(json.left(4000)));
}

void TestReportPdf::unwritablePathLeavesNoFile()
{
    const ReportDocument document = sampleDocument(ReportLanguages::English);
    const ReportRenderer renderer(document, QPageSize::A4);
    const QString path = m_folders.filePath(QStringLiteral("missing-folder/report.pdf"));
    const QString message = renderer.savePdf(path);
    QVERIFY2(message.contains(QStringLiteral("Cannot write")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("report.pdf")));
    QVERIFY(!QFile::exists(path));
}

void TestReportPdf::cancelLeavesExistingFileUntouched()
{
    const ReportDocument document = sampleDocument(ReportLanguages::Both);
    const ReportRenderer renderer(document, QPageSize::A4);
    const QString path = m_folders.filePath(QStringLiteral("existing.pdf"));
    QVERIFY(testsupport::writeFile(path, "the earlier report"));
    bool cancelled = false;
    int calls = 0;
    const QString message = renderer.savePdf(
        path, [&](int done, int) { return ++calls, done < 2; }, &cancelled);
    QVERIFY(cancelled);
    QCOMPARE(calls, 2);
    QVERIFY(message.contains(QStringLiteral("cancelled")));
    QCOMPARE(testsupport::fileBytes(path), QByteArray("the earlier report"));
    QCOMPARE(testsupport::folderEntries(m_folders.path()).filter(QStringLiteral("existing")),
             QStringList{QStringLiteral("existing.pdf")});
}

void TestReportPdf::benchmarkHookReportsOnTheFirstProjects()
{
    QByteArray pdf;
    const ReportBenchmarkRun run = ReportBenchmark::run(*m_store, 3, &pdf);
    QVERIFY(run.pages >= 4); // a cover and a body in each language
    QCOMPARE(run.bytes, qint64(pdf.size()));
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(run.buildMs > 0 && run.renderMs > 0);
    const QString path = m_folders.filePath(QStringLiteral("bench.pdf"));
    QVERIFY(testsupport::writeFile(path, pdf));
    SSTC_REQUIRE_TOOL("pdftotext", "poppler-utils");
    const QString text =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    QVERIFY2(text.contains(QStringLiteral("Projects: 3.")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("项目：3 个。")));
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
