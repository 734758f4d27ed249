// What the user sees on a 1366×768 laptop (issue 21, defect 7), in English and Chinese: the
// pipeline chart's value axis showed "…", the proposal's Amount column "US$150,…", the
// agreement's documents list was one row tall, its history rows wrapped to four lines, and the
// project History needed horizontal scrolling. The same views are saved at 1920×1080 too.
#include "tests/support/FakeClock.h"
#include "tests/support/MainWindowUnderTest.h"
#include "tests/support/Screenshots.h"
#include "tests/support/StoreTestSupport.h"
#include "tests/support/TestFolders.h"

#include "models/itemmodels/AuditTableModel.h"
#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/OfferTableModel.h"
#include "models/itemmodels/ProjectTableModel.h"
#include "models/itemmodels/ProposalTableModel.h"
#include "models/repositories/AgreementRepository.h"
#include "models/repositories/ProjectRecord.h"
#include "models/store/ApplicationIdentity.h"
#include "models/store/PortfolioOpener.h"
#include "ui/agreements/AgreementDetailPane.h"
#include "ui/agreements/AgreementsView.h"
#include "ui/agreements/DocumentsPanel.h"
#include "ui/mainwindow/InterfaceFont.h"
#include "ui/offers/OffersView.h"
#include "ui/offers/PipelineChart.h"
#include "ui/portfolio/PortfolioView.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/undo/AgreementChangeCommand.h"
#include "ui/undo/ProjectChangeCommand.h"

#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace sstc;

namespace {
const QString partnership2012 =
    QStringLiteral("ILO–MOHRSS Partnership Agreement for promoting Technical Cooperation with a "
                   "focus on South-South Cooperation");

QString code(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

// A cell's text fits when the column is as wide as the text and its margins.
bool fits(const QTableView *table, int row, int column)
{
    const QString text = table->model()->index(row, column).data().toString();
    const int margins = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
    return table->fontMetrics().horizontalAdvance(text) + margins <= table->columnWidth(column);
}

bool elided(const QString &text)
{
    return text.contains(QChar(0x2026)) || text.contains(QLatin1String("..."));
}
} // namespace

class TestLaptopScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void offersAreReadable_data();
    void offersAreReadable();
    void agreementPaneIsReadable_data();
    void agreementPaneIsReadable();
    void projectHistoryFitsItsPane_data();
    void projectHistoryFitsItsPane();

private:
    static void addSizesAndLanguages();

    TestFolders m_folders;
    FakeClock m_clock{QDate(2024, 6, 15)};
    QString m_path;
};

void TestLaptopScreen::initTestCase()
{
    setApplicationIdentity();
    applyInterfaceFont();
}

void TestLaptopScreen::init()
{
    // A fresh sample each time: proposals and edits of one test are not in another's.
    m_path = m_folders.filePath(QStringLiteral("sample-%1.sstc").arg(QTest::currentDataTag()));
    QFile::remove(m_path);
    PortfolioOpener::open(m_path, PortfolioOpener::NewFileContent::Sample);
}

void TestLaptopScreen::addSizesAndLanguages()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QSize>("size");
    QTest::newRow("1366-en") << int(Language::English) << QSize(1366, 768);
    QTest::newRow("1366-zh") << int(Language::Chinese) << QSize(1366, 768);
    QTest::newRow("1920-en") << int(Language::English) << QSize(1920, 1080);
    QTest::newRow("1920-zh") << int(Language::Chinese) << QSize(1920, 1080);
}

void TestLaptopScreen::offersAreReadable_data()
{
    addSizesAndLanguages();
}

void TestLaptopScreen::offersAreReadable()
{
    QFETCH(int, language);
    QFETCH(QSize, size);
    MainWindowUnderTest sample(m_path, Language(language));
    QVERIFY(sample.opened);
    QCoreApplication::processEvents(); // the language change is posted to the window
    sample.window.resize(size);
    sample.window.views()->setCurrentWidget(sample.window.offersView());
    QCoreApplication::processEvents();

    // The five-year project (US$1,500,000), and field visits (US$50,000 each) whose amount
    // grows as the quantity is raised: the column was sized for "US$50,000".
    auto *offers = sample.find<QTableView>("offerTable");
    const auto rowOf = [offers](const QString &english, const QString &chinese) {
        for (int row = 0; row < offers->model()->rowCount(); ++row) {
            const QString title =
                offers->model()->index(row, OfferTableModel::Title).data().toString();
            if (title.startsWith(english) || title.startsWith(chinese))
                return row;
        }
        return -1;
    };
    const int fiveYears = rowOf(QStringLiteral("Five-year"), QStringLiteral("南亚"));
    const int visits = rowOf(QStringLiteral("Field visits"), QStringLiteral("赴华"));
    QVERIFY(fiveYears >= 0 && visits >= 0);
    // Field visits alone: the columns are sized for "US$50,000".
    offers->selectRow(visits);
    QTest::mouseClick(sample.find<QPushButton>("addOfferToProposalButton"), Qt::LeftButton);
    auto *lines = sample.find<QTableView>("proposalLinesTable");
    QCOMPARE(lines->model()->rowCount(), 2); // the line and its total
    for (QSpinBox *spin : lines->findChildren<QSpinBox *>(QStringLiteral("quantitySpinBox")))
        if (spin->property("line").toInt() == 0) {
            spin->selectAll();
            QTest::keyClicks(spin, QStringLiteral("30"));
        }
    QCOMPARE(lines->model()->index(0, ProposalTableModel::LineTotal).data().toString(),
             language == int(Language::Chinese) ? QStringLiteral("1,500,000美元")
                                                : QStringLiteral("US$1,500,000"));
    QCoreApplication::processEvents();
    // Every amount, the totals' too, whole in its column as it grows, and the table needs no
    // scrolling.
    for (int row = 0; row < lines->model()->rowCount(); ++row)
        for (int column : {int(ProposalTableModel::UnitCost), int(ProposalTableModel::LineTotal)})
            QVERIFY2(fits(lines, row, column),
                     qPrintable(lines->model()->index(row, column).data().toString()));
    QCOMPARE(lines->horizontalScrollBar()->maximum(), 0);
    offers->selectRow(fiveYears);
    QTest::mouseClick(sample.find<QPushButton>("addOfferToProposalButton"), Qt::LeftButton);
    QTest::mouseClick(sample.find<QPushButton>("saveProposalButton"), Qt::LeftButton);
    QCoreApplication::processEvents();

    // The value axis reads in full.
    auto *chart = sample.window.offersView()->findChild<PipelineChart *>();
    QVERIFY(chart);
    QStringList labels;
    for (QGraphicsItem *item : chart->chart()->scene()->items())
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            labels << text->toPlainText();
    QVERIFY(labels.size() > 4);
    for (const QString &label : std::as_const(labels))
        QVERIFY2(!elided(label), qPrintable(labels.join(QStringLiteral(" | "))));
    saveScreenshot(sample.window, QStringLiteral("offers-%1").arg(size.width()),
                   code(Language(language)));
}

void TestLaptopScreen::agreementPaneIsReadable_data()
{
    addSizesAndLanguages();
}

void TestLaptopScreen::agreementPaneIsReadable()
{
    QFETCH(int, language);
    QFETCH(QSize, size);
    MainWindowUnderTest sample(m_path, Language(language));
    QVERIFY(sample.opened);
    QCoreApplication::processEvents();
    sample.window.resize(size);
    PortfolioContext &context = sample.window.context();
    AgreementsView *view = sample.window.agreementsView();
    sample.window.views()->setCurrentWidget(view);
    QCoreApplication::processEvents();

    std::optional<Agreement> before;
    for (const Agreement &agreement : AgreementRepository(*context.store()).all())
        if (agreement.title.en == partnership2012)
            before = agreement;
    QVERIFY(before);
    const qint64 id = before->id;
    view->selectAgreement(id);
    // A history with long values: the summary rewritten, the end of validity set.
    Agreement after = *before;
    after.summary.en = QStringLiteral(
        "The first SSTC agreement: China committed US$1 million to technical cooperation with a "
        "focus on South-South Cooperation, later amended to add social protection.");
    after.validTo = PartialDate::year(2017);
    AgreementChangeCommand::apply(context, before, after, QStringLiteral("Edit agreement"));
    const QString pdf = m_folders.filePath(QStringLiteral("signed.pdf"));
    QVERIFY(testsupport::writeFile(pdf, QByteArray("%PDF-1.4 signed")));
    Document document;
    document.title = {QStringLiteral("Signed partnership agreement"),
                      QStringLiteral("已签署的伙伴关系协议")};
    document.kind = DocumentKind::SignedAgreement;
    QCOMPARE(view->detailPane()->documents()->attachFile(pdf, document), QString());
    QCoreApplication::processEvents();

    // The documents list shows at least three rows.
    auto *documents = view->findChild<QTableWidget *>(QStringLiteral("documentsTable"));
    QVERIFY(documents && documents->isVisible());
    QVERIFY2(documents->viewport()->height() >=
                 3 * documents->verticalHeader()->defaultSectionSize(),
             qPrintable(QString::number(documents->viewport()->height())));

    // History rows of at most two lines, and no sideways scrolling.
    auto *changes = view->findChild<QTableView *>(QStringLiteral("agreementChangesTable"));
    QVERIFY(changes && changes->model()->rowCount() >= 3);
    const int twoLines = 2 * changes->fontMetrics().lineSpacing() + 12;
    for (int row = 0; row < changes->model()->rowCount(); ++row)
        QVERIFY2(changes->rowHeight(row) <= twoLines, qPrintable(QStringLiteral("row %1: %2 > %3")
                                                                     .arg(row)
                                                                     .arg(changes->rowHeight(row))
                                                                     .arg(twoLines)));
    QCOMPARE(changes->horizontalScrollBar()->maximum(), 0);
    // When and who read in full.
    for (int row = 0; row < changes->model()->rowCount(); ++row)
        QVERIFY(fits(changes, row, AuditTableModel::Who));
    saveScreenshot(sample.window, QStringLiteral("agreements-%1").arg(size.width()),
                   code(Language(language)));
}

void TestLaptopScreen::projectHistoryFitsItsPane_data()
{
    addSizesAndLanguages();
}

void TestLaptopScreen::projectHistoryFitsItsPane()
{
    QFETCH(int, language);
    QFETCH(QSize, size);
    MainWindowUnderTest sample(m_path, Language(language));
    QVERIFY(sample.opened);
    sample.window.resize(size);
    PortfolioContext &context = sample.window.context();
    QCoreApplication::processEvents();

    auto *table = sample.find<QTableView>("projectTable");
    qint64 id = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()
                ->index(row, ProjectTableModel::Title)
                .data(Qt::EditRole)
                .toString()
                .contains(QStringLiteral("Cambodia and Lao PDR")) ||
            table->model()
                ->index(row, ProjectTableModel::Title)
                .data()
                .toString()
                .contains(QStringLiteral("柬埔寨和老挝")))
            id = table->model()->index(row, 0).data(IdRole).toLongLong();
    if (id == 0)
        id = table->model()->index(0, 0).data(IdRole).toLongLong();
    const ProjectRecord before = *ProjectRecordRepository(*context.store()).load(id);
    ProjectRecord after = before;
    after.project.title.en += QStringLiteral(" (Phase I)");
    after.project.plannedEnd = PartialDate::year(2018);
    ProjectChangeCommand::apply(context, before, after, QStringLiteral("Edit project"));
    context.setCurrentProject(id);
    auto *tabs = sample.find<QTabWidget>("projectDetailTabs");
    auto *history = sample.find<QTableView>("projectHistoryTable");
    tabs->setCurrentWidget(history);
    QCoreApplication::processEvents();

    QVERIFY(history->model()->rowCount() >= 2);
    QCOMPARE(history->horizontalScrollBar()->maximum(), 0);
    const int twoLines = 2 * history->fontMetrics().lineSpacing() + 12;
    for (int row = 0; row < history->model()->rowCount(); ++row) {
        QVERIFY(history->rowHeight(row) <= twoLines);
        // The moment in two lines: its day whole on the first, its time under it.
        const QString when = history->model()->index(row, AuditTableModel::When).data().toString();
        const QString day = when.left(when.lastIndexOf(u' '));
        QVERIFY2(history->fontMetrics().horizontalAdvance(day) + 4 <=
                     history->columnWidth(AuditTableModel::When),
                 qPrintable(when));
    }
    saveScreenshot(sample.window, QStringLiteral("project-history-%1").arg(size.width()),
                   code(Language(language)));
}

QTEST_MAIN(TestLaptopScreen)
#include "tst_laptopscreen.moc"
