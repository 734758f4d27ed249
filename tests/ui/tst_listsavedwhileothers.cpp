// The exchange-rate dialog saved while another process writes the same file: it keeps the
// rates the other added, refuses (in the user's language, staying open with their edits)
// when the other changed a rate the user changed, and Undo after a save leaves the other's
// rates alone. The same rules for the lookup lists and offers are checked in tst_listedits.
#include "tests/support/Screenshots.h"
#include "tests/support/TestFolders.h"

#include "models/domain/Language.h"
#include "models/repositories/FundingRepository.h"
#include "models/store/ApplicationIdentity.h"
#include "models/store/PortfolioOpener.h"
#include "models/store/PortfolioStore.h"
#include "translations/TranslationLoader.h"
#include "ui/funding/ExchangeRatesDialog.h"
#include "ui/shell/PortfolioContext.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

#include <memory>
#include <optional>

using namespace sstc;

namespace {
std::optional<ExchangeRate> findRate(const QList<ExchangeRate> &rates, const QString &currency,
                                     const QDate &date)
{
    for (const ExchangeRate &rate : rates)
        if (rate.currency == currency && rate.date == date)
            return rate;
    return std::nullopt;
}

void save(ExchangeRatesDialog &dialog)
{
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
}
} // namespace

class TestListSavedWhileOthers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void othersRatesSurviveSaveAndUndo();
    void rateChangedByBothIsRefused();
    void refusalIsSaidInChinese();

private:
    // Row 0 of the dialog: the XOF rate of 1 Jan 2024, given another value.
    static void editFirstRate(ExchangeRatesDialog &dialog, const QString &value);
    void otherChangesFirstRate();

    TestFolders m_folders;
    QString m_path;
    std::unique_ptr<PortfolioStore> m_store;
    // The same file opened a second time, as another SSTC Desk window or process would.
    std::unique_ptr<PortfolioStore> m_other;
    std::unique_ptr<PortfolioContext> m_context;
};

void TestListSavedWhileOthers::initTestCase()
{
    setApplicationIdentity();
    m_path = m_folders.filePath(QStringLiteral("sample.sstc"));
}

void TestListSavedWhileOthers::init()
{
    QFile::remove(m_path);
    m_store = PortfolioOpener::open(m_path, PortfolioOpener::NewFileContent::Sample);
    FundingRepository funding(*m_store);
    funding.insertRate({0, QStringLiteral("XOF"), QStringLiteral("USD"), QDate(2024, 1, 1), 0.00165,
                        QStringLiteral("BCEAO")});
    funding.insertRate({0, QStringLiteral("XOF"), QStringLiteral("USD"), QDate(2024, 7, 1), 0.00162,
                        QStringLiteral("BCEAO")});
    m_other = PortfolioStore::openFile(m_path);
    m_context = std::make_unique<PortfolioContext>();
    m_context->setStore(m_store.get());
}

void TestListSavedWhileOthers::cleanup()
{
    m_context.reset();
    m_other.reset();
    m_store.reset();
}

void TestListSavedWhileOthers::editFirstRate(ExchangeRatesDialog &dialog, const QString &value)
{
    QCOMPARE(dialog.table()->item(0, 0)->text(), QStringLiteral("XOF"));
    dialog.table()->item(0, 3)->setText(value);
}

void TestListSavedWhileOthers::otherChangesFirstRate()
{
    m_other->run(QStringLiteral("UPDATE exchange_rates SET rate = 0.0017 WHERE currency = 'XOF' "
                                "AND rate_date = '2024-01-01'"));
}

void TestListSavedWhileOthers::othersRatesSurviveSaveAndUndo()
{
    ExchangeRatesDialog dialog(*m_context);
    dialog.show();
    // While the dialog is open, the other process adds a rate.
    FundingRepository(*m_other).insertRate({0, QStringLiteral("CNY"), QStringLiteral("USD"),
                                            QDate(2024, 1, 1), 0.14, QStringLiteral("PBC")});
    editFirstRate(dialog, QStringLiteral("0.00166"));
    save(dialog);
    QVERIFY2(!dialog.isVisible(), qPrintable(dialog.problemText()));

    QList<ExchangeRate> stored = FundingRepository(*m_store).rates();
    QVERIFY(findRate(stored, QStringLiteral("CNY"), QDate(2024, 1, 1)));
    QCOMPARE(findRate(stored, QStringLiteral("XOF"), QDate(2024, 1, 1))->rate, 0.00166);

    // After the save the other adds one more; Undo takes back the user's change only.
    FundingRepository(*m_other).insertRate(
        {0, QStringLiteral("LAK"), QStringLiteral("USD"), QDate(2024, 1, 1), 0.000048, QString()});
    QVERIFY(m_context->undoStack()->canUndo());
    m_context->undoStack()->undo();
    stored = FundingRepository(*m_store).rates();
    QCOMPARE(findRate(stored, QStringLiteral("XOF"), QDate(2024, 1, 1))->rate, 0.00165);
    QVERIFY(findRate(stored, QStringLiteral("CNY"), QDate(2024, 1, 1)));
    QVERIFY(findRate(stored, QStringLiteral("LAK"), QDate(2024, 1, 1)));
    QCOMPARE(stored.size(), 4);
    m_context->undoStack()->redo();
    stored = FundingRepository(*m_store).rates();
    QCOMPARE(findRate(stored, QStringLiteral("XOF"), QDate(2024, 1, 1))->rate, 0.00166);
    QCOMPARE(stored.size(), 4);
}

void TestListSavedWhileOthers::rateChangedByBothIsRefused()
{
    ExchangeRatesDialog dialog(*m_context);
    dialog.show();
    otherChangesFirstRate();
    editFirstRate(dialog, QStringLiteral("0.00166"));
    save(dialog);

    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.problemText().contains(QStringLiteral("the rate for XOF/USD on 1 Jan 2024")),
             qPrintable(dialog.problemText()));
    QVERIFY2(dialog.problemText().contains(QStringLiteral("reopen the list")),
             qPrintable(dialog.problemText()));
    QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("0.00166")); // kept for the user
    QCOMPARE(findRate(FundingRepository(*m_store).rates(), QStringLiteral("XOF"), QDate(2024, 1, 1))
                 ->rate,
             0.0017);
    QVERIFY(!m_context->undoStack()->canUndo());
    saveScreenshot(dialog, QStringLiteral("exchangeRatesChangedMeanwhile"), QStringLiteral("en"));
}

void TestListSavedWhileOthers::refusalIsSaidInChinese()
{
    TranslationLoader translations;
    QVERIFY(translations.apply(Language::Chinese));
    ExchangeRatesDialog dialog(*m_context);
    dialog.show();
    otherChangesFirstRate();
    editFirstRate(dialog, QStringLiteral("0.00166"));
    save(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.problemText().contains(QStringLiteral("2024年1月1日的 XOF/USD 汇率")),
             qPrintable(dialog.problemText()));
    QVERIFY2(dialog.problemText().contains(QStringLiteral("其他人")),
             qPrintable(dialog.problemText()));
    saveScreenshot(dialog, QStringLiteral("exchangeRatesChangedMeanwhile"), QStringLiteral("zh"));
    translations.apply(Language::English);
}

QTEST_MAIN(TestListSavedWhileOthers)
#include "tst_listsavedwhileothers.moc"
