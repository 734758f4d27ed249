// The funding dashboard over a PortfolioContext with the sample portfolio: its charts add up
// to the database's sums, follow the filter and the reporting currency (remembered), say which
// amounts they could not convert, show their data as a table, give exact amounts on hover,
// export PNG and SVG, and narrow the portfolio on a click. The exchange-rate editor imports
// CSV (refusing a file with a broken line whole) and saves undoably. The figures are computed
// in the background: the charts say "Loading…" until they come, and a newer request
// overtakes an older one. Screenshots in both languages.
#include "tests/support/Screenshots.h"
#include "tests/support/TestFolders.h"

#include "models/funding/FundingBreakdowns.h"
#include "models/funding/FundingFiguresLoader.h"
#include "models/report/ReportWords.h"
#include "models/repositories/FundingRepository.h"
#include "models/store/ApplicationIdentity.h"
#include "models/store/PortfolioOpener.h"
#include "models/store/PortfolioStore.h"
#include "models/text/ProblemList.h"
#include "translations/TranslationLoader.h"
#include "ui/funding/ExchangeRatesDialog.h"
#include "ui/funding/FundingChartPanel.h"
#include "ui/funding/FundingCharts.h"
#include "ui/funding/FundingView.h"
#include "ui/mainwindow/InterfaceFont.h"
#include "ui/shell/PortfolioContext.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHelpEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QUndoStack>
#include <QValueAxis>
#include <QtTest>

#include <memory>

using namespace sstc;

// The figures come from another thread: wait until the newest request has been answered.
#define WAIT_FOR_FIGURES() QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), 20000)

class TestFundingView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void chartsAddUpToTheDatabase();
    void everyBreakdownHasItsPanel();
    void deliveryRatesReadAsInTheDonorReport();
    void reportingCurrencyIsRememberedAndMissingRatesAreListed();
    void yuanWithoutRatesSaysSoAndOffersTheRates();
    void anUndatedLineIsSaidToHaveNoDate();
    void exchangeRatesImportSaveAndUndo();
    void brokenRateFileImportsNothing();
    void hugeRateFilesKeepTheDialogSmall_data();
    void hugeRateFilesKeepTheDialogSmall();
    void chineseExcelRateFile();
    void showsTablesAndExactAmounts();
    void theTablePrintsADashWhereNothingIsRecorded();
    void longProjectTitlesAreElided();
    void exportsPngAndSvg();
    void manyProjectsChartTheLargestAndTableAll();
    void clickingABarNarrowsThePortfolio();
    void realMouseOnABar();
    void followsFilterAndLanguage();
    void chartsSayLoadingUntilTheFiguresCome();
    void newerRequestOvertakesAnOlderOne();
    void workerErrorsReachTheUser();
    void screenshots_data();
    void screenshots();

private:
    qint64 directBudgetSum(const QString &extra = {}, const QVariantList &values = {});
    QString writeFile(const QString &name, const QByteArray &bytes);

    TestFolders m_folders;
    TranslationLoader m_translations; // English plural forms, or Chinese
    QString m_samplePath;
    std::unique_ptr<PortfolioStore> m_store;
    std::unique_ptr<PortfolioContext> m_context;
    std::unique_ptr<FundingView> m_view;
};

void TestFundingView::initTestCase()
{
    setApplicationIdentity();
    applyInterfaceFont();
    QVERIFY(m_translations.apply(Language::English));
    m_samplePath = m_folders.filePath(QStringLiteral("sample.sstc"));
}

void TestFundingView::init()
{
    QSettings().clear();
    QFile::remove(m_samplePath);
    m_store = PortfolioOpener::open(m_samplePath, PortfolioOpener::NewFileContent::Sample);
    m_context = std::make_unique<PortfolioContext>();
    m_view = std::make_unique<FundingView>(*m_context);
    m_view->resize(1366, 768);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_context->setStore(m_store.get());
    WAIT_FOR_FIGURES();
}

void TestFundingView::cleanup()
{
    m_view.reset();
    m_context.reset();
    m_store.reset();
}

qint64 TestFundingView::directBudgetSum(const QString &extra, const QVariantList &values)
{
    QSqlQuery query =
        m_store->run(QStringLiteral("SELECT SUM(amount_hundredths) FROM funding_lines WHERE kind = "
                                    "'original_budget' AND currency = 'USD' ") +
                         extra,
                     values);
    return query.next() ? query.value(0).toLongLong() : -1;
}

QString TestFundingView::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_folders.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(bytes);
    return path;
}

namespace {
double chartTotal(const FundingChartData &data)
{
    double total = 0;
    for (int s = 0; s < data.series.size(); ++s)
        for (int c = 0; c < data.categories.size(); ++c)
            total += data.value(s, c);
    return total;
}
} // namespace

void TestFundingView::chartsAddUpToTheDatabase()
{
    QCOMPARE(m_view->objectName(), QStringLiteral("fundingView"));
    QCOMPARE(m_view->reportingCurrency(), QStringLiteral("USD"));
    const qint64 total = directBudgetSum();
    QVERIFY(total > 0);
    for (auto breakdown : {FundingBreakdown::YearByDonor, FundingBreakdown::Country,
                           FundingBreakdown::SdgGoal, FundingBreakdown::Theme}) {
        const FundingChartData &data = m_view->panel(breakdown)->data();
        QVERIFY(!data.isEmpty());
        QCOMPARE(qRound64(chartTotal(data)), total);
    }
    // The delivery chart's budget series adds up to the same.
    const FundingChartData &delivery = m_view->panel(FundingBreakdown::DeliveryByProject)->data();
    QCOMPARE(delivery.series.at(0).key, QStringLiteral("budget"));
    double budgets = 0;
    for (int c = 0; c < delivery.categories.size(); ++c)
        budgets += delivery.value(0, c);
    QCOMPARE(qRound64(budgets), total);
    // All sample amounts are in dollars: nothing is left unconverted.
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("unconvertedNotice"))->isHidden());
}

// One entry per chart in the aggregator's table and in the dashboard's, in the same order.
void TestFundingView::everyBreakdownHasItsPanel()
{
    const QList<FundingBreakdownQuery> &queries = FundingBreakdowns::all();
    const QList<FundingChart> &charts = FundingCharts::all();
    QCOMPARE(charts.size(), queries.size());
    QStringList names;
    for (int i = 0; i < charts.size(); ++i) {
        QCOMPARE(charts.at(i).breakdown, queries.at(i).breakdown);
        QCOMPARE(FundingBreakdowns::indexOf(charts.at(i).breakdown), i);
        FundingChartPanel *panel = m_view->panel(charts.at(i).breakdown);
        QCOMPARE(panel->objectName(), charts.at(i).objectName);
        QCOMPARE(m_view->findChild<FundingChartPanel *>(charts.at(i).objectName), panel);
        names << panel->objectName();
    }
    QCOMPARE(names, QStringList({"yearDonorChart", "countryChart", "sdgChart", "themeChart",
                                 "deliveryChart"}));
}

// The delivery chart's "81.3% spent" is the donor report's rate of the same amounts.
void TestFundingView::deliveryRatesReadAsInTheDonorReport()
{
    // Spending: 81.25 % of one budget, two thirds of another, and a project with no budget.
    QSqlQuery budgets = m_store->run(
        QStringLiteral("SELECT project_id, amount_hundredths FROM funding_lines ORDER BY id"));
    QList<QPair<qint64, qint64>> budgeted;
    while (budgets.next())
        budgeted.append({budgets.value(0).toLongLong(), budgets.value(1).toLongLong()});
    QVERIFY(budgeted.size() >= 2);
    const qint64 unbudgeted = m_store->insert(
        QStringLiteral("INSERT INTO projects (title_en) VALUES ('Spent, no budget') RETURNING id"),
        {});
    const QList<QPair<qint64, qint64>> spending = {
        {budgeted.at(0).first, budgeted.at(0).second * 8125 / 10000},
        {budgeted.at(1).first, budgeted.at(1).second * 2 / 3},
        {unbudgeted, 5000}};
    for (const auto &[project, hundredths] : spending)
        m_store->run(QStringLiteral("INSERT INTO funding_lines (project_id, kind, "
                                    "amount_hundredths, currency, value_date) VALUES "
                                    "(?, 'expenditure', ?, 'USD', '2020-01-01')"),
                     {project, hundredths});
    m_context->notifyDataChanged();
    WAIT_FOR_FIGURES();

    const FundingChartData &delivery = m_view->panel(FundingBreakdown::DeliveryByProject)->data();
    QCOMPARE(delivery.series.at(2).key, QStringLiteral("expenditure"));
    int rated = 0;
    QStringList notes;
    for (int c = 0; c < delivery.categories.size(); ++c) {
        notes << delivery.categories.at(c).note;
        const qint64 budget = qRound64(delivery.value(0, c));
        const qint64 spent = qRound64(delivery.value(2, c));
        const QString rate = ReportWords::rate(spent, budget, Language::English);
        if (budget > 0 && !delivery.isRecorded(2, c)) {
            // Nothing spent recorded: the report's dash, not "0% spent".
            QCOMPARE(delivery.categories.at(c).note, QString());
        } else if (budget > 0) {
            QCOMPARE(delivery.categories.at(c).note, rate + QStringLiteral(" spent"));
            rated += spent > 0;
        } else {
            QCOMPARE(rate, ReportWords::dash());
            QCOMPARE(delivery.categories.at(c).note, QStringLiteral("no budget"));
        }
    }
    QCOMPARE(rated, 2);
    QVERIFY(notes.contains(QStringLiteral("81.3% spent")));
    QVERIFY(notes.contains(QStringLiteral("66.7% spent")));
    QVERIFY(notes.contains(QStringLiteral("no budget")));
}

void TestFundingView::reportingCurrencyIsRememberedAndMissingRatesAreListed()
{
    auto *combo = m_view->findChild<QComboBox *>(QStringLiteral("reportingCurrencyCombo"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(QStringLiteral("CNY")));
    QCOMPARE(m_view->reportingCurrency(), QStringLiteral("CNY"));
    QCOMPARE(QSettings().value(QStringLiteral("funding/reportingCurrency")).toString(),
             QStringLiteral("CNY"));
    WAIT_FOR_FIGURES();
    // No rate at all: every dollar amount is listed as not converted, and no bar counts it.
    const QString notice = m_view->unconvertedNotice();
    QVERIFY2(notice.contains(QStringLiteral("US$2,945,000")), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("4 lines")), qPrintable(notice));
    QCOMPARE(chartTotal(m_view->panel(FundingBreakdown::Country)->data()), 0.0);
    // A new view starts with the remembered choice.
    FundingView again(*m_context);
    QCOMPARE(again.reportingCurrency(), QStringLiteral("CNY"));
}

// Issue 21: with no rates, the yuan view said "No funding lines of this kind" over empty charts.
void TestFundingView::yuanWithoutRatesSaysSoAndOffersTheRates()
{
    auto *combo = m_view->findChild<QComboBox *>(QStringLiteral("reportingCurrencyCombo"));
    auto *empty = m_view->findChild<QLabel *>(QStringLiteral("fundingEmptyLabel"));
    auto *offer = m_view->findChild<QPushButton *>(QStringLiteral("fundingEmptyRatesButton"));
    QVERIFY(combo && empty && offer);
    QVERIFY(!empty->isVisible());
    QVERIFY(!offer->isVisible());
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down); // from US dollars to yuan
    QCOMPARE(m_view->reportingCurrency(), QStringLiteral("CNY"));
    WAIT_FOR_FIGURES();
    QVERIFY(empty->isVisible());
    QVERIFY2(!empty->text().contains(QStringLiteral("No funding lines")),
             qPrintable(empty->text()));
    QVERIFY2(empty->text().startsWith(
                 QStringLiteral("None of these funding lines could be converted to Chinese yuan")),
             qPrintable(empty->text()));
    QVERIFY(offer->isVisible());
    saveScreenshot(*m_view, QStringLiteral("funding-yuan-no-rates"), QStringLiteral("en"));

    bool opened = false;
    QTimer::singleShot(0, this, [&opened] {
        auto *dialog = qobject_cast<ExchangeRatesDialog *>(QApplication::activeModalWidget());
        opened = dialog != nullptr;
        if (dialog)
            dialog->reject();
    });
    QTest::mouseClick(offer, Qt::LeftButton);
    QVERIFY(opened);

    QVERIFY(m_translations.apply(Language::Chinese));
    m_context->setLanguage(Language::Chinese);
    QVERIFY(empty->text().contains(QStringLiteral("人民币")));
    saveScreenshot(*m_view, QStringLiteral("funding-yuan-no-rates"), QStringLiteral("zh"));
    QVERIFY(m_translations.apply(Language::English));
    m_context->setLanguage(Language::English);
}

// Issue 21: a line with no date at all was blamed on a missing rate on its value date.
void TestFundingView::anUndatedLineIsSaidToHaveNoDate()
{
    QSqlQuery first = m_store->run(QStringLiteral("SELECT MIN(id) FROM projects"));
    QVERIFY(first.next());
    m_store->run(QStringLiteral("INSERT INTO funding_lines (project_id, kind, amount_hundredths, "
                                "currency) VALUES (?, 'original_budget', 1234500, 'CNY')"),
                 {first.value(0)});
    m_context->notifyDataChanged();
    WAIT_FOR_FIGURES();
    const QString notice = m_view->unconvertedNotice();
    QVERIFY2(notice.contains(QStringLiteral("having no date")), qPrintable(notice));
    QVERIFY2(!notice.contains(QStringLiteral("for want of an exchange rate")), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("CN¥12,345")), qPrintable(notice));
    // The dollar charts are not empty: no question of rates there.
    QVERIFY(
        !m_view->findChild<QPushButton *>(QStringLiteral("fundingEmptyRatesButton"))->isVisible());
}

void TestFundingView::exchangeRatesImportSaveAndUndo()
{
    m_view->setReportingCurrency(QStringLiteral("CNY"));
    WAIT_FOR_FIGURES();
    ExchangeRatesDialog dialog(*m_context, m_view.get());
    QCOMPARE(dialog.objectName(), QStringLiteral("exchangeRatesDialog"));
    QCOMPARE(dialog.table()->rowCount(), 0);
    const QString path =
        writeFile(QStringLiteral("rates.csv"), "currency,to_currency,date,rate,source\n"
                                               "USD,CNY,2012-01-01,6.3,PBC\n"
                                               "USD,CNY,2018-01-01,6.5,PBC\n");
    QVERIFY(dialog.importFile(path));
    QCOMPARE(dialog.table()->rowCount(), 2);
    // Nothing is saved before Save.
    QCOMPARE(FundingRepository(*m_store).rates().size(), 0);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(FundingRepository(*m_store).rates().size(), 2);
    QVERIFY(m_context->undoStack()->canUndo());
    WAIT_FOR_FIGURES();
    // The 2013 budget at 6.3, the 2018 ones at 6.5.
    const qint64 total2013 = directBudgetSum(QStringLiteral("AND period_start = '2013'"));
    const qint64 later = directBudgetSum(QStringLiteral("AND period_start >= '2018'"));
    QCOMPARE(qRound64(chartTotal(m_view->panel(FundingBreakdown::Country)->data())),
             qRound64(total2013 * 6.3 + later * 6.5));
    QVERIFY(m_view->unconvertedNotice().isEmpty());

    m_context->undoStack()->undo();
    QCOMPARE(FundingRepository(*m_store).rates().size(), 0);
    WAIT_FOR_FIGURES();
    QVERIFY(!m_view->unconvertedNotice().isEmpty());
    m_context->undoStack()->redo();
    QCOMPARE(FundingRepository(*m_store).rates().size(), 2);
    WAIT_FOR_FIGURES();
    QVERIFY(m_view->unconvertedNotice().isEmpty());
}

void TestFundingView::brokenRateFileImportsNothing()
{
    ExchangeRatesDialog dialog(*m_context);
    const QString path =
        writeFile(QStringLiteral("broken.csv"), "currency,to_currency,date,rate,source\n"
                                                "USD,CNY,2012-01-01,6.3,PBC\n"
                                                "USD,CNY,2018-01-01,-6.5,PBC\n"
                                                "XYZ,CNY,2019-01-01,6.5,PBC\n");
    QVERIFY(!dialog.importFile(path));
    QCOMPARE(dialog.table()->rowCount(), 0);
    const QString problems = dialog.problemText();
    QVERIFY2(problems.contains(QStringLiteral("Line 3: The rate must be a number above zero.")),
             qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("Line 4: “XYZ” is not an ISO 4217")),
             qPrintable(problems));
    // A rate typed in the table is checked too, and nothing is saved.
    dialog.addRate();
    for (const QString &zero : {QStringLiteral("0"), QStringLiteral("0.0")}) {
        dialog.table()->item(0, 3)->setText(zero);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.problemText().contains(QStringLiteral("Row 1:")), qPrintable(zero));
        QVERIFY2(dialog.problemText().contains(QStringLiteral("above zero")),
                 qPrintable(dialog.problemText()));
    }
    QCOMPARE(FundingRepository(*m_store).rates().size(), 0);
    QVERIFY(!m_context->undoStack()->canUndo());
}

namespace {
QByteArray manyBadLines(int count)
{
    QByteArray bytes = "currency,to_currency,date,rate,source\n";
    for (int i = 0; i < count; ++i)
        bytes += "XXX,CNY,2019-01-01,6.5,PBC\n";
    return bytes;
}
} // namespace

void TestFundingView::hugeRateFilesKeepTheDialogSmall_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("last");
    QTest::newRow("100,000 bad lines")
        << manyBadLines(100000) << QStringLiteral("… and 99,990 more problems.");
    QTest::newRow("2 MB currency field")
        << "currency,to_currency,date,rate,source\n" + QByteArray(2 * 1024 * 1024, 'C') +
               ",USD,2019-01-02,0.1456,PBC\n"
        << QStringLiteral("Line 2: field 1 is longer than 1,000 characters: "
                          "“CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC…”.");
}

// The first ten problems and a count of the rest, each quoting a short excerpt: the
// message is a few lines and the dialog a normal size (it took 58 s, 16 GB and a
// 1.4-million-pixel-tall dialog when the label held it all).
void TestFundingView::hugeRateFilesKeepTheDialogSmall()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, last);
    ExchangeRatesDialog dialog(*m_context, m_view.get());
    dialog.show();
    QVERIFY(!dialog.importFile(writeFile(QStringLiteral("huge.csv"), bytes)));
    QCOMPARE(dialog.table()->rowCount(), 0);
    const QStringList lines = dialog.problemText().split(QLatin1Char('\n'));
    QVERIFY2(lines.size() <= ProblemList::shown + 2, qPrintable(QString::number(lines.size())));
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Nothing was imported from ")));
    QCOMPARE(lines.last(), last);
    QVERIFY2(dialog.problemText().size() < 3000,
             qPrintable(QString::number(dialog.problemText().size())));
    QCoreApplication::processEvents();
    const int screenHeight = dialog.screen()->availableGeometry().height();
    QVERIFY2(
        dialog.sizeHint().height() < screenHeight,
        qPrintable(QStringLiteral("%1 >= %2").arg(dialog.sizeHint().height()).arg(screenHeight)));
    QVERIFY2(dialog.height() < screenHeight, qPrintable(QString::number(dialog.height())));
    QVERIFY2(dialog.minimumSizeHint().height() < screenHeight,
             qPrintable(QString::number(dialog.minimumSizeHint().height())));
}

// Chinese Excel saves CSV in GB18030: detected and said, or chosen; bytes that are neither
// UTF-8 nor GB18030 are refused with their line, nothing stored garbled.
void TestFundingView::chineseExcelRateFile()
{
    ExchangeRatesDialog dialog(*m_context, m_view.get());
    auto *encoding = dialog.findChild<QComboBox *>(QStringLiteral("ratesEncodingCombo"));
    QVERIFY(encoding);
    QCOMPARE(encoding->count(), 4);
    QCOMPARE(encoding->currentText(), QStringLiteral("Automatic"));
    QCOMPARE(encoding->itemText(2), QStringLiteral("GB18030 (Chinese Windows)"));
    // "中国人民银行" as `iconv -t GB18030` writes it.
    const QString gb =
        writeFile(QStringLiteral("gb18030.csv"),
                  "currency,to_currency,date,rate,source\r\n"
                  "USD,CNY,2012-01-01,6.3,\xD6\xD0\xB9\xFA\xC8\xCB\xC3\xF1\xD2\xF8\xD0\xD0\r\n");
    QVERIFY(dialog.importFile(gb));
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, 4)->text(), QStringLiteral("中国人民银行"));
    QVERIFY2(dialog.problemText().contains(
                 QStringLiteral("The file was read as GB18030 (Chinese Windows).")),
             qPrintable(dialog.problemText()));

    // Chosen as UTF-8, the same file is refused, naming the line.
    encoding->setCurrentIndex(1);
    QVERIFY(!dialog.importFile(gb));
    QVERIFY2(dialog.problemText().contains(QStringLiteral("Line 2: this is not UTF-8 text.")),
             qPrintable(dialog.problemText()));

    // Latin-1 is neither: refused whole, nothing added.
    encoding->setCurrentIndex(0);
    const QString latin1 = writeFile(QStringLiteral("latin1.csv"),
                                     "currency,to_currency,date,rate,source\n"
                                     "EUR,CNY,2012-01-01,8.1,BCE\n"
                                     "EUR,CNY,2013-01-01,8.2,Banque de France, caf\xE9\n");
    QVERIFY(!dialog.importFile(latin1));
    QCOMPARE(dialog.table()->rowCount(), 1);
    QVERIFY2(dialog.problemText().contains(
                 QStringLiteral("Line 3: this is neither UTF-8 nor GB18030 text.")),
             qPrintable(dialog.problemText()));
    QVERIFY(!dialog.problemText().contains(QChar(0xFFFD)));
}

void TestFundingView::showsTablesAndExactAmounts()
{
    FundingChartPanel *country = m_view->panel(FundingBreakdown::Country);
    QVERIFY(!country->showsTable());
    auto *toggle = country->findChild<QToolButton *>(QStringLiteral("countryChartTableToggle"));
    QVERIFY(toggle);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(country->showsTable());
    QVERIFY(country->table()->isVisible());
    const FundingChartData &data = country->data();
    QCOMPARE(country->table()->rowCount(), int(data.categories.size()));
    // Cambodia gets shares of three projects' budgets, split equally with their other countries.
    int cambodia = -1;
    for (int c = 0; c < data.categories.size(); ++c)
        if (data.categories.at(c).key == QStringLiteral("KH"))
            cambodia = c;
    QVERIFY(cambodia >= 0);
    const double expected = 100000000 / 2.0 + 100000000 / 3.0 + 74500000 / 2.0;
    QCOMPARE(qRound64(data.value(0, cambodia)), qRound64(expected));
    QCOMPARE(country->table()->item(cambodia, 1)->text(), QStringLiteral("US$1,205,833.33"));
    QCOMPARE(country->barText(0, cambodia), QStringLiteral("Cambodia: US$1,205,833.33"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!country->showsTable());

    // The stacked chart names the donor and the year.
    const FundingChartPanel *years = m_view->panel(FundingBreakdown::YearByDonor);
    QCOMPARE(years->data().categories.first().label, QStringLiteral("2013"));
    QCOMPARE(years->barText(0, 0), QStringLiteral("2013 · MOHRSS: US$1,000,000"));
}

// Issue 21: the delivery table printed US$0 and 0% for a project with no expenditure recorded.
void TestFundingView::theTablePrintsADashWhereNothingIsRecorded()
{
    // One sample project spends; the others have budgets only.
    QSqlQuery first = m_store->run(
        QStringLiteral("SELECT MIN(project_id) FROM funding_lines WHERE kind = 'original_budget'"));
    QVERIFY(first.next());
    const QString spender = first.value(0).toString();
    m_store->run(QStringLiteral("INSERT INTO funding_lines (project_id, kind, amount_hundredths, "
                                "currency, value_date) VALUES (?, 'expenditure', 0, 'USD', "
                                "'2020-01-01')"),
                 {first.value(0)});
    m_context->notifyDataChanged();
    WAIT_FOR_FIGURES();

    FundingChartPanel *delivery = m_view->panel(FundingBreakdown::DeliveryByProject);
    QTest::mouseClick(
        delivery->findChild<QToolButton *>(QStringLiteral("deliveryChartTableToggle")),
        Qt::LeftButton);
    QTableWidget *table = delivery->table();
    QVERIFY(table->isVisible());
    QCOMPARE(table->columnCount(), 5); // project, budget, received, spent, delivery rate
    const QString dash = QStringLiteral("—");
    int withoutSpending = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString key = delivery->data().categories.at(row).key;
        const QString spent = table->item(row, 3)->text();
        const QString rate = table->item(row, 4)->text();
        QVERIFY2(!table->item(row, 1)->text().isEmpty(), qPrintable(key));
        QCOMPARE(table->item(row, 2)->text(), dash); // no funds received in the sample
        if (key == spender) {
            // Recorded, and zero: that is a figure, not a gap.
            QCOMPARE(spent, QStringLiteral("US$0"));
            QCOMPARE(rate, QStringLiteral("0% spent"));
        } else {
            QCOMPARE(spent, dash);
            QCOMPARE(rate, dash);
            ++withoutSpending;
        }
    }
    QVERIFY(withoutSpending > 0);
}

void TestFundingView::longProjectTitlesAreElided()
{
    const FundingChartPanel *delivery = m_view->panel(FundingBreakdown::DeliveryByProject);
    const QList<QAbstractAxis *> axes = delivery->chartView()->chart()->axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    auto *axis = qobject_cast<QBarCategoryAxis *>(axes.first());
    QVERIFY(axis);
    QCOMPARE(axis->count(), int(delivery->data().categories.size()));
    const QFontMetrics metrics(delivery->chartView()->font());
    bool someElided = false;
    for (const QString &label : axis->categories()) {
        QVERIFY2(metrics.horizontalAdvance(label) <= 250, qPrintable(label));
        someElided = someElided || label.endsWith(QChar(0x2026));
    }
    QVERIFY(someElided);
    // The full title is in the tooltip and the table.
    QVERIFY(delivery->barText(0, 0).startsWith(delivery->data().categories.at(0).label));
    QVERIFY(delivery->data().categories.at(0).label.size() > 60);
}

void TestFundingView::exportsPngAndSvg()
{
    FundingChartPanel *years = m_view->panel(FundingBreakdown::YearByDonor);
    const QString png = m_folders.filePath(QStringLiteral("years.png"));
    const QString svg = m_folders.filePath(QStringLiteral("years.svg"));
    QVERIFY(years->exportPng(png));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), years->chartView()->size());
    QVERIFY(years->exportSvg(svg));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("<svg"));
    QVERIFY(bytes.contains("MOHRSS"));
    // Also while the table hides the chart.
    years->setShowsTable(true);
    QVERIFY(years->exportPng(png));
    QVERIFY(!QImage(png).isNull());
    QVERIFY(!years->exportPng(m_folders.filePath(QStringLiteral("no/such/folder/x.png"))));
}

void TestFundingView::manyProjectsChartTheLargestAndTableAll()
{
    for (int i = 1; i <= 25; ++i) {
        const qint64 id = m_store->insert(
            QStringLiteral("INSERT INTO projects (title_en) VALUES (?) RETURNING id"),
            {QStringLiteral("Synthetic test project %1").arg(i)});
        m_store->run(QStringLiteral("INSERT INTO funding_lines (project_id, kind, "
                                    "amount_hundredths, currency, value_date) VALUES "
                                    "(?, 'original_budget', ?, 'USD', '2020-01-01')"),
                     {id, i * 100});
    }
    m_context->notifyDataChanged();
    WAIT_FOR_FIGURES();
    const FundingChartPanel *delivery = m_view->panel(FundingBreakdown::DeliveryByProject);
    QCOMPARE(delivery->data().categories.size(), 4 + 25);
    auto *axis = qobject_cast<QBarCategoryAxis *>(
        delivery->chartView()->chart()->axes(Qt::Vertical).first());
    QCOMPARE(axis->count(), 20);
    // The largest budgets at the top: the four sample projects, then the synthetic ones from 25
    // down to 10 at the bottom (the axis lists its categories bottom up).
    QVERIFY(axis->categories().first().startsWith(QStringLiteral("Synthetic test project 10")));
    QVERIFY(axis->categories().last().startsWith(QStringLiteral("Expand Employment")));
    QCOMPARE(delivery->table()->rowCount(), 29);
    const QString title =
        delivery->findChild<QLabel *>(QStringLiteral("deliveryChartTitle"))->text();
    QVERIFY2(title.contains(QStringLiteral("largest 20 of 29")), qPrintable(title));
}

void TestFundingView::clickingABarNarrowsThePortfolio()
{
    QSignalSpy filterChanged(m_context.get(), &PortfolioContext::filterChanged);
    FundingChartPanel *country = m_view->panel(FundingBreakdown::Country);
    emit country->barClicked(QStringLiteral("KH"), QString());
    QCOMPARE(m_context->filter().countryCodes, QStringList{QStringLiteral("KH")});
    QCOMPARE(filterChanged.count(), 1);
    WAIT_FOR_FIGURES();
    // The charts now show only Cambodia's projects (whose other countries keep their shares).
    QCOMPARE(qRound64(chartTotal(country->data())),
             directBudgetSum(QStringLiteral("AND project_id IN (SELECT project_id FROM "
                                            "project_countries WHERE country_code = 'KH')")));

    const FundingChartData &years = m_view->panel(FundingBreakdown::YearByDonor)->data();
    emit m_view->panel(FundingBreakdown::YearByDonor)
        ->barClicked(years.categories.last().key, years.series.first().key);
    QCOMPARE(m_context->filter().donorIds, QList<qint64>{years.series.first().key.toLongLong()});
    QCOMPARE(m_context->filter().from, QDate(2018, 1, 1));
    QCOMPARE(m_context->filter().to, QDate(2018, 12, 31));
    QCOMPARE(m_context->filter().countryCodes, QStringList{QStringLiteral("KH")});
    WAIT_FOR_FIGURES();

    m_view->narrowTo(FundingBreakdown::SdgGoal, QStringLiteral("8"), QString());
    QCOMPARE(m_context->filter().sdgGoals, QList<int>{8});
    WAIT_FOR_FIGURES();
    const FundingChartData &themes = m_view->panel(FundingBreakdown::Theme)->data();
    m_view->narrowTo(FundingBreakdown::Theme, themes.categories.first().key, QString());
    QCOMPARE(m_context->filter().themeIds,
             QList<qint64>{themes.categories.first().key.toLongLong()});
    // The "unspecified" bar stands for no one value: it leaves the filter alone.
    const ProjectFilter before = m_context->filter();
    m_view->narrowTo(FundingBreakdown::Country, QString(), QString());
    QCOMPARE(m_context->filter(), before);
    WAIT_FOR_FIGURES();
    // A project's bar makes it current.
    const FundingChartData &delivery = m_view->panel(FundingBreakdown::DeliveryByProject)->data();
    emit m_view->panel(FundingBreakdown::DeliveryByProject)
        ->barClicked(delivery.categories.first().key, QStringLiteral("budget"));
    QCOMPARE(m_context->currentProjectId(), delivery.categories.first().key.toLongLong());
}

void TestFundingView::realMouseOnABar()
{
    // The 2018 column of the year chart, found where the chart draws it.
    FundingChartPanel *years = m_view->panel(FundingBreakdown::YearByDonor);
    QChartView *view = years->chartView();
    QChart *chart = view->chart();
    QCOMPARE(years->data().categories.at(1).key, QStringLiteral("2018"));
    const double value = years->data().value(0, 1) / 100.0 / 1000.0; // the axis is in thousands
    const QPointF scenePoint =
        chart->mapToScene(chart->mapToPosition(QPointF(1, value / 2), chart->series().first()));
    const QPoint point = view->mapFromScene(scenePoint);
    QVERIFY(view->viewport()->rect().contains(point));

    QTest::mouseMove(view->viewport(), point);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), QStringLiteral("2018 · MOHRSS: US$1,945,000"));
    // Issue 21: the tooltip event that comes when the mouse rests (what QApplication sends
    // after its delay) reached the chart's scene, which hid the amount again.
    QHelpEvent rest(QEvent::ToolTip, point, view->viewport()->mapToGlobal(point));
    QApplication::sendEvent(view->viewport(), &rest);
    QVERIFY(rest.isAccepted());
    QVERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), QStringLiteral("2018 · MOHRSS: US$1,945,000"));

    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    QTRY_COMPARE(m_context->filter().from, QDate(2018, 1, 1));
    QCOMPARE(m_context->filter().to, QDate(2018, 12, 31));
    QCOMPARE(m_context->filter().donorIds.size(), 1);
}

void TestFundingView::followsFilterAndLanguage()
{
    ProjectFilter filter;
    filter.countryCodes = {QStringLiteral("PK")};
    m_context->setFilter(filter);
    WAIT_FOR_FIGURES();
    QCOMPARE(qRound64(chartTotal(m_view->panel(FundingBreakdown::Theme)->data())),
             qint64(74500000));
    filter.countryCodes = {QStringLiteral("MN")};
    m_context->setFilter(filter);
    WAIT_FOR_FIGURES();
    QVERIFY(m_view->panel(FundingBreakdown::Theme)->data().isEmpty());
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("fundingEmptyLabel"))->isVisible());
    m_context->setFilter({});
    WAIT_FOR_FIGURES();

    // A new language shows the figures held anew, without computing them again.
    QVERIFY(m_translations.apply(Language::Chinese));
    m_context->setLanguage(Language::Chinese);
    QCoreApplication::processEvents(); // the LanguageChange events
    QVERIFY(!m_view->isLoading());
    const FundingChartData &countries = m_view->panel(FundingBreakdown::Country)->data();
    QStringList labels;
    for (const auto &category : countries.categories)
        labels << category.label;
    QVERIFY2(labels.contains(QStringLiteral("柬埔寨")), qPrintable(labels.join(QLatin1Char(','))));
    QVERIFY(
        m_view->panel(FundingBreakdown::Country)->barText(0, 0).contains(QStringLiteral("美元")));
    // The value axis names the currency in words: 千美元, not 千USD.
    const auto valueAxisTitle = [this] {
        QChart *chart = m_view->panel(FundingBreakdown::Country)->chartView()->chart();
        for (QAbstractAxis *axis : chart->axes())
            if (qobject_cast<QValueAxis *>(axis))
                return axis->titleText();
        return QString();
    };
    QCOMPARE(valueAxisTitle(), QStringLiteral("千美元"));
    QVERIFY(m_view->findChild<QComboBox *>(QStringLiteral("fundingMeasureCombo"))->currentText() !=
            QStringLiteral("Budget"));
    m_translations.apply(Language::English);
    m_context->setLanguage(Language::English);
    QCoreApplication::processEvents();
    QCOMPARE(m_view->findChild<QComboBox *>(QStringLiteral("fundingMeasureCombo"))->currentText(),
             QStringLiteral("Budget"));
    QCOMPARE(valueAxisTitle(), QStringLiteral("Thousands of US dollars"));
}

namespace {
// Like saveScreenshot, but at once: letting events run would deliver the figures first.
void saveLoadingScreenshot(QWidget &view, const QString &name)
{
    const QString folder = qEnvironmentVariable("SSTC_SCREENSHOTS");
    if (!folder.isEmpty() && QDir().mkpath(folder))
        view.grab().save(QDir(folder).filePath(name + QStringLiteral("-en.png")));
}
} // namespace

void TestFundingView::chartsSayLoadingUntilTheFiguresCome()
{
    // A view behind another tab reads nothing until it is shown.
    FundingView view(*m_context);
    view.resize(1366, 768);
    QVERIFY(!view.isLoading());
    QVERIFY(view.panel(FundingBreakdown::Country)->data().isEmpty());
    view.show();
    // Shown: the figures are being computed elsewhere, and every chart says so.
    QVERIFY(view.isLoading());
    QVERIFY(view.property("loading").toBool());
    for (auto breakdown :
         {FundingBreakdown::YearByDonor, FundingBreakdown::Country, FundingBreakdown::SdgGoal,
          FundingBreakdown::Theme, FundingBreakdown::DeliveryByProject}) {
        FundingChartPanel *chart = view.panel(breakdown);
        QVERIFY(chart->isLoading());
        auto *loading = chart->findChild<QLabel *>(chart->objectName() + QStringLiteral("Loading"));
        QVERIFY(loading);
        QVERIFY(loading->isVisible());
        QCOMPARE(loading->text(), QStringLiteral("Loading…"));
        QVERIFY(!chart->chartView()->isEnabled()); // no click on bars being replaced
    }
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("fundingEmptyLabel"))->isHidden());
    saveLoadingScreenshot(view, QStringLiteral("funding-loading"));
    // Then the charts are filled, and say nothing more.
    QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 20000);
    QCOMPARE(qRound64(chartTotal(view.panel(FundingBreakdown::Country)->data())),
             directBudgetSum());
    QVERIFY(!view.panel(FundingBreakdown::DeliveryByProject)->data().isEmpty());
    FundingChartPanel *country = view.panel(FundingBreakdown::Country);
    QVERIFY(!country->isLoading());
    QVERIFY(country->findChild<QLabel *>(QStringLiteral("countryChartLoading"))->isHidden());
    QVERIFY(country->chartView()->isEnabled());

    // While new figures are computed the previous ones stay, and still export.
    m_context->setFilter([] {
        ProjectFilter filter;
        filter.countryCodes = {QStringLiteral("PK")};
        return filter;
    }());
    QVERIFY(view.isLoading());
    QCOMPARE(qRound64(chartTotal(country->data())), directBudgetSum());
    QVERIFY(country->exportPng(m_folders.filePath(QStringLiteral("while-loading.png"))));
    saveLoadingScreenshot(view, QStringLiteral("funding-reloading"));
    QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 20000);
    QCOMPARE(qRound64(chartTotal(view.panel(FundingBreakdown::Theme)->data())), qint64(74500000));
}

// Filter, measure and currency changed in a row: only the last request's figures are shown,
// even when an older one has finished first and its answer is waiting.
void TestFundingView::newerRequestOvertakesAnOlderOne()
{
    auto *loader =
        m_view->findChild<FundingFiguresLoader *>(QStringLiteral("fundingFiguresLoader"));
    QVERIFY(loader);
    ProjectFilter filter;
    filter.countryCodes = {QStringLiteral("PK")};
    m_context->setFilter(filter);
    QVERIFY(m_view->isLoading());
    loader->waitForThreads(); // the Pakistan figures are ready, not yet delivered
    filter.countryCodes = {QStringLiteral("MN")};
    m_context->setFilter(filter);
    WAIT_FOR_FIGURES();
    loader->waitForThreads();
    QCoreApplication::processEvents();
    QVERIFY(m_view->panel(FundingBreakdown::Theme)->data().isEmpty());
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("fundingEmptyLabel"))->isVisible());

    m_context->setFilter({});
    m_view->setMeasure(FundingMeasure::Expenditure);
    m_view->setReportingCurrency(QStringLiteral("CNY"));
    WAIT_FOR_FIGURES();
    loader->waitForThreads();
    QCoreApplication::processEvents();
    QVERIFY(!m_view->isLoading());
    // No sample amount converts to yuan (there is no rate).
    QCOMPARE(m_view->panel(FundingBreakdown::Country)->data().currency, QStringLiteral("CNY"));
    QCOMPARE(chartTotal(m_view->panel(FundingBreakdown::Country)->data()), 0.0);
    const QString title = m_view->findChild<QLabel *>(QStringLiteral("countryChartTitle"))->text();
    QVERIFY2(title.startsWith(QStringLiteral("Expenditure")), qPrintable(title));
}

// The portfolio file is replaced behind the store's back by one that is no database: the
// background read fails, and the user gets the store's message, once.
void TestFundingView::workerErrorsReachTheUser()
{
    QSignalSpy errors(m_context.get(), &PortfolioContext::errorReported);
    QVERIFY(QFile::remove(m_samplePath));
    // Its journal files go too: they belong to the file the store still has open.
    QFile::remove(m_samplePath + QStringLiteral("-wal"));
    QFile::remove(m_samplePath + QStringLiteral("-shm"));
    {
        QFile garbage(m_samplePath);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'x'));
    }
    m_context->notifyDataChanged();
    QVERIFY(m_view->isLoading());
    WAIT_FOR_FIGURES();
    QCOMPARE(errors.count(), 1);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("is damaged and cannot be read")),
             qPrintable(message));
    QVERIFY(!m_view->panel(FundingBreakdown::Country)->isLoading());
    QVERIFY(m_view->panel(FundingBreakdown::Country)->data().isEmpty());
}

void TestFundingView::screenshots_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("name");
    QTest::newRow("en") << int(Language::English) << QSize(1366, 768) << QStringLiteral("funding");
    QTest::newRow("zh") << int(Language::Chinese) << QSize(1366, 768) << QStringLiteral("funding");
    QTest::newRow("en large") << int(Language::English) << QSize(1920, 1080)
                              << QStringLiteral("funding-1920");
    QTest::newRow("zh large") << int(Language::Chinese) << QSize(1920, 1080)
                              << QStringLiteral("funding-1920");
}

void TestFundingView::screenshots()
{
    QFETCH(int, language);
    QFETCH(QSize, size);
    QFETCH(QString, name);
    QVERIFY(m_translations.apply(Language(language)));
    m_context->setLanguage(Language(language));
    m_view->resize(size);
    QCoreApplication::processEvents();
    QVERIFY(!m_view->isLoading());
    saveScreenshot(*m_view, name, languageCode(Language(language)));
    // The lower charts, scrolled into view.
    auto *scroll = m_view->findChild<QScrollArea *>(QStringLiteral("fundingScrollArea"));
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    saveScreenshot(*m_view, name + QStringLiteral("-lower"), languageCode(Language(language)));
    if (size.width() < 1900) {
        // The rate editor after a refused import: the message names the broken line.
        ExchangeRatesDialog dialog(*m_context, m_view.get());
        const QString good = writeFile(QStringLiteral("good.csv"),
                                       "currency,to_currency,date,rate,source\n"
                                       "CNY,USD,2018-01-02,0.1537,People's Bank of China\n"
                                       "CNY,USD,2019-01-02,0.1456,People's Bank of China\n");
        QVERIFY(dialog.importFile(good));
        const QString broken =
            writeFile(QStringLiteral("broken.csv"), "currency,to_currency,date,rate,source\n"
                                                    "CNY,USD,2020-01-02,0.1436,PBC\n"
                                                    "CNY,USD,2021-01-04,-0.15,PBC\n");
        QVERIFY(!dialog.importFile(broken));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        saveScreenshot(dialog, QStringLiteral("exchange-rates"), languageCode(Language(language)));
        // A file of 100,000 bad lines: the first ten, and a count of the rest.
        QVERIFY(!dialog.importFile(writeFile(QStringLiteral("many.csv"), manyBadLines(100000))));
        saveScreenshot(dialog, QStringLiteral("exchange-rates-many"),
                       languageCode(Language(language)));
    }
    m_translations.apply(Language::English);
}

QTEST_MAIN(TestFundingView)
#include "tst_fundingview.moc"
