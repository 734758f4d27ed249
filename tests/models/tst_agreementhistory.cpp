// The agreement history of the sample portfolio: its order with the milestones as context,
// the 2016 addendum's link to the 2012 agreement, statuses and reminders at fixed dates, the
// refusal of self-links, cycles and reversed validity, and the history list's filters.
#include "tests/support/FakeClock.h"
#include "tests/support/TestFolders.h"

#include "models/agreements/AgreementStatus.h"
#include "models/agreements/ExpiryReminders.h"
#include "models/itemmodels/AgreementHistoryModel.h"
#include "models/repositories/AgreementRepository.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/repositories/ReferenceRepository.h"
#include "models/store/PortfolioOpener.h"
#include "models/validation/AgreementValidator.h"

#include <QAbstractItemModelTester>
#include <QtTest>

#include <memory>

using namespace sstc;

class TestAgreementHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void sampleHistoryInOrder();
    void addendumAmendsThe2012Agreement();
    void statusesAtFixedDates_data();
    void statusesAtFixedDates();
    void replacementCountsFromItsOwnDate();
    void refusesSelfLinksAndCycles();
    void refusesValidityEndingBeforeStart();
    void refusesDuplicateParties();
    void remindersAtFixedDate();
    void filtersByPartnerKindStatusAndText();
    void linkedProjects();

private:
    qint64 idOf(const QString &englishTitlePrefix) const;
    Agreement agreementOf(const QString &englishTitlePrefix) const;

    TestFolders m_folders;
    std::unique_ptr<PortfolioStore> m_store;
    QList<Agreement> m_agreements;
    QList<Organisation> m_organisations;
    QList<Milestone> m_milestones;
};

void TestAgreementHistory::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("sstc-test"));
    m_store = PortfolioOpener::open(m_folders.filePath(QStringLiteral("sample.sstc")),
                                    PortfolioOpener::NewFileContent::Sample);
    m_agreements = AgreementRepository(*m_store).all();
    m_organisations = OrganisationRepository(*m_store).all();
    m_milestones = ReferenceRepository(*m_store).milestones();
    QCOMPARE(m_agreements.size(), 12);
    QCOMPARE(m_milestones.size(), 7);
}

void TestAgreementHistory::cleanupTestCase()
{
    m_store.reset();
}

qint64 TestAgreementHistory::idOf(const QString &prefix) const
{
    return agreementOf(prefix).id;
}

Agreement TestAgreementHistory::agreementOf(const QString &prefix) const
{
    for (const Agreement &agreement : m_agreements)
        if (agreement.title.en.startsWith(prefix))
            return agreement;
    return {};
}

void TestAgreementHistory::sampleHistoryInOrder()
{
    AgreementHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setHistory(m_agreements, m_milestones, m_organisations);
    QCOMPARE(model.rowCount(), 19);
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const bool context = model.index(row, 0).data(ContextRowRole).toBool();
        rows << (context ? QStringLiteral("M") : QStringLiteral("A")) +
                    model.index(row, AgreementHistoryModel::Year).data().toString();
    }
    // Milestones 1919–1985, the first MOU, 2012, the DWCP and work programme, the 2015 fund,
    // the three 2016 agreements, the four of 2019, December 2023, then the undated facts.
    QCOMPARE(rows, QStringList({"M1919", "M1978", "M1983", "M1985", "A2001", "A2012", "A2013",
                                "A2014", "M2015", "A2016", "A2016", "A2016", "A2019", "A2019",
                                "A2019", "A2019", "A2023", "M", "M"}));
    QCOMPARE(model.index(4, AgreementHistoryModel::Title).data().toString(),
             QStringLiteral("First Memorandum of Understanding between the ILO and the Ministry of "
                            "Labour and Social Security (now MOHRSS)"));
    // Signed with the ministry of its day: MOHRSS was created in 2008.
    QCOMPARE(model.index(4, AgreementHistoryModel::Parties).data().toString(),
             QStringLiteral("ILO, MOLSS"));
    QCOMPARE(model.index(0, AgreementHistoryModel::Kind).data().toString(),
             QStringLiteral("Milestone"));
    QCOMPARE(model.agreementIdAt(0), 0);
    QCOMPARE(model.rowOfAgreement(idOf(QStringLiteral("First Memorandum"))), 4);

    model.setLanguage(Language::Chinese);
    QCOMPARE(model.index(4, AgreementHistoryModel::Title).data().toString(),
             QStringLiteral("国际劳工组织与劳动和社会保障部（现人力资源和社会保障部）第一份谅解备忘录"));
    QCOMPARE(model.index(0, AgreementHistoryModel::Title).data().toString(),
             QStringLiteral("中国成为国际劳工组织创始成员国。"));
    QCOMPARE(model.index(7, AgreementHistoryModel::Parties).data().toString(),
             QStringLiteral("ACFTU、ACTRAV"));
}

void TestAgreementHistory::addendumAmendsThe2012Agreement()
{
    const Agreement addendum = agreementOf(QStringLiteral("Addendum to the 2012"));
    const Agreement partnership = agreementOf(QStringLiteral("ILO–MOHRSS Partnership Agreement"));
    QVERIFY(addendum.id != 0 && partnership.id != 0);
    QCOMPARE(addendum.kind, AgreementKind::Amendment);
    QCOMPARE(addendum.amendsId, partnership.id);
    QCOMPARE(addendum.signedOn, PartialDate::year(2016));
    QCOMPARE(partnership.signedOn, PartialDate::year(2012));
    // The 2016 strategic MOU replaces the first one of 2001.
    QCOMPARE(agreementOf(QStringLiteral("Memorandum of Understanding on a Strategic")).supersedesId,
             idOf(QStringLiteral("First Memorandum")));
}

void TestAgreementHistory::statusesAtFixedDates_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("title");
    QTest::addColumn<AgreementStatus>("status");
    const QDate mid2024(2024, 6, 15);
    QTest::newRow("2001 MOU, replaced in 2016")
        << mid2024 << "First Memorandum" << AgreementStatus::Superseded;
    QTest::newRow("2012 agreement, amended in 2016")
        << mid2024 << "ILO–MOHRSS Partnership Agreement" << AgreementStatus::Amended;
    QTest::newRow("2016 addendum") << mid2024 << "Addendum to the 2012" << AgreementStatus::InForce;
    QTest::newRow("DWCP 2013–2015")
        << mid2024 << "Decent Work Country Programme for the" << AgreementStatus::Expired;
    QTest::newRow("work programme 2014–2015")
        << mid2024 << "ACFTU–ILO ACTRAV" << AgreementStatus::Expired;
    QTest::newRow("2016 strategic MOU")
        << mid2024 << "Memorandum of Understanding on a Strategic" << AgreementStatus::InForce;
    QTest::newRow("December 2023 agreement")
        << mid2024 << "The Global Development Initiative" << AgreementStatus::InForce;
    // Before the addendum and the new MOU: the 2012 agreement stands unamended, and the
    // DWCP runs to the last day of 2015.
    const QDate mid2015(2015, 6, 15);
    QTest::newRow("2012 agreement in 2015")
        << mid2015 << "ILO–MOHRSS Partnership Agreement" << AgreementStatus::InForce;
    QTest::newRow("2001 MOU in 2015") << mid2015 << "First Memorandum" << AgreementStatus::InForce;
    QTest::newRow("DWCP on its last day")
        << QDate(2015, 12, 31) << "Decent Work Country Programme for the"
        << AgreementStatus::InForce;
    QTest::newRow("DWCP the day after")
        << QDate(2016, 1, 1) << "Decent Work Country Programme for the" << AgreementStatus::Expired;
    QTest::newRow("2023 agreement before it was signed")
        << QDate(2023, 11, 30) << "The Global Development Initiative"
        << AgreementStatus::NotYetInForce;
}

void TestAgreementHistory::statusesAtFixedDates()
{
    QFETCH(QDate, today);
    QFETCH(QString, title);
    QFETCH(AgreementStatus, status);
    const Agreement agreement = agreementOf(title);
    QVERIFY(agreement.id != 0);
    QCOMPARE(AgreementStatusRules::of(agreement, m_agreements, today), status);
}

void TestAgreementHistory::replacementCountsFromItsOwnDate()
{
    // The 2016 MOU was signed on 6 September: the 2001 one held until then.
    const Agreement first = agreementOf(QStringLiteral("First Memorandum"));
    QCOMPARE(AgreementStatusRules::of(first, m_agreements, QDate(2016, 9, 5)),
             AgreementStatus::InForce);
    QCOMPARE(AgreementStatusRules::of(first, m_agreements, QDate(2016, 9, 6)),
             AgreementStatus::Superseded);
}

void TestAgreementHistory::refusesSelfLinksAndCycles()
{
    Agreement partnership = agreementOf(QStringLiteral("ILO–MOHRSS Partnership Agreement"));
    const qint64 addendum = idOf(QStringLiteral("Addendum to the 2012"));
    QVERIFY(AgreementValidator::check(partnership, m_agreements).isEmpty());

    Agreement self = partnership;
    self.amendsId = partnership.id;
    ValidationProblems problems = AgreementValidator::check(self, m_agreements);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("amends"));
    QCOMPARE(problems.first().message, QStringLiteral("An agreement cannot amend itself."));

    // The addendum amends 2012; 2012 amending the addendum would close the circle.
    Agreement cycle = partnership;
    cycle.amendsId = addendum;
    problems = AgreementValidator::check(cycle, m_agreements);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("amends"));

    // A longer circle through a replacement: 2016 MOU replaces 2001; 2001 amending 2016 is one.
    Agreement first = agreementOf(QStringLiteral("First Memorandum"));
    first.amendsId = idOf(QStringLiteral("Memorandum of Understanding on a Strategic"));
    problems = AgreementValidator::check(first, m_agreements);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("amends"));
    first.amendsId = 0;
    first.supersedesId = first.id;
    problems = AgreementValidator::check(first, m_agreements);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("supersedes"));

    // A link elsewhere is fine: 2012 amending the 2001 MOU makes no circle.
    Agreement fine = partnership;
    fine.amendsId = idOf(QStringLiteral("First Memorandum"));
    QVERIFY(AgreementValidator::check(fine, m_agreements).isEmpty());
    // A new agreement cannot be part of a circle yet.
    Agreement fresh;
    fresh.title.en = QStringLiteral("New addendum");
    fresh.amendsId = addendum;
    QVERIFY(AgreementValidator::check(fresh, m_agreements).isEmpty());
}

void TestAgreementHistory::refusesValidityEndingBeforeStart()
{
    Agreement agreement;
    agreement.title.zh = QStringLiteral("工作计划");
    agreement.validFrom = PartialDate::month(2020, 6);
    agreement.validTo = PartialDate::day(QDate(2020, 5, 31));
    ValidationProblems problems = AgreementValidator::check(agreement, m_agreements);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("validTo"));
    // Within the same month is not "before": the precision leaves room.
    agreement.validTo = PartialDate::month(2020, 6);
    QVERIFY(AgreementValidator::check(agreement, m_agreements).isEmpty());
    agreement.title = {};
    problems = AgreementValidator::check(agreement, m_agreements);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("title"));
}

void TestAgreementHistory::refusesDuplicateParties()
{
    Agreement agreement = agreementOf(QStringLiteral("First Memorandum"));
    agreement.parties.append(agreement.parties.first());
    agreement.parties.append(AgreementParty{});
    const ValidationProblems problems = AgreementValidator::check(agreement, m_agreements);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).field, QStringLiteral("parties/2/organisation"));
    QCOMPARE(problems.at(1).field, QStringLiteral("parties/3/organisation"));
}

void TestAgreementHistory::remindersAtFixedDate()
{
    // Both 2013–2015 and 2014–2015 programmes end on 31 December 2015.
    QList<ExpiringAgreement> expiring = ExpiryReminders::list(m_agreements, QDate(2015, 11, 1), 90);
    QCOMPARE(expiring.size(), 2);
    QCOMPARE(expiring.at(0).agreement.id,
             idOf(QStringLiteral("Decent Work Country Programme for")));
    QCOMPARE(expiring.at(1).agreement.id, idOf(QStringLiteral("ACFTU–ILO ACTRAV")));
    QCOMPARE(expiring.at(0).expiresOn, QDate(2015, 12, 31));
    QCOMPARE(expiring.at(0).daysLeft, 60);
    // 121 days ahead is outside 90 days, inside 180; a past end is no reminder.
    QVERIFY(ExpiryReminders::list(m_agreements, QDate(2015, 9, 1), 90).isEmpty());
    QCOMPARE(ExpiryReminders::list(m_agreements, QDate(2015, 9, 1), 180).size(), 2);
    QVERIFY(ExpiryReminders::list(m_agreements, QDate(2016, 1, 1), 3650).isEmpty());
    QCOMPARE(ExpiryReminders::list(m_agreements, QDate(2015, 12, 31), 0).size(), 2);

    // The model highlights the same rows, on the day the clock gives.
    FakeClock clock(QDate(2015, 11, 1));
    AgreementHistoryModel model;
    model.setHistory(m_agreements, m_milestones, m_organisations);
    int highlighted = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        highlighted += model.index(row, 0).data(ExpiringRole).toBool() ? 1 : 0;
    QCOMPARE(highlighted, 2);
    model.setReminderDays(30);
    QVERIFY(!model.index(model.rowOfAgreement(expiring.at(0).agreement.id), 0)
                 .data(ExpiringRole)
                 .toBool());
}

void TestAgreementHistory::filtersByPartnerKindStatusAndText()
{
    AgreementHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setToday(QDate(2024, 6, 15));
    model.setHistory(m_agreements, m_milestones, m_organisations);
    qint64 acftu = 0;
    for (const Organisation &organisation : m_organisations)
        if (organisation.acronym == QLatin1String("ACFTU"))
            acftu = organisation.id;
    QVERIFY(acftu != 0);

    AgreementHistoryFilter filter;
    filter.partnerId = acftu;
    model.setFilter(filter);
    // The two DWCPs, the 2014–2015 work programme and the 2019 trade union MOU; no milestones.
    QCOMPARE(model.rowCount(), 4);
    filter.kind = AgreementKind::Dwcp;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2);
    filter = {};
    filter.status = AgreementStatus::Expired;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2);
    filter = {};
    filter.status = AgreementStatus::Superseded;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.agreementIdAt(0), idOf(QStringLiteral("First Memorandum")));

    // Text in either language, whatever the UI language; milestones match too.
    filter = {};
    filter.search = QStringLiteral("海事劳工");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.agreementIdAt(0),
             idOf(QStringLiteral("Cooperation for the Promotion of the Effective")));
    filter.search = QStringLiteral("guy ryder");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    filter.search = QStringLiteral("Beijing");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2); // the 2016 MOU (signed there) and the 1985 office
    QVERIFY(model.index(0, 0).data(ContextRowRole).toBool());
    model.setFilter({});
    QCOMPARE(model.rowCount(), 19);
}

void TestAgreementHistory::linkedProjects()
{
    const QList<LinkedProject> projects =
        AgreementRepository(*m_store).projectsOf(idOf(QStringLiteral("ILO–MOHRSS Partnership")));
    QCOMPARE(projects.size(), 1);
    QVERIFY(projects.first().title.en.startsWith(QStringLiteral("Expand Employment Services")));
    QVERIFY(AgreementRepository(*m_store)
                .projectsOf(idOf(QStringLiteral("First Memorandum")))
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestAgreementHistory)
#include "tst_agreementhistory.moc"
