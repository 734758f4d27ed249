// TableExporter: CSV quoting, JSON keys and raw values, and a text table aligned for CJK.
#include "tests/support/TestFolders.h"

#include "models/export/TableExporter.h"
#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/ProjectTableModel.h"
#include "models/repositories/ProjectRepository.h"
#include "models/store/PortfolioOpener.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace sstc;

namespace {

// A small table whose every cell is given: the display text and the raw export value.
class FixedModel : public QAbstractTableModel
{
public:
    struct Cell
    {
        QString display;
        QVariant raw;
    };

    FixedModel(QStringList headers, QStringList keys, QList<QList<Cell>> rows)
        : m_headers(std::move(headers))
        , m_keys(std::move(keys))
        , m_rows(std::move(rows))
    {}

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_headers.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const Cell &cell = m_rows.at(index.row()).at(index.column());
        if (role == Qt::DisplayRole)
            return cell.display;
        if (role == ExportRole)
            return cell.raw;
        if (role == IdRole)
            return qint64(100 + index.row());
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal)
            return {};
        if (role == Qt::DisplayRole)
            return m_headers.at(section);
        if (role == ColumnKeyRole)
            return m_keys.at(section);
        return {};
    }

private:
    QStringList m_headers;
    QStringList m_keys;
    QList<QList<Cell>> m_rows;
};

QVariantList amounts(std::initializer_list<std::pair<double, const char *>> values)
{
    QVariantList list;
    for (const auto &[amount, currency] : values)
        list << QVariantMap{{QStringLiteral("amount"), amount},
                            {QStringLiteral("currency"), QLatin1String(currency)}};
    return list;
}

// The terminal column where `cell` starts in `line`.
int columnOf(const QString &line, const QString &cell)
{
    const int at = int(line.indexOf(cell));
    return at < 0 ? -1 : TableExporter::displayWidth(line.left(at));
}

} // namespace

class TestTableExporter : public QObject
{
    Q_OBJECT

private slots:
    void displayWidth_data();
    void displayWidth();
    void csvQuoting();
    void csvRawValues();
    void jsonKeysAndRawValues();
    void tableAlignsCjk();
    void tableKeepsEmptyFirstColumn();
    void tableOfEmptyModel();
    void sampleProjects();
    void csvNeutralisesFormulas();
    void tableShowsNoControlCharacters();
    void jsonEscapesControlCharacters();

private:
    TestFolders m_folders;
};

void TestTableExporter::displayWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");

    QTest::newRow("empty") << "" << 0;
    QTest::newRow("latin") << "Lao PDR" << 7;
    QTest::newRow("chinese") << "老挝" << 4;
    QTest::newRow("mixed") << "老挝 PDR" << 8;
    QTest::newRow("accented") << "Côte d’Ivoire" << 13;
    QTest::newRow("ideographic comma") << "、" << 2;
    QTest::newRow("fullwidth parentheses") << "（中文）" << 8;
    QTest::newRow("hangul") << "한국" << 4;
    QTest::newRow("money") << "745,000美元" << 11;
}

void TestTableExporter::displayWidth()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QCOMPARE(TableExporter::displayWidth(text), width);
}

void TestTableExporter::csvQuoting()
{
    const FixedModel model(
        {QStringLiteral("Title"), QStringLiteral("Note, with comma")},
        {QStringLiteral("title"), QStringLiteral("note")},
        {{{QString(), QStringLiteral("plain")}, {QString(), QStringLiteral("Cambodia, Lao PDR")}},
         {{QString(), QStringLiteral("the \"Addendum\"")},
          {QString(), QStringLiteral("first line\nsecond line")}},
         {{QString(), QStringLiteral("carriage\rreturn")}, {QString(), QStringLiteral("老挝")}}});
    const QString csv = TableExporter::write(model, TableExporter::Format::Csv);
    QCOMPARE(csv, QStringLiteral("Title,\"Note, with comma\"\r\n"
                                 "plain,\"Cambodia, Lao PDR\"\r\n"
                                 "\"the \"\"Addendum\"\"\",\"first line\nsecond line\"\r\n"
                                 "\"carriage\rreturn\",老挝\r\n"));
}

void TestTableExporter::csvRawValues()
{
    const FixedModel model(
        {QStringLiteral("Countries"), QStringLiteral("Budget"), QStringLiteral("Start")},
        {QStringLiteral("countries"), QStringLiteral("budget"), QStringLiteral("start")},
        {{{QStringLiteral("Cambodia, Pakistan"),
           QStringList{QStringLiteral("KH"), QStringLiteral("PK")}},
          {QStringLiteral("US$745,000"), amounts({{745000, "USD"}})},
          {QStringLiteral("2018"), QStringLiteral("2018")}},
         {{QString(), QStringList()},
          {QStringLiteral("…"), amounts({{1000000, "USD"}, {12.5, "CNY"}})},
          {QStringLiteral("6 Sep 2016"), QStringLiteral("2016-09-06")}}});
    const QStringList lines =
        TableExporter::write(model, TableExporter::Format::Csv).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 4); // header, two rows, and the empty text after the last CRLF
    QCOMPARE(lines.at(0), QStringLiteral("Countries,Budget,Start"));
    // Raw values, not the displayed ones: codes, plain amounts, ISO dates.
    QCOMPARE(lines.at(1), QStringLiteral("KH;PK,745000 USD,2018"));
    QCOMPARE(lines.at(2), QStringLiteral(",1000000 USD;12.50 CNY,2016-09-06"));
    QCOMPARE(lines.at(3), QString());
}

void TestTableExporter::jsonKeysAndRawValues()
{
    const FixedModel model(
        {QStringLiteral("Title"), QStringLiteral("Countries"), QStringLiteral("Budget"),
         QStringLiteral("Participants")},
        {QStringLiteral("title"), QStringLiteral("countries"), QStringLiteral("budget"),
         QStringLiteral("participants")},
        {{{QStringLiteral("Seminar"), QStringLiteral("Seminar, \"quoted\"\n老挝")},
          {QString(), QStringList{QStringLiteral("KH"), QStringLiteral("LA")}},
          {QString(), amounts({{745000, "USD"}})},
          {QStringLiteral("90"), 90}}});
    const QString json = TableExporter::write(model, TableExporter::Format::Json);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 1);
    const QJsonObject object = array.first().toObject();
    QCOMPARE(
        QStringList(object.keys()),
        (QStringList{QStringLiteral("budget"), QStringLiteral("countries"), QStringLiteral("id"),
                     QStringLiteral("participants"), QStringLiteral("title")}));
    QCOMPARE(object.value(QLatin1String("id")).toInteger(), 100);
    QCOMPARE(object.value(QLatin1String("title")).toString(),
             QStringLiteral("Seminar, \"quoted\"\n老挝"));
    QCOMPARE(object.value(QLatin1String("countries")).toArray(),
             (QJsonArray{QStringLiteral("KH"), QStringLiteral("LA")}));
    const QJsonObject budget = object.value(QLatin1String("budget")).toArray().first().toObject();
    QCOMPARE(budget.value(QLatin1String("amount")).toDouble(), 745000.0);
    QCOMPARE(budget.value(QLatin1String("currency")).toString(), QStringLiteral("USD"));
    QVERIFY(object.value(QLatin1String("participants")).isDouble());
    QCOMPARE(object.value(QLatin1String("participants")).toInt(), 90);

    // An empty model gives an empty array.
    const FixedModel empty({QStringLiteral("Title")}, {QStringLiteral("title")}, {});
    QCOMPARE(
        QJsonDocument::fromJson(TableExporter::write(empty, TableExporter::Format::Json).toUtf8())
            .array()
            .size(),
        0);
}

void TestTableExporter::tableAlignsCjk()
{
    const FixedModel model(
        {QStringLiteral("Country"), QStringLiteral("Budget"), QStringLiteral("Status")},
        {QStringLiteral("country"), QStringLiteral("budget"), QStringLiteral("status")},
        {{{QStringLiteral("老挝"), {}},
          {QStringLiteral("745,000美元"), {}},
          {QStringLiteral("Closed"), {}}},
         {{QStringLiteral("Cambodia, Lao PDR"), {}},
          {QStringLiteral("US$1"), {}},
          {QStringLiteral("x"), {}}},
         {{QStringLiteral("two\nlines"), {}}, {QString(), {}}, {QStringLiteral("已结束"), {}}}});
    const QString table = TableExporter::write(model, TableExporter::Format::Table);
    const QStringList lines = table.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(),
             6); // header, rule, three rows, and the empty text after the last newline
    QVERIFY(table.endsWith(QLatin1Char('\n')));
    QCOMPARE(lines.last(), QString());

    // The widest cell of a column sets its width; two spaces between columns.
    const int budgetColumn = TableExporter::displayWidth(QStringLiteral("Cambodia, Lao PDR")) + 2;
    const int statusColumn =
        budgetColumn + TableExporter::displayWidth(QStringLiteral("745,000美元")) + 2;
    QCOMPARE(columnOf(lines.at(0), QStringLiteral("Budget")), budgetColumn);
    QCOMPARE(columnOf(lines.at(2), QStringLiteral("745,000美元")), budgetColumn);
    QCOMPARE(columnOf(lines.at(3), QStringLiteral("US$1")), budgetColumn);
    QCOMPARE(columnOf(lines.at(0), QStringLiteral("Status")), statusColumn);
    QCOMPARE(columnOf(lines.at(2), QStringLiteral("Closed")), statusColumn);
    QCOMPARE(columnOf(lines.at(3), QStringLiteral("x")), statusColumn);
    QCOMPARE(columnOf(lines.at(4), QStringLiteral("已结束")), statusColumn);
    // The rule spans the table.
    QCOMPARE(lines.at(1),
             QString(statusColumn + TableExporter::displayWidth(QStringLiteral("Status")),
                     QLatin1Char('-')));
    // A cell stays on its line; lines end without padding.
    QVERIFY(lines.at(4).startsWith(QStringLiteral("two lines ")));
    for (const QString &line : lines)
        QVERIFY2(!line.endsWith(QLatin1Char(' ')), qPrintable(line));
}

void TestTableExporter::tableKeepsEmptyFirstColumn()
{
    // The sample projects have no code: the first column is empty in every row, and the titles
    // must still line up under their header.
    const FixedModel model({QStringLiteral("Code"), QStringLiteral("Title")},
                           {QStringLiteral("code"), QStringLiteral("title")},
                           {{{QString(), {}}, {QStringLiteral("Employment services"), {}}},
                            {{QStringLiteral("AB"), {}}, {QStringLiteral("老挝"), {}}},
                            {{QString(), {}}, {QStringLiteral("Skills"), {}}}});
    const QStringList lines =
        TableExporter::write(model, TableExporter::Format::Table).split(QLatin1Char('\n'));
    const int titleColumn = TableExporter::displayWidth(QStringLiteral("Code")) + 2;
    QCOMPARE(columnOf(lines.at(0), QStringLiteral("Title")), titleColumn);
    QCOMPARE(columnOf(lines.at(2), QStringLiteral("Employment services")), titleColumn);
    QCOMPARE(columnOf(lines.at(3), QStringLiteral("老挝")), titleColumn);
    QCOMPARE(columnOf(lines.at(4), QStringLiteral("Skills")), titleColumn);
}

void TestTableExporter::tableOfEmptyModel()
{
    const FixedModel model({QStringLiteral("Code"), QStringLiteral("Title")},
                           {QStringLiteral("code"), QStringLiteral("title")}, {});
    QCOMPARE(TableExporter::write(model, TableExporter::Format::Table),
             QStringLiteral("Code  Title\n-----------\n"));
    QCOMPARE(TableExporter::write(model, TableExporter::Format::Csv),
             QStringLiteral("Code,Title\r\n"));
}

void TestTableExporter::sampleProjects()
{
    auto store = PortfolioOpener::open(m_folders.filePath(QStringLiteral("sample.sstc")),
                                       PortfolioOpener::NewFileContent::Sample);
    ProjectTableModel model;
    model.setStore(store.get());

    const QStringList csv = TableExporter::write(model, TableExporter::Format::Csv)
                                .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(csv.size(), 9);
    QCOMPARE(csv.first(), QStringLiteral("Code,Title,Countries,Start,End,Budget,Status"));
    QVERIFY(csv.contains(QStringLiteral(
        ",Achieving SDGs and Ending Poverty through Universal Social Protection,KH;PK,2018,2020,"
        "745000 USD,closed")));
    QVERIFY(csv.contains(QStringLiteral(
        ",\"Strengthening Skills Development in Cambodia, Lao PDR and Myanmar\",KH;LA;MM,2018,"
        "2020,1000000 USD,closed")));

    const QJsonArray json =
        QJsonDocument::fromJson(TableExporter::write(model, TableExporter::Format::Json).toUtf8())
            .array();
    QCOMPARE(json.size(), 8);
    for (const QJsonValue &value : json) {
        const QJsonObject object = value.toObject();
        for (const char *key :
             {"id", "code", "title", "countries", "start", "end", "budget", "status"})
            QVERIFY2(object.contains(QLatin1String(key)), key);
        QVERIFY(object.value(QLatin1String("countries")).isArray());
        QVERIFY(object.value(QLatin1String("budget")).isArray());
    }

    model.setLanguage(Language::Chinese);
    const QString table = TableExporter::write(model, TableExporter::Format::Table);
    QVERIFY(table.contains(QStringLiteral("柬埔寨、巴基斯坦")));
    QVERIFY(table.contains(QStringLiteral("745,000美元")));
    const QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 10);
    // Every Start cell begins in the same terminal column.
    const int start = columnOf(lines.at(0), QStringLiteral("Start"));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString date = model.index(row, ProjectTableModel::Start).data().toString();
        if (date.isEmpty())
            continue;
        const QString title = model.index(row, ProjectTableModel::Title).data().toString();
        const QString line = lines.at(row + 2);
        const int at = int(line.indexOf(date, line.indexOf(title) + title.size()));
        QCOMPARE(TableExporter::displayWidth(line.left(at)), start);
    }
}

namespace {
// Text a spreadsheet would run, with what every CSV the program writes makes of it.
const QList<std::pair<QString, QString>> formulas = {
    {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("'=cmd|' /C calc'!A0")},
    {QStringLiteral("+1+2"), QStringLiteral("'+1+2")},
    {QStringLiteral("@SUM(A1)"), QStringLiteral("'@SUM(A1)")},
    {QStringLiteral("-2+3"), QStringLiteral("'-2+3")},
    {QStringLiteral("\tTab start"), QStringLiteral("'\tTab start")},
    {QStringLiteral("\rCR start"), QStringLiteral("\"'\rCR start\"")},
    {QStringLiteral("=HYPERLINK(\"x\",\"y\")"),
     QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")},
    {QStringLiteral("plain - text"), QStringLiteral("plain - text")},
};

QString withControls()
{
    return QStringLiteral("\x1b]0;owned\x07Title\x1b[2J\x1b[31mred\u009b1m\x7f\x08"
                          "end");
}

// Control characters other than the line feed that a terminal would act on.
QString controlsIn(const QString &text)
{
    QString found;
    for (QChar c : text) {
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n')) ||
            (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
            found += QStringLiteral("U+%1 ").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return found;
}
} // namespace

void TestTableExporter::csvNeutralisesFormulas()
{
    QList<QList<FixedModel::Cell>> rows;
    for (const auto &[text, written] : formulas)
        rows << QList<FixedModel::Cell>{{text, text}, {QStringLiteral("-5"), -5}};
    const FixedModel model({QStringLiteral("=Title"), QStringLiteral("Balance")},
                           {QStringLiteral("title"), QStringLiteral("balance")}, rows);
    // The command line's CSV (raw values) and the window's (displayed texts): one rule.
    const QStringList raw =
        TableExporter::write(model, TableExporter::Format::Csv).split(QStringLiteral("\r\n"));
    const QStringList shown = QString::fromUtf8(TableExporter::spreadsheetCsv(model, {0, 1}).mid(3))
                                  .split(QStringLiteral("\r\n"));
    QCOMPARE(raw.at(0), QStringLiteral("'=Title,Balance"));
    QCOMPARE(shown.at(0), raw.at(0));
    for (int i = 0; i < formulas.size(); ++i) {
        // A number stays a number: -5 is not neutralised.
        QCOMPARE(raw.at(i + 1), formulas.at(i).second + QStringLiteral(",-5"));
        QCOMPARE(shown.at(i + 1), raw.at(i + 1));
        QCOMPARE(TableExporter::csvCell(formulas.at(i).first), formulas.at(i).second);
    }
    // The clipboard goes into a spreadsheet too: the same rule, in tab-separated cells (where
    // tabs and line breaks become spaces).
    const QStringList copiedCells = {QStringLiteral("'=cmd|' /C calc'!A0"),
                                     QStringLiteral("'+1+2"),
                                     QStringLiteral("'@SUM(A1)"),
                                     QStringLiteral("'-2+3"),
                                     QStringLiteral("' Tab start"),
                                     QStringLiteral("' CR start"),
                                     QStringLiteral("'=HYPERLINK(\"x\",\"y\")"),
                                     QStringLiteral("plain - text")};
    QCOMPARE(copiedCells.size(), formulas.size());
    QList<int> allRows;
    for (int i = 0; i < formulas.size(); ++i)
        allRows << i;
    const QStringList copied =
        TableExporter::tabSeparated(model, allRows, {0, 1}).split(QLatin1Char('\n'));
    QCOMPARE(copied.at(0), QStringLiteral("'=Title\tBalance"));
    for (int i = 0; i < formulas.size(); ++i)
        QCOMPARE(copied.at(i + 1), copiedCells.at(i) + QStringLiteral("\t-5"));
    // Text "-5" in a text column is text, and neutralised like any other.
    QCOMPARE(TableExporter::csvCell(QStringLiteral("-5")), QStringLiteral("'-5"));
    QCOMPARE(TableExporter::csvCell(QVariant(-5.5)), QStringLiteral("-5.5"));
    // A number is written with all its digits, never with an exponent a reader must undo.
    QCOMPARE(TableExporter::csvCell(QVariant(2000000.0)), QStringLiteral("2000000"));
    QCOMPARE(TableExporter::csvCell(QVariant(714285.71)), QStringLiteral("714285.71"));
    QCOMPARE(TableExporter::csvCell(QVariant(qint64(12345678901))), QStringLiteral("12345678901"));
}

void TestTableExporter::tableShowsNoControlCharacters()
{
    const FixedModel model({QStringLiteral("Title\x1b[1m"), QStringLiteral("Code")},
                           {QStringLiteral("title"), QStringLiteral("code")},
                           {{{withControls(), withControls()}, {QStringLiteral("X1"), {}}}});
    const QString table = TableExporter::write(model, TableExporter::Format::Table);
    QCOMPARE(controlsIn(table), QString());
    // Shown, not run: the reader sees where something was.
    QVERIFY2(table.contains(QStringLiteral("\uFFFD]0;owned\uFFFDTitle\uFFFD[2J\uFFFD[31mred"
                                           "\uFFFD1m\uFFFD\uFFFDend")),
             qPrintable(table));
    // Each placeholder takes one column: the next column still lines up.
    const QStringList lines = table.split(QLatin1Char('\n'));
    QCOMPARE(columnOf(lines.at(0), QStringLiteral("Code")),
             columnOf(lines.at(2), QStringLiteral("X1")));
}

void TestTableExporter::jsonEscapesControlCharacters()
{
    const FixedModel model({QStringLiteral("Title")}, {QStringLiteral("title")},
                           {{{QString(), withControls()}}});
    const QString json = TableExporter::write(model, TableExporter::Format::Json);
    QCOMPARE(controlsIn(json), QString());
    QVERIFY2(json.contains(QStringLiteral("\\u001b]0;owned\\u0007Title")), qPrintable(json));
    QVERIFY2(json.contains(QStringLiteral("\\u009b1m\\u007f")), qPrintable(json));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.array().at(0).toObject().value(QLatin1String("title")).toString(),
             withControls());
}

QTEST_GUILESS_MAIN(TestTableExporter)
#include "tst_tableexporter.moc"
