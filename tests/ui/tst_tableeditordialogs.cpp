// The dialogs that edit a table and save it as a whole (exchange rates, lookup lists, funding
// offers, an agreement's parties) share their foot: when the store refuses the save, each says
// "Not saved: …", stays open and keeps the rows the user typed, and nothing is written.
// Also what their tables have in common: several rates removed at once, a new row being
// edited at once, a choice made in a combo box read back.

#include "tests/support/StoreTestSupport.h"
#include "tests/support/TestFolders.h"

#include "models/repositories/AgreementRepository.h"
#include "models/repositories/FundingOfferRepository.h"
#include "models/repositories/FundingRepository.h"
#include "models/repositories/LookupListsRepository.h"
#include "models/store/ApplicationIdentity.h"
#include "models/store/PortfolioOpener.h"
#include "models/store/StoreError.h"
#include "translations/TranslationLoader.h"
#include "ui/agreements/AgreementEditorDialog.h"
#include "ui/funding/ExchangeRatesDialog.h"
#include "ui/lookups/LookupListsDialog.h"
#include "ui/offers/OfferCatalogueDialog.h"
#include "ui/shell/PortfolioContext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace sstc;
using testsupport::rawSql;

class TestTableEditorDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exchangeRatesStayWhenTheStoreRefuses();
    void agreementStaysWhenTheStoreRefuses();
    void lookupListsStayWhenTheSaverRefuses();
    void offersStayWhenTheSaverRefuses();
    void refusalIsSaidInChinese();
    void severalRatesAreRemovedAtOnce();
    void newRowIsEditedAtOnce();
    void comboBoxChoiceIsReadBack();

private:
    // Makes the portfolio file refuse every change to `table`, as a locked or broken file would.
    void refuseWritesTo(const QString &table);
    QString writeRates(const QString &name, const QByteArray &csv);
    // Whether the current cell has its editor open, for the user to type into.
    static bool isEditing(const QTableWidget *table)
    {
        return qobject_cast<QLineEdit *>(table->indexWidget(table->currentIndex()));
    }
    static StoreError refusal() { return StoreError(StoreError::Kind::Locked, QString()); }

    TestFolders m_folders;
    QString m_samplePath;
    std::unique_ptr<PortfolioStore> m_store;
    std::unique_ptr<PortfolioContext> m_context;
};

void TestTableEditorDialogs::initTestCase()
{
    setApplicationIdentity();
    m_samplePath = m_folders.filePath(QStringLiteral("sample.sstc"));
}

void TestTableEditorDialogs::init()
{
    QFile::remove(m_samplePath);
    m_store = PortfolioOpener::open(m_samplePath, PortfolioOpener::NewFileContent::Sample);
    m_context = std::make_unique<PortfolioContext>();
    m_context->setStore(m_store.get());
}

void TestTableEditorDialogs::cleanup()
{
    m_context.reset();
    m_store.reset();
}

void TestTableEditorDialogs::refuseWritesTo(const QString &table)
{
    QStringList statements;
    for (const char *change : {"INSERT", "UPDATE", "DELETE"})
        statements << QStringLiteral("CREATE TRIGGER refuse_%1_%2 BEFORE %2 ON %1 "
                                     "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                          .arg(table, QLatin1String(change));
    QString error;
    rawSql(m_samplePath, statements, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QString TestTableEditorDialogs::writeRates(const QString &name, const QByteArray &csv)
{
    const QString path = m_folders.filePath(name);
    testsupport::writeFile(path, "currency,to_currency,date,rate,source\n" + csv);
    return path;
}

void TestTableEditorDialogs::exchangeRatesStayWhenTheStoreRefuses()
{
    refuseWritesTo(QStringLiteral("exchange_rates"));
    ExchangeRatesDialog dialog(*m_context);
    dialog.show();
    QVERIFY(
        dialog.importFile(writeRates(QStringLiteral("rates.csv"), "USD,CNY,2012-01-01,6.3,PBC\n"
                                                                  "USD,CNY,2018-01-01,6.5,PBC\n")));
    dialog.table()->item(1, 4)->setText(QStringLiteral("People's Bank of China"));

    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.problemText().startsWith(QStringLiteral("Not saved: ")),
             qPrintable(dialog.problemText()));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("ratesProblems"))->text(),
             dialog.problemText());
    QCOMPARE(dialog.table()->rowCount(), 2);
    QCOMPARE(dialog.table()->item(1, 4)->text(), QStringLiteral("People's Bank of China"));
    QCOMPARE(FundingRepository(*m_store).rates().size(), 0);
    QVERIFY(!m_context->undoStack()->canUndo());
}

void TestTableEditorDialogs::agreementStaysWhenTheStoreRefuses()
{
    qint64 id = 0;
    for (const Agreement &agreement : AgreementRepository(*m_store).all())
        if (agreement.parties.size() >= 2)
            id = agreement.id;
    QVERIFY(id != 0);
    refuseWritesTo(QStringLiteral("agreements"));
    refuseWritesTo(QStringLiteral("agreement_parties"));
    AgreementEditorDialog dialog(*m_context, id);
    dialog.show();
    auto *parties = dialog.findChild<QTableWidget *>(QStringLiteral("partiesTable"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addPartyButton")),
                      Qt::LeftButton);
    const int rows = parties->rowCount();
    parties->item(rows - 1, 1)->setText(QStringLiteral("Zhang Wei"));
    auto *organisation =
        dialog.findChild<QComboBox *>(QStringLiteral("partyOrganisationCombo%1").arg(rows - 1));
    QVERIFY(organisation);
    QList<qint64> signatories;
    const std::optional<Agreement> stored = AgreementRepository(*m_store).find(id);
    for (const AgreementParty &party : stored->parties)
        signatories << party.organisationId;
    for (int i = 1; i < organisation->count(); ++i)
        if (!signatories.contains(organisation->itemData(i).toLongLong())) {
            organisation->setCurrentIndex(i);
            break;
        }

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveAgreementButton")),
                      Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    auto *problems = dialog.findChild<QLabel *>(QStringLiteral("agreementProblems"));
    QVERIFY(!problems->isHidden());
    QVERIFY2(problems->text().startsWith(QStringLiteral("Not saved: ")),
             qPrintable(problems->text()));
    QCOMPARE(parties->rowCount(), rows);
    QCOMPARE(parties->item(rows - 1, 1)->text(), QStringLiteral("Zhang Wei"));
    QCOMPARE(dialog.agreement().parties.size(), rows);
    QCOMPARE(AgreementRepository(*m_store).find(id)->parties.size(), rows - 1);
    QVERIFY(!m_context->undoStack()->canUndo());
}

void TestTableEditorDialogs::lookupListsStayWhenTheSaverRefuses()
{
    const LookupLists before = LookupListsRepository(*m_store).load();
    LookupListsDialog dialog(before);
    int attempts = 0;
    dialog.setSaver([&](const LookupLists &) {
        ++attempts;
        throw refusal();
    });
    dialog.show();
    auto *themes = dialog.findChild<QTableWidget *>(QStringLiteral("themesListTable"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("themesAddRowButton")),
                      Qt::LeftButton);
    themes->item(themes->rowCount() - 1, 0)->setText(QStringLiteral("Green jobs"));

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("lookupSaveButton")),
                      Qt::LeftButton);
    QCOMPARE(attempts, 1);
    QVERIFY(dialog.isVisible());
    auto *problems = dialog.findChild<QLabel *>(QStringLiteral("lookupProblems"));
    QCOMPARE(problems->text(), QStringLiteral("Not saved: %1").arg(refusal().message()));
    QCOMPARE(dialog.lists().themes.size(), before.themes.size() + 1);
    QCOMPARE(dialog.lists().themes.last().name.en, QStringLiteral("Green jobs"));
    QCOMPARE(dialog.lists().themes.last().key, QStringLiteral("green-jobs"));
    // The refusal is not a problem with the lists: Save stays available for another try.
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("lookupSaveButton"))->isEnabled());
}

void TestTableEditorDialogs::offersStayWhenTheSaverRefuses()
{
    const QList<FundingOffer> before = FundingOfferRepository(*m_store).all();
    OfferCatalogueDialog dialog(before, Language::English);
    dialog.setSaver([](const QList<FundingOffer> &) { throw refusal(); });
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("offerCatalogueTable"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("offerAddRowButton")),
                      Qt::LeftButton);
    const int row = table->rowCount() - 1;
    table->item(row, OfferCatalogueDialog::TitleEn)->setText(QStringLiteral("Study tour"));
    table->item(row, OfferCatalogueDialog::UnitCost)->setText(QStringLiteral("12,500.50"));

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("offerSaveButton")),
                      Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("offerProblems"))->text(),
             QStringLiteral("Not saved: %1").arg(refusal().message()));
    const std::optional<QList<FundingOffer>> offers = dialog.offers();
    QVERIFY(offers);
    QCOMPARE(offers->size(), before.size() + 1);
    QCOMPARE(offers->last().title.en, QStringLiteral("Study tour"));
    QCOMPARE(offers->last().unitCost.hundredths, 1250050);
    QCOMPARE(offers->last().unitCost.currency, QStringLiteral("USD"));
}

void TestTableEditorDialogs::refusalIsSaidInChinese()
{
    TranslationLoader translations;
    QVERIFY(translations.apply(Language::Chinese));
    OfferCatalogueDialog dialog(FundingOfferRepository(*m_store).all(), Language::Chinese);
    dialog.setSaver([](const QList<FundingOffer> &) { throw refusal(); });
    dialog.accept();
    const QString text = dialog.findChild<QLabel *>(QStringLiteral("offerProblems"))->text();
    translations.apply(Language::English);
    QVERIFY2(text.startsWith(QStringLiteral("未保存：")), qPrintable(text));
}

void TestTableEditorDialogs::severalRatesAreRemovedAtOnce()
{
    ExchangeRatesDialog dialog(*m_context);
    dialog.show();
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeRateButton"));
    QVERIFY(!remove->isEnabled()); // nothing to remove yet
    QVERIFY(
        dialog.importFile(writeRates(QStringLiteral("three.csv"), "USD,CNY,2012-01-01,6.3,PBC\n"
                                                                  "USD,CNY,2015-01-01,6.2,PBC\n"
                                                                  "USD,CNY,2018-01-01,6.5,PBC\n")));
    QTableWidget *table = dialog.table();
    table->setCurrentCell(0, 0);
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("2015-01-01"));
    QStringList problems;
    const QList<ExchangeRate> rates = dialog.rates(problems);
    QCOMPARE(problems, QStringList());
    QCOMPARE(rates.size(), 1);
    QCOMPARE(rates.first().rate, 6.2);
}

void TestTableEditorDialogs::newRowIsEditedAtOnce()
{
    ExchangeRatesDialog rates(*m_context);
    rates.show();
    QTest::mouseClick(rates.findChild<QPushButton *>(QStringLiteral("addRateButton")),
                      Qt::LeftButton);
    QCOMPARE(rates.table()->rowCount(), 1);
    // The currencies and the day are filled in; the rate is what is left to type.
    QCOMPARE(rates.table()->item(0, 0)->text(), QStringLiteral("CNY"));
    QCOMPARE(rates.table()->currentColumn(), 3);
    QVERIFY(isEditing(rates.table()));

    LookupListsDialog lookups(LookupListsRepository(*m_store).load());
    lookups.show();
    auto *countries = lookups.findChild<QTableWidget *>(QStringLiteral("countriesListTable"));
    const int before = countries->rowCount();
    QTest::mouseClick(lookups.findChild<QPushButton *>(QStringLiteral("countriesAddRowButton")),
                      Qt::LeftButton);
    QCOMPARE(countries->rowCount(), before + 1);
    QCOMPARE(countries->currentRow(), before);
    QCOMPARE(countries->currentColumn(), 0);
    QVERIFY(isEditing(countries));
    // An empty country is a problem: Save waits for its code and name.
    QVERIFY(!lookups.findChild<QPushButton *>(QStringLiteral("lookupSaveButton"))->isEnabled());
}

void TestTableEditorDialogs::comboBoxChoiceIsReadBack()
{
    const LookupLists before = LookupListsRepository(*m_store).load();
    LookupListsDialog dialog(before);
    auto *type = dialog.findChild<QComboBox *>(QStringLiteral("typeCombo0"));
    QVERIFY(type);
    QCOMPARE(OrganisationType(type->currentData().toInt()), before.organisations.first().type);
    const int other = type->currentIndex() == 0 ? 1 : 0;
    type->setCurrentIndex(other);
    QCOMPARE(int(dialog.lists().organisations.first().type), type->itemData(other).toInt());
    QCOMPARE(dialog.lists().organisations.first().id, before.organisations.first().id);

    qint64 id = 0;
    for (const Agreement &agreement : AgreementRepository(*m_store).all())
        if (!agreement.parties.isEmpty())
            id = agreement.id;
    AgreementEditorDialog agreement(*m_context, id);
    auto *organisation =
        agreement.findChild<QComboBox *>(QStringLiteral("partyOrganisationCombo0"));
    QVERIFY(organisation);
    const qint64 stored = AgreementRepository(*m_store).find(id)->parties.first().organisationId;
    QCOMPARE(organisation->currentData().toLongLong(), stored);
    organisation->setCurrentIndex(0); // "(choose)"
    QCOMPARE(agreement.agreement().parties.first().organisationId, 0);
}

QTEST_MAIN(TestTableEditorDialogs)
#include "tst_tableeditordialogs.moc"
