// ProjectTableModel over the sample portfolio: a well-behaved model, texts in either
// language, sorting by each column's natural order with empty values last, raw export values.
#include "tests/support/ColumnHeaders.h"
#include "tests/support/ModelUnderTest.h"
#include "tests/support/TemporaryPortfolio.h"
#include "tests/support/TestFolders.h"

#include "models/changes/ProjectChanges.h"
#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/ProjectTableModel.h"
#include "models/repositories/ProjectRecord.h"
#include "models/repositories/ProjectRepository.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace sstc;

namespace {
const QString socialProtection =
    QStringLiteral("Achieving SDGs and Ending Poverty through Universal Social Protection");
const QString laoKenya = QStringLiteral(
    "Extending Social Protection Coverage to Workers in the Informal Economy in Lao PDR and "
    "Kenya and Leveraging Digital Transformation through South-South Cooperation");
} // namespace

class TestProjectTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void passesModelTester();
    void shape();
    void headers();
    void englishTexts();
    void chineseTexts();
    void sortByStart();
    void sortByEnd();
    void sortByBudget();
    void sortByTitle();
    void sortKeepsSelection();
    void sortingSurvivesNewData();
    void exportValues();
    void findsProjects();
    void emptyModel();
    void sortsChineseTitlesByPinyin();
    void titleOrderFollowsEdits();
    // Last: it changes the shared sample.
    void marksTitlesShownInTheOtherLanguage();

private:
    int rowTitled(const QString &english) const;
    QString cell(int row, int column, int role = Qt::DisplayRole) const;
    QStringList column(int column, int role = Qt::DisplayRole) const;

    TestFolders m_folders;
    std::unique_ptr<TemporaryPortfolio> m_sample;
    QList<ProjectSummary> m_summaries;
    ModelUnderTest<ProjectTableModel> m_model;
};

void TestProjectTableModel::initTestCase()
{
    m_sample = std::make_unique<TemporaryPortfolio>();
    m_summaries = ProjectRepository(m_sample->store()).summaries();
    QCOMPARE(m_summaries.size(), 8);
}

void TestProjectTableModel::init()
{
    m_model.make();
    m_model->setStore(&m_sample->store());
}

void TestProjectTableModel::cleanup()
{
    m_model.reset();
}

void TestProjectTableModel::cleanupTestCase()
{
    m_sample.reset();
}

int TestProjectTableModel::rowTitled(const QString &english) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const qint64 id = m_model->projectIdAt(row);
        for (const ProjectSummary &summary : m_summaries)
            if (summary.id == id && summary.title.en == english)
                return row;
    }
    return -1;
}

QString TestProjectTableModel::cell(int row, int column, int role) const
{
    return m_model->index(row, column).data(role).toString();
}

QStringList TestProjectTableModel::column(int column, int role) const
{
    QStringList values;
    for (int row = 0; row < m_model->rowCount(); ++row)
        values << cell(row, column, role);
    return values;
}

void TestProjectTableModel::passesModelTester()
{
    // Everything that changes the model, with the tester watching.
    for (int column = 0; column < ProjectTableModel::ColumnCount; ++column) {
        m_model->sort(column, Qt::AscendingOrder);
        m_model->sort(column, Qt::DescendingOrder);
    }
    m_model->setLanguage(Language::Chinese);
    m_model->sort(ProjectTableModel::Title);
    m_model->setLanguage(Language::English);
    ProjectFilter closed;
    closed.statuses = {ProjectStatus::Closed};
    m_model->setFilter(closed);
    QVERIFY(m_model->rowCount() > 0 && m_model->rowCount() < 8);
    m_model->setStore(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setStore(&m_sample->store());
    m_model->setFilter({});
    QCOMPARE(m_model->rowCount(), 8);
    m_model->reload();
    QCOMPARE(m_model->rowCount(), 8);
}

void TestProjectTableModel::shape()
{
    QCOMPARE(m_model->rowCount(), 8);
    QCOMPARE(m_model->columnCount(), 7);
    QCOMPARE(int(ProjectTableModel::ColumnCount), 7);
    // A table: no children.
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    QCOMPARE(m_model->columnCount(m_model->index(0, 0)), 0);
    QVERIFY(!m_model->index(8, 0).isValid());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not valid")));
    QVERIFY(!m_model->data(QModelIndex()).isValid());
    // Before any sort, rows are in the order the projects were added.
    for (int row = 0; row < 8; ++row)
        QCOMPARE(m_model->projectIdAt(row), m_summaries.at(row).id);
}

void TestProjectTableModel::headers()
{
    const testsupport::ColumnHeaders expected = {
        {QStringLiteral("code"), QStringLiteral("Code")},
        {QStringLiteral("title"), QStringLiteral("Title")},
        {QStringLiteral("countries"), QStringLiteral("Countries")},
        {QStringLiteral("start"), QStringLiteral("Start")},
        {QStringLiteral("end"), QStringLiteral("End")},
        {QStringLiteral("budget"), QStringLiteral("Budget")},
        {QStringLiteral("status"), QStringLiteral("Status")}};
    QCOMPARE(testsupport::columnHeaders(*m_model), expected);
    // The keys do not change with the language.
    m_model->setLanguage(Language::Chinese);
    QCOMPARE(
        m_model->headerData(ProjectTableModel::Budget, Qt::Horizontal, ColumnKeyRole).toString(),
        QStringLiteral("budget"));
    QVERIFY(!m_model->headerData(7, Qt::Horizontal, ColumnKeyRole).isValid());
}

void TestProjectTableModel::englishTexts()
{
    QCOMPARE(m_model->language(), Language::English);
    const int row = rowTitled(socialProtection);
    QVERIFY(row >= 0);
    QCOMPARE(cell(row, ProjectTableModel::Title), socialProtection);
    QCOMPARE(cell(row, ProjectTableModel::Title, Qt::ToolTipRole), socialProtection);
    QCOMPARE(cell(row, ProjectTableModel::Countries), QStringLiteral("Cambodia, Pakistan"));
    QCOMPARE(cell(row, ProjectTableModel::Start), QStringLiteral("2018"));
    QCOMPARE(cell(row, ProjectTableModel::End), QStringLiteral("2020"));
    QCOMPARE(cell(row, ProjectTableModel::Budget), QStringLiteral("US$745,000"));
    QCOMPARE(cell(row, ProjectTableModel::Status), QStringLiteral("Closed"));
    QCOMPARE(cell(row, ProjectTableModel::Code), QString());
    QCOMPARE(m_model->index(row, ProjectTableModel::Budget).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));

    const int seminar = rowTitled(QStringLiteral(
        "ILO-China-ASEAN High-Level Seminar to Achieve the SDGs on Universal Social Protection"));
    QCOMPARE(cell(seminar, ProjectTableModel::Start), QStringLiteral("6 Sep 2016"));
    QCOMPARE(cell(seminar, ProjectTableModel::End), QStringLiteral("8 Sep 2016"));
    QCOMPARE(cell(seminar, ProjectTableModel::Countries), QString());
    QCOMPARE(cell(seminar, ProjectTableModel::Budget), QString());

    const int last = rowTitled(laoKenya);
    QCOMPARE(cell(last, ProjectTableModel::Countries), QStringLiteral("Lao PDR, Kenya"));
    QCOMPARE(cell(last, ProjectTableModel::Start), QString());
    QCOMPARE(cell(last, ProjectTableModel::Status), QStringLiteral("Implementation"));
}

void TestProjectTableModel::chineseTexts()
{
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy headers(m_model.get(), &QAbstractItemModel::headerDataChanged);
    m_model->setLanguage(Language::Chinese);
    QCOMPARE(m_model->language(), Language::Chinese);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(headers.count(), 1);

    const int row = rowTitled(socialProtection);
    QCOMPARE(cell(row, ProjectTableModel::Title),
             QStringLiteral("通过全民社会保护实现可持续发展目标并消除贫困"));
    QCOMPARE(cell(row, ProjectTableModel::Countries), QStringLiteral("柬埔寨、巴基斯坦"));
    QCOMPARE(cell(row, ProjectTableModel::Start), QStringLiteral("2018年"));
    QCOMPARE(cell(row, ProjectTableModel::Budget), QStringLiteral("745,000美元"));
    const int seminar = rowTitled(QStringLiteral(
        "ILO-China-ASEAN High-Level Seminar to Achieve the SDGs on Universal Social Protection"));
    QCOMPARE(cell(seminar, ProjectTableModel::Start), QStringLiteral("2016年9月6日"));
    QCOMPARE(cell(rowTitled(laoKenya), ProjectTableModel::Countries),
             QStringLiteral("老挝、肯尼亚"));

    // The same language again changes nothing.
    m_model->setLanguage(Language::Chinese);
    QCOMPARE(layout.count(), 1);
    // Back to English.
    m_model->setLanguage(Language::English);
    QCOMPARE(cell(rowTitled(socialProtection), ProjectTableModel::Title), socialProtection);
}

void TestProjectTableModel::sortByStart()
{
    m_model->sort(ProjectTableModel::Start, Qt::AscendingOrder);
    QCOMPARE(column(ProjectTableModel::Start, ExportRole),
             (QStringList{"2013", "2016-09-06", "2018", "2018", "2018", "2018", "2022", ""}));
    QCOMPARE(rowTitled(laoKenya), 7);

    m_model->sort(ProjectTableModel::Start, Qt::DescendingOrder);
    QCOMPARE(column(ProjectTableModel::Start, ExportRole),
             (QStringList{"2022", "2018", "2018", "2018", "2018", "2016-09-06", "2013", ""}));
    QCOMPARE(rowTitled(laoKenya), 7); // empty values last in either order

    // The sort value is the first day the date may stand for.
    QCOMPARE(m_model->index(0, ProjectTableModel::Start).data(SortRole).toDate(),
             QDate(2022, 1, 1));
}

void TestProjectTableModel::sortByEnd()
{
    m_model->sort(ProjectTableModel::End, Qt::AscendingOrder);
    QCOMPARE(column(ProjectTableModel::End, ExportRole),
             (QStringList{"2016-09-08", "2017", "2018", "2020", "2020", "2025", "2026", ""}));
    // …and the last day for an end date.
    QCOMPARE(m_model->index(1, ProjectTableModel::End).data(SortRole).toDate(),
             QDate(2017, 12, 31));
}

void TestProjectTableModel::sortByBudget()
{
    m_model->sort(ProjectTableModel::Budget, Qt::AscendingOrder);
    QCOMPARE(
        column(ProjectTableModel::Budget),
        (QStringList{"US$200,000", "US$745,000", "US$1,000,000", "US$1,000,000", "", "", "", ""}));
    m_model->sort(ProjectTableModel::Budget, Qt::DescendingOrder);
    QCOMPARE(
        column(ProjectTableModel::Budget),
        (QStringList{"US$1,000,000", "US$1,000,000", "US$745,000", "US$200,000", "", "", "", ""}));
    QCOMPARE(m_model->index(2, ProjectTableModel::Budget).data(SortRole).toLongLong(),
             qint64(74500000));
    QVERIFY(!m_model->index(7, ProjectTableModel::Budget).data(SortRole).isValid());
    // Equal budgets keep their earlier order (a stable sort).
    QVERIFY(m_model->projectIdAt(0) < m_model->projectIdAt(1));
}

void TestProjectTableModel::sortByTitle()
{
    m_model->sort(ProjectTableModel::Title, Qt::AscendingOrder);
    const QStringList titles = column(ProjectTableModel::Title);
    QVERIFY(titles.first().startsWith(QStringLiteral("Achieving SDGs")));
    QVERIFY(titles.last().startsWith(QStringLiteral("The Future of Work")));
    // Switching the language sorts again, by the Chinese titles now.
    m_model->setLanguage(Language::Chinese);
    const QStringList chinese = column(ProjectTableModel::Title);
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true);
    for (int i = 1; i < chinese.size(); ++i)
        QVERIFY2(collator.compare(chinese.at(i - 1), chinese.at(i)) <= 0,
                 qPrintable(chinese.at(i - 1) + QStringLiteral(" > ") + chinese.at(i)));
}

void TestProjectTableModel::sortKeepsSelection()
{
    const int row = rowTitled(socialProtection);
    const QPersistentModelIndex selected = m_model->index(row, ProjectTableModel::Title);
    m_model->sort(ProjectTableModel::Budget, Qt::AscendingOrder);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), rowTitled(socialProtection));
    QCOMPARE(selected.column(), int(ProjectTableModel::Title));
    QCOMPARE(selected.data().toString(), socialProtection);
    m_model->setLanguage(Language::Chinese);
    QCOMPARE(selected.data(IdRole), m_model->index(rowTitled(socialProtection), 0).data(IdRole));
}

void TestProjectTableModel::sortingSurvivesNewData()
{
    m_model->sort(ProjectTableModel::Start, Qt::DescendingOrder);
    m_model->reload(); // after an edit
    QCOMPARE(cell(0, ProjectTableModel::Start, ExportRole), QStringLiteral("2022"));
    QCOMPARE(rowTitled(laoKenya), 7);
}

void TestProjectTableModel::exportValues()
{
    const int row = rowTitled(socialProtection);
    QCOMPARE(m_model->index(row, ProjectTableModel::Countries).data(ExportRole).toStringList(),
             (QStringList{QStringLiteral("KH"), QStringLiteral("PK")}));
    QCOMPARE(cell(row, ProjectTableModel::Start, ExportRole), QStringLiteral("2018"));
    QCOMPARE(cell(row, ProjectTableModel::Status, ExportRole), QStringLiteral("closed"));
    const QVariantList budget =
        m_model->index(row, ProjectTableModel::Budget).data(ExportRole).toList();
    QCOMPARE(budget.size(), 1);
    QCOMPARE(budget.first().toMap().value(QStringLiteral("amount")).toDouble(), 745000.0);
    QCOMPARE(budget.first().toMap().value(QStringLiteral("currency")).toString(),
             QStringLiteral("USD"));
    // Raw values do not change with the language.
    m_model->setLanguage(Language::Chinese);
    const int chineseRow = rowTitled(socialProtection);
    QCOMPARE(
        m_model->index(chineseRow, ProjectTableModel::Countries).data(ExportRole).toStringList(),
        (QStringList{QStringLiteral("KH"), QStringLiteral("PK")}));
    QCOMPARE(cell(chineseRow, ProjectTableModel::Status, ExportRole), QStringLiteral("closed"));
    const int seminar = rowTitled(QStringLiteral(
        "ILO-China-ASEAN High-Level Seminar to Achieve the SDGs on Universal Social Protection"));
    QCOMPARE(cell(seminar, ProjectTableModel::Start, ExportRole), QStringLiteral("2016-09-06"));
    QVERIFY(m_model->index(seminar, ProjectTableModel::Budget).data(ExportRole).toList().isEmpty());
    QVERIFY(m_model->index(seminar, ProjectTableModel::Countries)
                .data(ExportRole)
                .toStringList()
                .isEmpty());
}

void TestProjectTableModel::findsProjects()
{
    for (const ProjectSummary &summary : m_summaries) {
        const int row = m_model->rowOfProject(summary.id);
        QVERIFY(row >= 0);
        QCOMPARE(m_model->projectIdAt(row), summary.id);
        QCOMPARE(m_model->index(row, ProjectTableModel::Title).data(IdRole).toLongLong(),
                 summary.id);
    }
    QCOMPARE(m_model->rowOfProject(987654), -1);
    QCOMPARE(m_model->projectIdAt(-1), 0);
    QCOMPARE(m_model->projectIdAt(8), 0);
}

void TestProjectTableModel::emptyModel()
{
    m_model->setStore(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->sort(ProjectTableModel::Start);
    m_model->setLanguage(Language::Chinese);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), 7);
}

void TestProjectTableModel::sortsChineseTitlesByPinyin()
{
    // By pinyin, not by code point: 北 (bei) < 上 (shang) < 中 (zhong), although in Unicode
    // 上 U+4E0A < 中 U+4E2D < 北 U+5317.
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    QVERIFY(collator.compare(QStringLiteral("北京"), QStringLiteral("上海")) < 0);
    QVERIFY(collator.compare(QStringLiteral("上海"), QStringLiteral("中国")) < 0);

    m_model->setLanguage(Language::Chinese);
    m_model->sort(ProjectTableModel::Title, Qt::AscendingOrder);
    const QStringList titles = column(ProjectTableModel::Title);
    // The table's order is the collator's, and it differs from the code points' order.
    QStringList byPinyin = titles;
    std::sort(byPinyin.begin(), byPinyin.end(),
              [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    QCOMPARE(titles, byPinyin);
    QStringList byCodePoint = titles;
    std::sort(byCodePoint.begin(), byCodePoint.end());
    QVERIFY2(titles != byCodePoint, "the sample's titles should tell pinyin from code points");
}

// The order by title is made once (in the background after opening) and kept: after an
// edit it is the collation order of the new titles, in either direction and language, with
// equal titles by id both ways.
void TestProjectTableModel::titleOrderFollowsEdits()
{
    TemporaryPortfolio portfolio;
    ProjectTableModel model;
    model.setStore(&portfolio.store());
    QTRY_VERIFY(model.sortsByTitleInMemory());
    const auto titles = [&] {
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.index(row, ProjectTableModel::Title).data().toString();
        return shown;
    };
    const auto collated = [&](Language language, Qt::SortOrder order) {
        QCollator collator(language == Language::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                         : QLocale(QLocale::English));
        collator.setNumericMode(true);
        QList<std::pair<QString, qint64>> rows;
        for (int row = 0; row < model.rowCount(); ++row)
            rows.append({model.index(row, ProjectTableModel::Title).data().toString(),
                         model.projectIdAt(row)});
        std::sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) {
            if (a.first.isEmpty() || b.first.isEmpty())
                return !a.first.isEmpty() && b.first.isEmpty();
            const int compared = collator.compare(a.first, b.first);
            if (compared == 0)
                return a.second < b.second;
            return order == Qt::AscendingOrder ? compared < 0 : compared > 0;
        });
        QList<qint64> ids;
        for (const auto &row : rows)
            ids << row.second;
        return ids;
    };
    const auto shownIds = [&] {
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.projectIdAt(row);
        return ids;
    };
    model.sort(ProjectTableModel::Title, Qt::AscendingOrder);
    const qint64 first = model.projectIdAt(0);
    const qint64 second = model.projectIdAt(1);
    const qint64 third = model.projectIdAt(2);

    // The first becomes the last; the second and third get the same titles (a tie).
    ProjectRecordRepository records(portfolio.store());
    ProjectChanges changes(portfolio.store(), AuditActor(QStringLiteral("test")));
    ProjectRecord record = *records.load(first);
    record.project.title = {QStringLiteral("Zhejiang last"), QStringLiteral("最后一个")};
    changes.apply(*records.load(first), record);
    for (qint64 id : {second, third}) {
        record = *records.load(id);
        record.project.title = {QStringLiteral("Same title"), QStringLiteral("阿")};
        changes.apply(*records.load(id), record);
    }
    model.reload();

    QCOMPARE(titles().last(), QStringLiteral("Zhejiang last"));
    QCOMPARE(shownIds(), collated(Language::English, Qt::AscendingOrder));
    model.sort(ProjectTableModel::Title, Qt::DescendingOrder);
    QCOMPARE(model.projectIdAt(0), first);
    QCOMPARE(shownIds(), collated(Language::English, Qt::DescendingOrder));
    model.setLanguage(Language::Chinese);
    QCOMPARE(shownIds(), collated(Language::Chinese, Qt::DescendingOrder));
    model.sort(ProjectTableModel::Title, Qt::AscendingOrder);
    QCOMPARE(shownIds(), collated(Language::Chinese, Qt::AscendingOrder));
    // 阿 (a) first by pinyin, the tie by id; 最 (zui) last of those with a title.
    QCOMPARE(model.projectIdAt(0), qMin(second, third));
    QCOMPARE(model.projectIdAt(1), qMax(second, third));
    QCOMPARE(titles().last(), QStringLiteral("最后一个"));
}

void TestProjectTableModel::marksTitlesShownInTheOtherLanguage()
{
    const int row = rowTitled(socialProtection);
    QVERIFY(m_model->index(row, ProjectTableModel::Title).data(FallbackLanguageRole).isNull());
    ProjectRecord record =
        *ProjectRecordRepository(m_sample->store()).load(m_model->projectIdAt(row));
    record.project.title.zh.clear();
    ProjectChanges(m_sample->store(), AuditActor(QStringLiteral("test"))).apply({}, record);
    m_model->reload();

    const int changed = rowTitled(socialProtection);
    // English: the title is in its own language, nothing to mark.
    QVERIFY(m_model->index(changed, ProjectTableModel::Title).data(FallbackLanguageRole).isNull());
    m_model->setLanguage(Language::Chinese);
    const int chinese = rowTitled(socialProtection);
    QCOMPARE(cell(chinese, ProjectTableModel::Title), socialProtection);
    QCOMPARE(cell(chinese, ProjectTableModel::Title, FallbackLanguageRole), QStringLiteral("en"));
    // Only the title column, and only that project.
    QVERIFY(
        m_model->index(chinese, ProjectTableModel::Countries).data(FallbackLanguageRole).isNull());
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (r != chinese)
            QVERIFY(
                m_model->index(r, ProjectTableModel::Title).data(FallbackLanguageRole).isNull());
}

QTEST_GUILESS_MAIN(TestProjectTableModel)
#include "tst_projecttablemodel.moc"
