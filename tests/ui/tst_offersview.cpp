// The offers tab driven as a user would: choose two offers from the catalogue, set their
// quantities in the spin boxes, and the total shown is the one ProposalTotals computes; save
// the proposal, see it in the list and the pipeline, undo and redo. The catalogue editor
// refuses bad input and its save is undoable. Screenshots in both languages at 1366x768 and
// 1920x1080.
#include "tests/support/FakeClock.h"
#include "tests/support/SampleContext.h"
#include "tests/support/Screenshots.h"
#include "tests/support/TestFolders.h"

#include "models/itemmodels/OfferTableModel.h"
#include "models/itemmodels/ProposalTableModel.h"
#include "models/offers/ProposalTotals.h"
#include "models/repositories/ProposalRepository.h"
#include "models/store/ApplicationIdentity.h"
#include "models/text/Formats.h"
#include "translations/TranslationLoader.h"
#include "ui/mainwindow/InterfaceFont.h"
#include "ui/offers/OfferCatalogueDialog.h"
#include "ui/offers/OffersView.h"
#include "ui/offers/PipelineChart.h"
#include "ui/offers/ProposalComposer.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/undo/OfferCatalogueCommand.h"

#include <QApplication>
#include <QBarSet>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace sstc;

class TestOffersView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheCatalogue();
    void composeSaveAndUndo();
    void saveAfterUndoAndRedoChangesTheSameProposal();
    void copyAndExport();
    void catalogueEditorValidatesAndUndoes();
    void followsTheLanguage();
    void screenshots_data();
    void screenshots();

private:
    template<typename T>
    T *child(const char *name) const
    {
        return m_view->findChild<T *>(QLatin1String(name));
    }
    void chooseOffer(int row);
    QSpinBox *quantitySpin(int line) const;
    void setQuantity(int line, int quantity);
    void composeTwoOffers();
    Proposal storedProposal(ProposalStatus status, const QDate &date, QList<ProposalLine> lines,
                            const QString &title = {});

    TestFolders m_folders;
    // A new proposal is dated today: the pipeline's years must not depend on the day the test runs.
    FakeClock m_clock{QDate(2026, 3, 10)};
    QString m_samplePath;
    std::unique_ptr<SampleContext> m_sample;
    std::unique_ptr<OffersView> m_view;
};

void TestOffersView::initTestCase()
{
    setApplicationIdentity();
    applyInterfaceFont();
    m_samplePath = m_folders.filePath(QStringLiteral("sample.sstc"));
}

void TestOffersView::init()
{
    m_sample = std::make_unique<SampleContext>(m_samplePath);
    m_view = std::make_unique<OffersView>(m_sample->context());
    m_view->resize(1366, 768);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_sample->open();
}

void TestOffersView::cleanup()
{
    m_view.reset();
    m_sample.reset();
}

void TestOffersView::chooseOffer(int row)
{
    QTableView *table = child<QTableView>("offerTable");
    const QRect cell = table->visualRect(table->model()->index(row, OfferTableModel::Title));
    QVERIFY(table->viewport()->rect().contains(cell.center()));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QPushButton *add = child<QPushButton>("addOfferToProposalButton");
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
}

QSpinBox *TestOffersView::quantitySpin(int line) const
{
    for (QSpinBox *spin : child<QTableView>("proposalLinesTable")
                              ->findChildren<QSpinBox *>(QStringLiteral("quantitySpinBox")))
        if (spin->property("line").toInt() == line && spin->isVisible())
            return spin;
    return nullptr;
}

void TestOffersView::setQuantity(int line, int quantity)
{
    QSpinBox *spin = quantitySpin(line);
    QVERIFY(spin);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(quantity));
    QTest::keyClick(spin, Qt::Key_Enter);
}

void TestOffersView::composeTwoOffers()
{
    chooseOffer(1); // knowledge-sharing and technical workshops, US$100,000 per event
    chooseOffer(3); // year-long training, US$35,000 per trainee
    setQuantity(0, 2);
    setQuantity(1, 10);
}

Proposal TestOffersView::storedProposal(ProposalStatus status, const QDate &date,
                                        QList<ProposalLine> lines, const QString &title)
{
    Proposal proposal;
    proposal.title = title;
    proposal.status = status;
    proposal.date = date;
    proposal.lines = std::move(lines);
    proposal.id = ProposalRepository(m_sample->store()).save(proposal);
    return proposal;
}

void TestOffersView::showsTheCatalogue()
{
    QCOMPARE(m_view->objectName(), QStringLiteral("offersView"));
    QTableView *table = child<QTableView>("offerTable");
    QCOMPARE(table->model()->rowCount(), 6);
    QCOMPARE(table->model()->index(5, OfferTableModel::UnitCost).data().toString(),
             QStringLiteral("US$1,500,000"));
    QVERIFY(!child<QPushButton>("addOfferToProposalButton")->isEnabled()); // nothing selected
    QVERIFY(!child<QPushButton>("saveProposalButton")->isEnabled());       // nothing chosen
    QCOMPARE(child<QTableWidget>("proposalTable")->rowCount(), 0);
    QVERIFY(child<QLabel>("pipelineEmptyLabel")->isVisible());
}

void TestOffersView::composeSaveAndUndo()
{
    composeTwoOffers();
    ProposalTableModel *model = m_view->composer()->model();
    QCOMPARE(model->lineCount(), 2);
    QCOMPARE(model->lines().at(0).quantity, 2);
    QCOMPARE(model->lines().at(1).quantity, 10);
    // The total the label shows is the one the models class computes: 2 × 100,000 + 10 × 35,000.
    const std::optional<QList<Money>> totals = ProposalTotals::of(model->lines());
    QVERIFY(totals);
    QCOMPARE(totals->size(), 1);
    QCOMPARE(totals->first().hundredths, 55000000);
    QLabel *total = child<QLabel>("proposalTotalLabel");
    QCOMPARE(total->text(),
             QStringLiteral("Total: ") + Formats::moneyList(*totals, Language::English));
    QCOMPARE(total->text(), QStringLiteral("Total: US$550,000"));

    // Choosing the workshops again adds one more of them rather than a second line.
    chooseOffer(1);
    QCOMPARE(model->lineCount(), 2);
    QCOMPARE(quantitySpin(0)->value(), 3);
    QCOMPARE(total->text(), QStringLiteral("Total: US$650,000"));
    setQuantity(0, 2);

    QTest::keyClicks(child<QLineEdit>("proposalTitleEdit"),
                     QStringLiteral("Workshops and training"));
    QComboBox *status = child<QComboBox>("proposalStatusCombo");
    status->setCurrentIndex(status->findData(int(ProposalStatus::Submitted)));
    QTest::mouseClick(child<QPushButton>("saveProposalButton"), Qt::LeftButton);

    QTableWidget *proposals = child<QTableWidget>("proposalTable");
    QCOMPARE(proposals->rowCount(), 1);
    QCOMPARE(proposals->item(0, 0)->text(), QStringLiteral("Workshops and training"));
    QCOMPARE(proposals->item(0, 3)->text(), QStringLiteral("Submitted"));
    QCOMPARE(proposals->item(0, 4)->text(), QStringLiteral("US$550,000"));
    QCOMPARE(m_sample->context().undoStack()->count(), 1);
    const qint64 id = m_view->composer()->proposalId();
    QVERIFY(id != 0);
    const Proposal stored = *ProposalRepository(m_sample->store()).find(id);
    QCOMPARE(stored.lines, model->lines());
    QCOMPARE(stored.status, ProposalStatus::Submitted);
    QCOMPARE(stored.date, QDate(2026, 3, 10)); // today, as the composer proposed

    // The pipeline shows the exact amount on hover.
    PipelineChart *chart = m_view->pipelineChart();
    QVERIFY(chart->isVisible());
    QCOMPARE(chart->barSets().size(), 1);
    QCOMPARE(chart->barSets().first()->at(1), 550000.0);
    QCOMPARE(chart->hoverText(0, 1), QStringLiteral("Submitted: US$550,000"));
    chart->setGrouping(PipelineChart::Grouping::ByYear);
    QCOMPARE(chart->barSets().size(), 4);
    QCOMPARE(chart->hoverText(1, 0), QStringLiteral("2026, Submitted: US$550,000"));

    // Undo removes it everywhere; the composer keeps the lines, as a new proposal again.
    m_sample->context().undoStack()->undo();
    QCOMPARE(proposals->rowCount(), 0);
    QVERIFY(ProposalRepository(m_sample->store()).all().isEmpty());
    QCOMPARE(m_view->composer()->proposalId(), 0);
    QCOMPARE(model->lineCount(), 2);
    QVERIFY(child<QLabel>("pipelineEmptyLabel")->isVisible());
    m_sample->context().undoStack()->redo();
    QCOMPARE(proposals->rowCount(), 1);
    QCOMPARE(*ProposalRepository(m_sample->store()).find(id), stored);

    // An edit of the saved proposal, then its removal, are undone one by one.
    proposals->selectRow(0);
    QTest::mouseClick(proposals->viewport(), Qt::LeftButton, {},
                      proposals->visualItemRect(proposals->item(0, 0)).center());
    QCOMPARE(m_view->composer()->proposalId(), id);
    setQuantity(1, 4);
    QTest::mouseClick(child<QPushButton>("saveProposalButton"), Qt::LeftButton);
    QCOMPARE(proposals->item(0, 4)->text(), QStringLiteral("US$340,000"));
    QCOMPARE(ProposalRepository(m_sample->store()).all().size(), 1);
    proposals->selectRow(0);
    QTest::mouseClick(child<QPushButton>("removeProposalButton"), Qt::LeftButton);
    QCOMPARE(proposals->rowCount(), 0);
    m_sample->context().undoStack()->undo();
    QCOMPARE(proposals->item(0, 4)->text(), QStringLiteral("US$340,000"));
    m_sample->context().undoStack()->undo();
    QCOMPARE(proposals->item(0, 4)->text(), QStringLiteral("US$550,000"));
    QCOMPARE(m_sample->context().undoStack()->count(), 3);
}

// Issue 21: after undo and redo of a saved proposal the composer said "New proposal", and Save
// stored a second one: the pipeline's total doubled.
void TestOffersView::saveAfterUndoAndRedoChangesTheSameProposal()
{
    composeTwoOffers();
    QTest::keyClicks(child<QLineEdit>("proposalTitleEdit"), QStringLiteral("Workshops"));
    QPushButton *save = child<QPushButton>("saveProposalButton");
    QTest::mouseClick(save, Qt::LeftButton);
    const qint64 id = m_view->composer()->proposalId();
    QVERIFY(id != 0);
    QLabel *heading = child<QLabel>("proposalHeading");
    const QString savedHeading = heading->text();
    QVERIFY(savedHeading != QStringLiteral("New proposal"));

    m_sample->context().undoStack()->undo();
    QCOMPARE(heading->text(), QStringLiteral("New proposal"));
    m_sample->context().undoStack()->redo();
    QCOMPARE(m_view->composer()->proposalId(), id);
    QCOMPARE(heading->text(), savedHeading);
    QCOMPARE(save->text(), QStringLiteral("&Save Changes"));

    QTest::mouseClick(save, Qt::LeftButton);
    const QList<Proposal> stored = ProposalRepository(m_sample->store()).all();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().id, id);
    QCOMPARE(child<QTableWidget>("proposalTable")->rowCount(), 1);
    PipelineChart *chart = m_view->pipelineChart();
    QCOMPARE(chart->barSets().first()->sum(), 550000.0); // 2 x 100,000 + 10 x 35,000, once

    // Another proposal loaded in between is not taken for the redone one.
    m_sample->context().undoStack()->undo(); // the edit
    m_sample->context().undoStack()->undo(); // the creation
    QTest::mouseClick(child<QPushButton>("newProposalButton"), Qt::LeftButton);
    m_sample->context().undoStack()->redo();
    QCOMPARE(m_view->composer()->proposalId(), 0);
}

void TestOffersView::copyAndExport()
{
    composeTwoOffers();
    QTest::keyClicks(child<QLineEdit>("proposalTitleEdit"), QStringLiteral("For <the donor>"));
    QTest::mouseClick(child<QPushButton>("copyProposalButton"), Qt::LeftButton);
    const QMimeData *copied = QApplication::clipboard()->mimeData();
    QVERIFY(copied);
    const QStringList lines = copied->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("Offer\tUnit\tUnit cost\tQuantity\tAmount"));
    QCOMPARE(lines.at(1), QStringLiteral("Knowledge-sharing and technical workshops\tper event\t"
                                         "US$100,000\t2\tUS$200,000"));
    QCOMPARE(lines.at(3), QStringLiteral("Total\t\t\t\tUS$550,000"));
    QVERIFY(copied->html().contains(QStringLiteral("<b>For &lt;the donor&gt;</b>")));
    QVERIFY(copied->html().contains(QStringLiteral("<td align=\"right\">US$550,000</td>")));

    const QString path = m_folders.filePath(QStringLiteral("proposal.csv"));
    QCOMPARE(m_view->composer()->exportCsv(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.endsWith("Total,,,,\"US$550,000\"\r\n"));
    QVERIFY(!m_view->composer()
                 ->exportCsv(m_folders.filePath(QStringLiteral("no/such/x.csv")))
                 .isEmpty());
}

void TestOffersView::catalogueEditorValidatesAndUndoes()
{
    const QList<FundingOffer> before = m_view->offerModel()->offers();
    OfferCatalogueDialog dialog(before, Language::English, m_view.get());
    dialog.setSaver([&](const QList<FundingOffer> &after) {
        OfferCatalogueCommand::apply(m_sample->context(), before, after);
    });
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("offerCatalogueTable"));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("offerSaveButton"));
    auto *problems = dialog.findChild<QLabel *>(QStringLiteral("offerProblems"));
    QCOMPARE(table->rowCount(), 6);
    QCOMPARE(table->item(1, OfferCatalogueDialog::UnitCost)->text(), QStringLiteral("100,000"));
    QVERIFY(save->isEnabled());

    table->item(1, OfferCatalogueDialog::UnitCost)->setText(QStringLiteral("lots"));
    QVERIFY(!save->isEnabled());
    QVERIFY(problems->text().contains(QStringLiteral("offer 2")));
    table->item(1, OfferCatalogueDialog::UnitCost)->setText(QStringLiteral("-5"));
    QVERIFY(!save->isEnabled());
    table->item(1, OfferCatalogueDialog::UnitCost)->setText(QStringLiteral("110,000.5"));
    table->item(1, OfferCatalogueDialog::Currency)->setText(QStringLiteral("US$"));
    QVERIFY(!save->isEnabled());
    QVERIFY(problems->text().contains(QStringLiteral("ISO 4217")));
    table->item(1, OfferCatalogueDialog::Currency)->setText(QStringLiteral("USD"));
    table->item(0, OfferCatalogueDialog::TitleEn)->setText(QString());
    table->item(0, OfferCatalogueDialog::TitleZh)->setText(QString());
    QVERIFY(!save->isEnabled());
    table->item(0, OfferCatalogueDialog::TitleEn)->setText(QStringLiteral("Knowledge products"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("offerAddRowButton")),
                      Qt::LeftButton);
    QVERIFY(!save->isEnabled()); // the new row has no title and no cost yet
    table->item(6, OfferCatalogueDialog::TitleZh)->setText(QStringLiteral("北京研讨会"));
    table->item(6, OfferCatalogueDialog::UnitCost)->setText(QStringLiteral("300000"));
    table->item(6, OfferCatalogueDialog::Currency)->setText(QStringLiteral("CNY"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!dialog.isVisible());

    QCOMPARE(m_view->offerModel()->rowCount(), 7);
    QCOMPARE(m_view->offerModel()->offers().at(1).unitCost.hundredths, 11000050);
    QCOMPARE(m_view->offerModel()->offers().at(1).description.en, before.at(1).description.en);
    QCOMPARE(m_view->offerModel()->index(6, OfferTableModel::UnitCost).data().toString(),
             Formats::money(Money::units(300000, QStringLiteral("CNY")), Language::English));
    m_sample->context().undoStack()->undo();
    QCOMPARE(m_view->offerModel()->rowCount(), 6);
    QCOMPARE(m_view->offerModel()->offers().at(1).unitCost.hundredths, 10000000);
    m_sample->context().undoStack()->redo();
    QCOMPARE(m_view->offerModel()->rowCount(), 7);
}

void TestOffersView::followsTheLanguage()
{
    composeTwoOffers();
    TranslationLoader translations;
    QVERIFY(translations.apply(Language::Chinese));
    m_sample->context().setLanguage(Language::Chinese);
    QCoreApplication::processEvents(); // the translator's LanguageChange is posted
    QCOMPARE(m_view->offerModel()->index(0, OfferTableModel::Title).data().toString(),
             QStringLiteral("知识产品"));
    const QString total = child<QLabel>("proposalTotalLabel")->text();
    QVERIFY2(total.contains(QStringLiteral("550,000美元")), qPrintable(total));
    QVERIFY2(!total.contains(QStringLiteral("Total")), qPrintable(total));
    QCOMPARE(child<QPushButton>("saveProposalButton")->text(), QStringLiteral("保存资助提案(&S)"));
    QCOMPARE(m_view->pipelineChart()
                 ->findChild<QComboBox *>(QStringLiteral("pipelineGroupingCombo"))
                 ->itemText(0),
             QStringLiteral("按状态"));
    translations.apply(Language::English);
    m_sample->context().setLanguage(Language::English);
    QCoreApplication::processEvents();
    QCOMPARE(child<QLabel>("proposalTotalLabel")->text(), QStringLiteral("Total: US$550,000"));
    QCOMPARE(child<QPushButton>("saveProposalButton")->text(), QStringLiteral("&Save Proposal"));
}

void TestOffersView::screenshots_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("name");
    QTest::newRow("en") << int(Language::English) << QSize(1366, 768) << QStringLiteral("offers");
    QTest::newRow("zh") << int(Language::Chinese) << QSize(1366, 768) << QStringLiteral("offers");
    QTest::newRow("en large") << int(Language::English) << QSize(1920, 1080)
                              << QStringLiteral("offers-1920");
    QTest::newRow("zh large") << int(Language::Chinese) << QSize(1920, 1080)
                              << QStringLiteral("offers-1920");
}

void TestOffersView::screenshots()
{
    QFETCH(int, language);
    QFETCH(QSize, size);
    QFETCH(QString, name);
    // A small pipeline, so that the chart has bars to show: proposals made of the sample
    // offers (a demonstration here, not part of the sample portfolio).
    const QList<FundingOffer> offers = m_view->offerModel()->offers();
    storedProposal(ProposalStatus::Accepted, QDate(2024, 3, 1),
                   {ProposalLine::of(offers.at(0), 2), ProposalLine::of(offers.at(2), 3)},
                   language == int(Language::Chinese)
                       ? QStringLiteral("知识产品和实地考察")
                       : QStringLiteral("Knowledge products and field visits"));
    storedProposal(
        ProposalStatus::Submitted, QDate(2025, 6, 1), {ProposalLine::of(offers.at(4), 1)},
        language == int(Language::Chinese) ? QStringLiteral("东盟社会保护")
                                           : QStringLiteral("Social protection in ASEAN"));
    storedProposal(ProposalStatus::Draft, QDate(2025, 9, 1),
                   {ProposalLine::of(offers.at(1), 2), ProposalLine::of(offers.at(3), 10)});
    m_sample->context().notifyDataChanged();
    TranslationLoader translations;
    QVERIFY(translations.apply(Language(language)));
    m_sample->context().setLanguage(Language(language));
    m_view->resize(size);
    composeTwoOffers();
    // keyClicks takes Latin-1 only; the Chinese title is set as an input method would.
    child<QLineEdit>("proposalTitleEdit")
        ->setText(language == int(Language::Chinese) ? QStringLiteral("研讨会和培训")
                                                     : QStringLiteral("Workshops and training"));
    QCoreApplication::processEvents();
    saveScreenshot(*m_view, name, languageCode(Language(language)));
    translations.apply(Language::English);
}

QTEST_MAIN(TestOffersView)
#include "tst_offersview.moc"
