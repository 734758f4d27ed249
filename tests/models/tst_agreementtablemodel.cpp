// AgreementTableModel over the sample portfolio: the MOU history in either language.
#include "tests/support/ColumnHeaders.h"
#include "tests/support/ModelUnderTest.h"
#include "tests/support/TemporaryPortfolio.h"
#include "tests/support/TestFolders.h"

#include "models/itemmodels/AgreementTableModel.h"
#include "models/repositories/AgreementRepository.h"
#include "models/repositories/OrganisationRepository.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace sstc;

namespace {
const QString strategicMou = QStringLiteral(
    "Memorandum of Understanding on a Strategic Partnership between the ILO and MOHRSS");
} // namespace

class TestAgreementTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void passesModelTester();
    void headers();
    void rowsInSigningOrder();
    void englishTexts();
    void chineseTexts();
    void exportValues();
    void partyWithoutAcronym();

private:
    int rowTitled(const QString &english) const;
    QString cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_model->index(row, column).data(role).toString();
    }

    TestFolders m_folders;
    std::unique_ptr<TemporaryPortfolio> m_sample;
    QList<Agreement> m_agreements;
    QList<Organisation> m_organisations;
    ModelUnderTest<AgreementTableModel> m_model;
};

void TestAgreementTableModel::initTestCase()
{
    m_sample = std::make_unique<TemporaryPortfolio>();
    m_agreements = AgreementRepository(m_sample->store()).all();
    m_organisations = OrganisationRepository(m_sample->store()).all();
    QCOMPARE(m_agreements.size(), 12);
}

void TestAgreementTableModel::init()
{
    m_model.make();
    m_model->setAgreements(m_agreements, m_organisations);
}

void TestAgreementTableModel::cleanup()
{
    m_model.reset();
}

void TestAgreementTableModel::cleanupTestCase()
{
    m_sample.reset();
}

int TestAgreementTableModel::rowTitled(const QString &english) const
{
    for (int row = 0; row < m_agreements.size(); ++row)
        if (m_agreements.at(row).title.en == english)
            return row;
    return -1;
}

void TestAgreementTableModel::passesModelTester()
{
    QCOMPARE(m_model->rowCount(), 12);
    QCOMPARE(m_model->columnCount(), int(AgreementTableModel::ColumnCount));
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    m_model->setLanguage(Language::Chinese);
    m_model->setLanguage(Language::English);
    m_model->setAgreements(m_agreements.mid(0, 2), m_organisations);
    QCOMPARE(m_model->rowCount(), 2);
    m_model->setAgreements({}, {});
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setLanguage(Language::Chinese); // nothing to change, nothing to break
    m_model->setAgreements(m_agreements, m_organisations);
    QCOMPARE(m_model->rowCount(), 12);
}

void TestAgreementTableModel::headers()
{
    const testsupport::ColumnHeaders expected = {
        {QStringLiteral("year"), QStringLiteral("Year")},
        {QStringLiteral("kind"), QStringLiteral("Kind")},
        {QStringLiteral("title"), QStringLiteral("Title")},
        {QStringLiteral("parties"), QStringLiteral("Parties")},
        {QStringLiteral("signed"), QStringLiteral("Signed")},
        {QStringLiteral("valid_from"), QStringLiteral("Valid from")},
        {QStringLiteral("valid_to"), QStringLiteral("Valid to")}};
    QCOMPARE(testsupport::columnHeaders(*m_model), expected);
}

void TestAgreementTableModel::rowsInSigningOrder()
{
    QStringList years;
    for (int row = 0; row < m_model->rowCount(); ++row)
        years << cell(row, AgreementTableModel::Year);
    QCOMPARE(years, (QStringList{"2001", "2012", "2013", "2014", "2016", "2016", "2016", "2019",
                                 "2019", "2019", "2019", "2023"}));
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->index(row, 0).data(IdRole).toLongLong(), m_agreements.at(row).id);
}

void TestAgreementTableModel::englishTexts()
{
    const int row = rowTitled(strategicMou);
    QVERIFY(row >= 0);
    QCOMPARE(cell(row, AgreementTableModel::Year), QStringLiteral("2016"));
    QCOMPARE(cell(row, AgreementTableModel::Kind), QStringLiteral("Memorandum of understanding"));
    QCOMPARE(cell(row, AgreementTableModel::Title), strategicMou);
    QCOMPARE(cell(row, AgreementTableModel::Parties), QStringLiteral("ILO, MOHRSS"));
    QCOMPARE(cell(row, AgreementTableModel::Signed), QStringLiteral("6 Sep 2016"));
    QCOMPARE(cell(row, AgreementTableModel::ValidFrom), QString());

    // A programme without a signing date shows its years of validity.
    const int dwcp = rowTitled(QStringLiteral(
        "Decent Work Country Programme for the People's Republic of China 2013–2015"));
    QCOMPARE(cell(dwcp, AgreementTableModel::Year), QStringLiteral("2013"));
    QCOMPARE(cell(dwcp, AgreementTableModel::Kind),
             QStringLiteral("Decent Work Country Programme"));
    QCOMPARE(cell(dwcp, AgreementTableModel::Parties), QStringLiteral("ILO, MOHRSS, ACFTU, CEC"));
    QCOMPARE(cell(dwcp, AgreementTableModel::Signed), QString());
    QCOMPARE(cell(dwcp, AgreementTableModel::ValidFrom), QStringLiteral("2013"));
    QCOMPARE(cell(dwcp, AgreementTableModel::ValidTo), QStringLiteral("2015"));

    const int gdi = m_model->rowCount() - 1;
    QCOMPARE(cell(gdi, AgreementTableModel::Signed), QStringLiteral("Dec 2023"));
    QCOMPARE(cell(gdi, AgreementTableModel::Kind), QStringLiteral("Partnership agreement"));
}

void TestAgreementTableModel::chineseTexts()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setLanguage(Language::Chinese);
    QCOMPARE(changed.count(), 1);
    // The whole table changed.
    QCOMPARE(changed.first().at(0).toModelIndex(), m_model->index(0, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(),
             m_model->index(m_model->rowCount() - 1, m_model->columnCount() - 1));

    const int row = rowTitled(strategicMou);
    QCOMPARE(cell(row, AgreementTableModel::Title),
             QStringLiteral("国际劳工组织与人力资源和社会保障部战略伙伴关系谅解备忘录"));
    QCOMPARE(cell(row, AgreementTableModel::Parties), QStringLiteral("ILO、MOHRSS"));
    QCOMPARE(cell(row, AgreementTableModel::Signed), QStringLiteral("2016年9月6日"));
    QCOMPARE(cell(m_model->rowCount() - 1, AgreementTableModel::Signed),
             QStringLiteral("2023年12月"));
    QCOMPARE(cell(0, AgreementTableModel::Signed), QStringLiteral("2001年"));

    m_model->setLanguage(Language::Chinese);
    QCOMPARE(changed.count(), 1);
}

void TestAgreementTableModel::exportValues()
{
    const int row = rowTitled(strategicMou);
    QCOMPARE(cell(row, AgreementTableModel::Kind, ExportRole), QStringLiteral("mou"));
    QCOMPARE(m_model->index(row, AgreementTableModel::Parties).data(ExportRole).toStringList(),
             (QStringList{QStringLiteral("ILO"), QStringLiteral("MOHRSS")}));
    QCOMPARE(cell(row, AgreementTableModel::Signed, ExportRole), QStringLiteral("2016-09-06"));
    QCOMPARE(cell(row, AgreementTableModel::Year, ExportRole), QStringLiteral("2016"));
    QCOMPARE(cell(row, AgreementTableModel::Title, ExportRole), strategicMou);
    const int amendment = rowTitled(
        QStringLiteral("Addendum to the 2012 Partnership Agreement: social protection component"));
    QCOMPARE(cell(amendment, AgreementTableModel::Kind, ExportRole), QStringLiteral("amendment"));
    QCOMPARE(cell(m_model->rowCount() - 1, AgreementTableModel::Signed, ExportRole),
             QStringLiteral("2023-12"));
    const int programme = rowTitled(
        QStringLiteral("ACFTU–ILO ACTRAV work programme for Asia and the Pacific 2014–2015"));
    QCOMPARE(cell(programme, AgreementTableModel::Kind, ExportRole),
             QStringLiteral("work_programme"));
    QCOMPARE(cell(programme, AgreementTableModel::ValidFrom, ExportRole), QStringLiteral("2014"));
    QCOMPARE(cell(programme, AgreementTableModel::ValidTo, ExportRole), QStringLiteral("2015"));
    QCOMPARE(cell(programme, AgreementTableModel::Signed, ExportRole), QString());
}

void TestAgreementTableModel::partyWithoutAcronym()
{
    Organisation noAcronym;
    noAcronym.id = 900;
    noAcronym.name = {QStringLiteral("Lao Federation of Trade Unions"),
                      QStringLiteral("老挝工会联合会")};
    Organisation onlyChinese;
    onlyChinese.id = 901;
    onlyChinese.name.zh = QStringLiteral("中国企业联合会");
    Agreement agreement;
    agreement.id = 1;
    agreement.title.zh = QStringLiteral("只有中文标题");
    agreement.parties = {{900, {}, {}}, {901, {}, {}}};
    m_model->setAgreements({agreement}, {noAcronym, onlyChinese});

    QCOMPARE(cell(0, AgreementTableModel::Parties),
             QStringLiteral("Lao Federation of Trade Unions, 中国企业联合会"));
    // A text only in Chinese is shown in English mode too.
    QCOMPARE(cell(0, AgreementTableModel::Title), QStringLiteral("只有中文标题"));
    QCOMPARE(cell(0, AgreementTableModel::Year), QString());
    m_model->setLanguage(Language::Chinese);
    QCOMPARE(cell(0, AgreementTableModel::Parties),
             QStringLiteral("老挝工会联合会、中国企业联合会"));
}

QTEST_GUILESS_MAIN(TestAgreementTableModel)
#include "tst_agreementtablemodel.moc"
