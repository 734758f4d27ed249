// Printing, as a user prints: File → Print… shows each tab's pages in Qt's print preview
// (screenshots print-preview-en/zh.png), and what goes to the printer is the tab's whole
// content: every row of the table shown with its header on each page, the timeline's
// projects, the donor report's pages. Printed to a PDF file and read back with pdftotext.
#include "tests/support/ExternalTools.h"
#include "tests/support/FakeClock.h"
#include "tests/support/MainWindowUnderTest.h"
#include "tests/support/Screenshots.h"
#include "tests/support/StoreTestSupport.h"
#include "tests/support/TestFolders.h"

#include "models/itemmodels/ProjectTableModel.h"
#include "models/itemmodels/TimelineModel.h"
#include "models/report/ReportBuilder.h"
#include "models/store/ApplicationIdentity.h"
#include "models/store/PortfolioOpener.h"
#include "ui/mainwindow/InterfaceFont.h"
#include "ui/portfolio/PortfolioView.h"
#include "ui/print/PrintedTable.h"
#include "ui/report/ReportDialog.h"
#include "ui/report/ReportRenderer.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/timeline/TimelineExporter.h"
#include "ui/timeline/TimelineView.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace sstc;
using testsupport::runTool;

class TestPrinting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fileMenuPrintsEachTab_data();
    void fileMenuPrintsEachTab();
    void tablePrintsEveryRowWithItsHeaderOnEachPage();
    void tablePrintsWhatTheViewShows();
    void timelinePrintsItsProjects();
    void donorReportPrintsItsPages();

private:
    QString printedText(const QString &pdf, int *pages = nullptr) const;
    static void pdfPrinter(QPrinter &printer, const QString &path);

    TestFolders m_folders;
    FakeClock m_clock{QDate(2024, 6, 15)};
    QString m_samplePath;
};

void TestPrinting::initTestCase()
{
    setApplicationIdentity();
    applyInterfaceFont();
    m_samplePath = m_folders.filePath(QStringLiteral("sample.sstc"));
    PortfolioOpener::open(m_samplePath, PortfolioOpener::NewFileContent::Sample);
}

void TestPrinting::pdfPrinter(QPrinter &printer, const QString &path)
{
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
}

QString TestPrinting::printedText(const QString &pdf, int *pages) const
{
    if (pages) {
        const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        *pages = match.hasMatch() ? match.captured(1).toInt() : -1;
    }
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf,
                                                 QStringLiteral("-")});
}

void TestPrinting::fileMenuPrintsEachTab_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("tab");
    for (const Language language : {Language::English, Language::Chinese})
        for (const char *tab : {"portfolio", "timeline", "funding", "agreements", "offers"})
            QTest::addRow("%s-%s", language == Language::English ? "en" : "zh", tab)
                << int(language) << QString::fromLatin1(tab);
}

// File → Print… (Ctrl+P) on each tab opens the preview with at least one page of it.
void TestPrinting::fileMenuPrintsEachTab()
{
    QFETCH(int, language);
    QFETCH(QString, tab);
    MainWindowUnderTest sample(m_samplePath, Language(language));
    QVERIFY(sample.opened);
    auto *tabs = sample.window.findChild<QTabWidget *>();
    QVERIFY(tabs);
    const QStringList order{"portfolio", "timeline", "funding", "agreements", "offers"};
    tabs->setCurrentIndex(order.indexOf(tab));
    QCoreApplication::processEvents();
    if (tab == QLatin1String("funding"))
        QTRY_VERIFY(!sample.window.findChild<QWidget *>(QStringLiteral("fundingView"))
                         ->property("loading")
                         .toBool());

    int pages = -1;
    QString title;
    const QString lang = language == int(Language::English) ? QStringLiteral("en")
                                                            : QStringLiteral("zh");
    QTimer::singleShot(0, [&] {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!preview)
            return;
        QTRY_VERIFY(preview->isVisible());
        auto *widget = preview->findChild<QPrintPreviewWidget *>();
        QCoreApplication::processEvents();
        pages = widget ? widget->pageCount() : -1;
        title = preview->windowTitle();
        if (tab == QLatin1String("portfolio"))
            saveScreenshot(*preview, QStringLiteral("print-preview"), lang);
        preview->reject();
    });
    // A window shortcut answers only in the active window, as for the user.
    sample.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&sample.window));
    QTest::keySequence(&sample.window, QKeySequence::Print);
    QVERIFY2(pages >= 1, qPrintable(QStringLiteral("%1 pages").arg(pages)));
    QVERIFY(!title.isEmpty());
    if (language == int(Language::Chinese))
        QVERIFY2(!title.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3}"))),
                 qPrintable(title));
}

// 230 rows: several pages, each starting with the header row, every row once, and the pages
// numbered "Page n of N".
void TestPrinting::tablePrintsEveryRowWithItsHeaderOnEachPage()
{
    SSTC_REQUIRE_TOOL("pdftotext", "poppler-utils");
    QStandardItemModel model(230, 3);
    model.setHorizontalHeaderLabels({"Code", "Title", "Budget"});
    for (int row = 0; row < model.rowCount(); ++row) {
        model.setItem(row, 0, new QStandardItem(QStringLiteral("P-%1").arg(row + 1, 3, 10, QLatin1Char('0'))));
        model.setItem(row, 1, new QStandardItem(QStringLiteral("Project number %1").arg(row + 1)));
        model.setItem(row, 2, new QStandardItem(QStringLiteral("US$%1").arg((row + 1) * 1000)));
    }
    QTableView view;
    view.setModel(&model);
    PrintedTable table = PrintedTable::ofView(view, QStringLiteral("Projects"));
    QCOMPARE(table.rows.size(), 230);

    const QString path = m_folders.filePath(QStringLiteral("table.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    pdfPrinter(printer, path);
    const int perPage = table.rowsPerPage(printer);
    QVERIFY2(perPage > 10 && perPage < 230, qPrintable(QString::number(perPage)));
    table.print(printer);
    int pages = 0;
    const QString text = printedText(path, &pages);
    const int expectedPages = (230 + perPage - 1) / perPage;
    QCOMPARE(pages, expectedPages);
    const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY(pageTexts.size() >= expectedPages);
    for (int page = 0; page < expectedPages; ++page) {
        const QString &pageText = pageTexts.at(page);
        QVERIFY2(pageText.contains(QRegularExpression(QStringLiteral("Code\\s+Title\\s+Budget"))),
                 qPrintable(pageText.left(400)));
        QVERIFY(pageText.contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(expectedPages)));
    }
    for (int row = 1; row <= 230; ++row)
        QCOMPARE(text.count(QStringLiteral("P-%1 ").arg(row, 3, 10, QLatin1Char('0'))), 1);
}

// The portfolio table prints its shown columns in their order, and only the rows the filter
// leaves.
void TestPrinting::tablePrintsWhatTheViewShows()
{
    MainWindowUnderTest sample(m_samplePath);
    QVERIFY(sample.opened);
    auto *table = sample.window.findChild<QTableView *>(QStringLiteral("projectTable"));
    QVERIFY(table);
    PrintedTable all = PrintedTable::ofView(*table, QStringLiteral("Projects"));
    QCOMPARE(all.rows.size(), table->model()->rowCount());
    QCOMPARE(all.header.value(table->horizontalHeader()->visualIndex(ProjectTableModel::Title)),
             QStringLiteral("Title"));

    table->horizontalHeader()->hideSection(ProjectTableModel::Title);
    const PrintedTable narrower = PrintedTable::ofView(*table, QStringLiteral("Projects"));
    QCOMPARE(narrower.header.size(), all.header.size() - 1);
    QVERIFY(!narrower.header.contains(QStringLiteral("Title")));
    table->horizontalHeader()->showSection(ProjectTableModel::Title);

    ProjectFilter filter;
    filter.text = QStringLiteral("social protection");
    PortfolioContext *context = sample.window.findChild<PortfolioContext *>();
    QVERIFY(context);
    context->setFilter(filter);
    QTRY_VERIFY(table->model()->rowCount() < 8);
    const PrintedTable filtered = PrintedTable::ofView(*table, QStringLiteral("Projects"));
    QCOMPARE(filtered.rows.size(), table->model()->rowCount());
    QVERIFY(filtered.rows.size() >= 1);
}

void TestPrinting::timelinePrintsItsProjects()
{
    SSTC_REQUIRE_TOOL("pdftotext", "poppler-utils");
    MainWindowUnderTest sample(m_samplePath);
    QVERIFY(sample.opened);
    TimelineModel *model = sample.window.findChild<TimelineView *>()->model();
    QVERIFY(model && model->rowCount() > 0);
    const QString path = m_folders.filePath(QStringLiteral("timeline.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    pdfPrinter(printer, path);
    TimelineExporter::print(*model, printer);
    QCOMPARE(printer.pageLayout().orientation(), QPageLayout::Landscape);
    const QString text = printedText(path);
    QVERIFY2(text.contains(QStringLiteral("Project timeline")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Page 1 of")));
}

// The report's Print… puts on paper the pages its PDF has.
void TestPrinting::donorReportPrintsItsPages()
{
    SSTC_REQUIRE_TOOL("pdftotext", "poppler-utils");
    MainWindowUnderTest sample(m_samplePath);
    QVERIFY(sample.opened);
    PortfolioContext *context = sample.window.findChild<PortfolioContext *>();
    QVERIFY(context);
    ReportDialog dialog(*context);
    QStringList problems;
    const ReportRequest request = dialog.request(problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const ReportDocument document = ReportBuilder(*context->store()).build(request);
    const ReportRenderer renderer(document, QPageSize::A4);

    const QString path = m_folders.filePath(QStringLiteral("report.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    pdfPrinter(printer, path);
    QVERIFY(dialog.printTo(printer));
    int pages = 0;
    const QString text = printedText(path, &pages);
    QCOMPARE(pages, renderer.pageCount());
    QVERIFY2(text.contains(QStringLiteral("Page 1 of %1").arg(renderer.pageCount())),
             qPrintable(text.left(600)));
    for (const ReportBlock &block : document.blocks)
        if (block.kind == ReportBlockKind::Title)
            QVERIFY2(text.simplified().contains(block.text.simplified()), qPrintable(block.text));
}

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
