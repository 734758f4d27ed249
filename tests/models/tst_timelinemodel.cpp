// TimelineModel over the sample portfolio: a well-behaved tree model, projects by start date
// with undated ones last, events as child rows, the Gantt roles, agreement signings, the
// portfolio filter, reversed dates flagged and progress derived from expenditure.
#include "tests/support/ModelUnderTest.h"
#include "tests/support/TemporaryPortfolio.h"
#include "tests/support/TestFolders.h"

#include "models/itemmodels/TimelineModel.h"
#include "models/query/ProjectFilter.h"
#include "models/repositories/ProjectRepository.h"
#include "models/store/PortfolioStore.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace sstc;

class TestTimelineModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void passesModelTester();
    void ordersByStartWithUndatedLast();
    void projectRoles();
    void eventsAreChildRows();
    void agreementSignings();
    void followsTheFilter();
    void flagsAnEndBeforeTheStart();
    void derivesProgressFromExpenditure();
    void switchesLanguage();
    void toolTipHasDatesCountriesAndBudget();

private:
    QStringList titles() const;
    int rowTitled(const QString &prefix) const;

    std::unique_ptr<TestFolders> m_folders;
    std::unique_ptr<TemporaryPortfolio> m_sample;
    ModelUnderTest<TimelineModel> m_model;
};

void TestTimelineModel::init()
{
    m_folders = std::make_unique<TestFolders>();
    m_sample = std::make_unique<TemporaryPortfolio>();
    m_model.make();
    m_model->reload(m_sample->store(), ProjectFilter());
}

void TestTimelineModel::cleanup()
{
    m_model.reset();
    m_sample.reset();
    m_folders.reset();
}

QStringList TestTimelineModel::titles() const
{
    QStringList result;
    for (int row = 0; row < m_model->rowCount(); ++row)
        result << m_model->index(row, 0).data().toString();
    return result;
}

int TestTimelineModel::rowTitled(const QString &prefix) const
{
    const QStringList all = titles();
    for (int row = 0; row < all.size(); ++row)
        if (all.at(row).startsWith(prefix))
            return row;
    return -1;
}

void TestTimelineModel::passesModelTester()
{
    // The tester watches every change; reload, filter and switch language under it.
    m_model->setLanguage(Language::Chinese);
    ProjectFilter filter;
    filter.statuses = {ProjectStatus::Implementation};
    m_model->reload(m_sample->store(), filter);
    m_model->setLanguage(Language::English);
    m_model->reload(m_sample->store(), ProjectFilter());
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->firstDay().isValid());
}

void TestTimelineModel::ordersByStartWithUndatedLast()
{
    const QStringList expected = {
        QStringLiteral("Expand Employment Services"),                            // 2013–2017
        QStringLiteral("ILO-China-ASEAN High-Level"),                            // 6–8 Sep 2016
        QStringLiteral("The Future of Work in Asia"),                            // 2018–2018
        QStringLiteral("Strengthening Skills Development in Cambodia"),          // 2018–2020
        QStringLiteral("Achieving SDGs"),                                        // 2018–2020
        QStringLiteral("ILO-China Partnership Project on Strengthening Skills"), // 2018–2025
        QStringLiteral("ILO-China Partnership Project on Promoting"),            // 2022–2026
        QStringLiteral("Extending Social Protection Coverage"),                  // no dates
    };
    const QStringList actual = titles();
    QCOMPARE(actual.size(), expected.size());
    for (int row = 0; row < expected.size(); ++row)
        QVERIFY2(actual.at(row).startsWith(expected.at(row)), qPrintable(actual.at(row)));
    QCOMPARE(m_model->datedRowCount(), 7);
    QVERIFY(m_model->index(7, 0).data(UndatedRole).toBool());
    QVERIFY(!m_model->index(0, 0).data(UndatedRole).toBool());
    // Everything drawn, the 2001 MOU included, lies within the range.
    QCOMPARE(m_model->firstDay(), QDate(2001, 1, 1));
    QCOMPARE(m_model->lastDay(), QDate(2026, 12, 31));
}

void TestTimelineModel::projectRoles()
{
    const QModelIndex employment = m_model->index(0, 0);
    QCOMPARE(employment.data(TimelineKindRole).toInt(), int(TimelineItemKind::Project));
    QCOMPARE(employment.data(PlannedStartRole).toDate(), QDate(2013, 1, 1));
    QCOMPARE(employment.data(PlannedEndRole).toDate(), QDate(2017, 12, 31));
    QVERIFY(employment.data(ActualStartRole).isNull());
    QVERIFY(employment.data(ActualEndRole).isNull());
    QCOMPARE(employment.data(StatusRole).toInt(), int(ProjectStatus::Closed));
    QVERIFY(employment.data(ProgressRole).isNull());
    QVERIFY(!employment.data(DateWarningRole).toBool());
    QCOMPARE(m_model->projectIdAt(0), employment.data(IdRole).toLongLong());
    QCOMPARE(m_model->rowOfProject(employment.data(IdRole).toLongLong()), 0);
    QCOMPARE(m_model->rowOfProject(999999), -1);

    const QModelIndex seminar = m_model->index(1, 0);
    QCOMPARE(seminar.data(ActualStartRole).toDate(), QDate(2016, 9, 6));
    QCOMPARE(seminar.data(ActualEndRole).toDate(), QDate(2016, 9, 8));
    QVERIFY(seminar.data(PlannedStartRole).isNull());

    const QModelIndex undated = m_model->index(7, 0);
    QCOMPARE(undated.data(StatusRole).toInt(), int(ProjectStatus::Implementation));
    QVERIFY(undated.data(PlannedStartRole).isNull());
}

void TestTimelineModel::eventsAreChildRows()
{
    const QModelIndex employment = m_model->index(0, 0);
    QCOMPARE(m_model->rowCount(employment), 2);
    const QModelIndex conference = m_model->index(0, 0, employment);
    QCOMPARE(conference.parent(), employment);
    QCOMPARE(conference.data(TimelineKindRole).toInt(), int(TimelineItemKind::Event));
    QCOMPARE(conference.data().toString(),
             QStringLiteral("ILO/China/ASEAN Employment Services Conference"));
    QCOMPARE(conference.data(ActualStartRole).toDate(), QDate(2017, 1, 1));
    // "2017" is drawn in the middle of the year, not on 1 January.
    QCOMPARE(conference.data(MarkerDateRole).toDate(), QDate(2017, 7, 2));
    // The Belt and Road conference has no date: kept as a row, flagged, drawn nowhere.
    const QModelIndex undated = m_model->index(1, 0, employment);
    QVERIFY(undated.data(UndatedRole).toBool());
    QVERIFY(undated.data(MarkerDateRole).isNull());
    QCOMPARE(m_model->rowCount(conference), 0);

    const QModelIndex seminar = m_model->index(1, 0);
    QCOMPARE(m_model->rowCount(seminar), 1);
    QCOMPARE(m_model->index(0, 0, seminar).data(MarkerDateRole).toDate(), QDate(2016, 9, 6));
}

void TestTimelineModel::agreementSignings()
{
    // The two agreements known only by their validity (the 2013 DWCP, the 2014 work
    // programme) have no signing to mark.
    const QList<TimelineAgreement> &agreements = m_model->agreements();
    QCOMPARE(agreements.size(), 10);
    QCOMPARE(agreements.first().signedOn.toIso(), QStringLiteral("2001"));
    QCOMPARE(agreements.last().signedOn.toIso(), QStringLiteral("2023-12"));
    for (int i = 1; i < agreements.size(); ++i)
        QVERIFY(agreements.at(i - 1).signedOn.firstDay() <= agreements.at(i).signedOn.firstDay());
    const auto mou2016 = std::find_if(agreements.begin(), agreements.end(), [](const auto &a) {
        return a.signedOn.toIso() == QLatin1String("2016-09-06");
    });
    QVERIFY(mou2016 != agreements.end());
    QCOMPARE(middleDay(mou2016->signedOn), QDate(2016, 9, 6));
    QVERIFY(m_model->agreementToolTip(*mou2016).contains(QStringLiteral("6 Sep 2016")));
}

void TestTimelineModel::followsTheFilter()
{
    const qint64 lastSigned = m_model->agreements().last().id; // the December 2023 agreement
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    ProjectFilter filter;
    filter.statuses = {ProjectStatus::Implementation};
    m_model->reload(m_sample->store(), filter);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->datedRowCount(), 2);
    QVERIFY(titles().last().startsWith(QStringLiteral("Extending Social Protection")));

    filter = {};
    filter.text = QStringLiteral("Future of Work");
    m_model->reload(m_sample->store(), filter);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 1); // its workshop

    // Filtering by agreement also narrows the signing markers.
    filter = {};
    filter.agreementIds = {lastSigned};
    m_model->reload(m_sample->store(), filter);
    QCOMPARE(m_model->agreements().size(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(titles().first().startsWith(QStringLiteral("Extending Social Protection")));
}

void TestTimelineModel::flagsAnEndBeforeTheStart()
{
    // An imported database may hold what the editor refuses.
    Project reversed;
    reversed.title.en = QStringLiteral("Reversed");
    reversed.status = ProjectStatus::Pipeline;
    reversed.plannedStart = PartialDate::year(2021);
    reversed.plannedEnd = PartialDate::month(2019, 5);
    ProjectRepository(m_sample->store()).insert(reversed);
    m_model->reload(m_sample->store(), ProjectFilter());
    const int row = rowTitled(QStringLiteral("Reversed"));
    QVERIFY(row >= 0);
    const QModelIndex index = m_model->index(row, 0);
    QVERIFY(index.data(DateWarningRole).toBool());
    QVERIFY(!index.data(UndatedRole).toBool());
    QCOMPARE(index.data(PlannedStartRole).toDate(), QDate(2021, 1, 1));
    QCOMPARE(index.data(PlannedEndRole).toDate(), QDate(2019, 5, 31));
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("before the start")));
}

void TestTimelineModel::derivesProgressFromExpenditure()
{
    const qint64 employment = m_model->projectIdAt(0);
    m_sample->store().run(
        QStringLiteral("INSERT INTO funding_lines (project_id, kind, amount_hundredths, "
                       "currency) VALUES (?, 'expenditure', ?, 'USD')"),
        {employment, qint64(250000) * 100});
    m_model->reload(m_sample->store(), ProjectFilter());
    QCOMPARE(m_model->index(0, 0).data(ProgressRole).toDouble(), 0.25);
    // Without a budget there is nothing to measure against.
    QVERIFY(m_model->index(m_model->rowCount() - 1, 0).data(ProgressRole).isNull());
}

void TestTimelineModel::switchesLanguage()
{
    QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setLanguage(Language::Chinese);
    QVERIFY(changes.count() >= 1);
    QCOMPARE(m_model->index(0, 0).data().toString(),
             QStringLiteral("扩大柬埔寨和老挝就业服务并加强劳动力市场信息"));
    QCOMPARE(m_model->index(0, 0, m_model->index(0, 0)).data().toString(),
             QStringLiteral("国际劳工组织/中国/东盟就业服务会议"));
    QVERIFY(m_model->index(0, 0)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("1,000,000美元")));
}

void TestTimelineModel::toolTipHasDatesCountriesAndBudget()
{
    const QString tip = m_model->index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("2013 – 2017")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Cambodia, Lao PDR")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("US$1,000,000")), qPrintable(tip));
    const QString undated = m_model->index(7, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(undated.contains(QStringLiteral("no dates")), qPrintable(undated));
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
